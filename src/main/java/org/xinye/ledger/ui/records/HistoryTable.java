package org.xinye.ledger.ui.records;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.support.TextCells;

/** The table of a record's history tab. */
public final class HistoryTable {
    private HistoryTable() {
    }

    public static TableView<HistoryModel.Line> create(HistoryModel model) {
        TableView<HistoryModel.Line> table = new TableView<>(model.lines());
        table.getStyleClass().addAll("history-table", "dense");
        table.setPlaceholder(new Label(Messages.get("history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Messages.get("history.col.when"), 120, HistoryModel.Line::when));
        table.getColumns().add(column(Messages.get("history.col.who"), 80, HistoryModel.Line::who));
        table.getColumns().add(column(Messages.get("history.col.action"), 110, HistoryModel.Line::action));
        TableColumn<HistoryModel.Line, String> details = column(Messages.get("history.col.details"), 320,
                HistoryModel.Line::details);
        // Long details wrap instead of hiding behind an ellipsis.
        details.setCellFactory(TextCells::wrapping);
        table.getColumns().add(details);
        table.setId("history");
        return table;
    }

    private static TableColumn<HistoryModel.Line, String> column(String title, double width,
                                                                 Function<HistoryModel.Line, String> value) {
        TableColumn<HistoryModel.Line, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
