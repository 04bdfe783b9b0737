package org.xinye.ledger.ui.imports;

import static org.xinye.ledger.ui.imports.ImportListTables.col;
import static org.xinye.ledger.ui.imports.ImportCells.wrapping;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.Field;
import org.xinye.ledger.io.imports.Issue;
import org.xinye.ledger.io.imports.ParsedRow;

/** The preview table's columns, for the mapping the user chose. */
final class PreviewColumns {
    private PreviewColumns() {
    }

    /**
     * Row, outcome and the row's problems first (a wide roster would push them out of sight), then
     * each imported column; a cell shows its whole value on hover, and a cell with a problem is coloured
     * and says why below it.
     */
    static List<TableColumn<ParsedRow, ?>> build(ImportViewModel vm) {
        List<TableColumn<ParsedRow, ?>> cols = new ArrayList<>();
        TableColumn<ParsedRow, String> number = col(Messages.get("import.report.row"), r -> String.valueOf(r.number()),
                60);
        number.getStyleClass().add("number");
        cols.add(number);
        cols.add(col(Messages.get("import.ui.col.outcome"), r -> Messages.get("import.ui.outcome." + r.outcome().name())
                + (r.movedFrom() != null ? Messages.get("import.ui.movedFrom", r.movedFrom()) : ""), 130));
        // Each problem whole, one to a line: the row grows to hold them.
        cols.add(wrapping(Messages.get("import.ui.col.issues"), r -> String.join("\n",
                r.issues().stream().map(Issue::message).toList()), 360));
        for (ColumnChoice c : vm.mapping().columns()) {
            Field f = c.fieldProperty().get();
            if (f == null) {
                continue;
            }
            TableColumn<ParsedRow, String> column = new TableColumn<>(c.header().isEmpty() ? f.label() : c.header());
            column.setPrefWidth(f == Field.ID_NUMBER ? 170 : 110);
            column.setCellValueFactory(d -> new SimpleStringProperty(ColumnMapping.shown(d.getValue(), c)));
            column.setCellFactory(t -> new TableCell<>() {
                private final Tooltip tip = new Tooltip();

                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    getStyleClass().removeAll("cell-error", "cell-warning");
                    setTooltip(null);
                    setText(empty ? null : text);
                    ParsedRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (r == null) {
                        return;
                    }
                    List<String> why = new ArrayList<>();
                    boolean error = false;
                    for (Issue i : r.issues()) {
                        if (i.field() == f || (i.field() == Field.EMPLOYER && f == Field.EMPLOYER_CODE
                                && i.column().equals(c.header()))) {
                            why.add(i.message());
                            error |= i.isError();
                        }
                    }
                    if (!why.isEmpty()) {
                        getStyleClass().add(error ? "cell-error" : "cell-warning");
                    }
                    // The whole value first (a long unit name is cut in its column), then what is wrong with it.
                    if (text != null && !text.isEmpty() || !why.isEmpty()) {
                        why.add(0, text == null ? "" : text);
                        tip.setText(String.join("\n", why).strip());
                        setTooltip(tip);
                    }
                }
            });
            cols.add(column);
        }
        return cols;
    }

}
