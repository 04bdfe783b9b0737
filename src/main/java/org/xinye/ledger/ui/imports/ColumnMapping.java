package org.xinye.ledger.ui.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.Column;
import org.xinye.ledger.io.imports.Field;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.io.imports.Issue;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.io.sheet.SheetInfo;

/** The wizard's second step: the file's sheets, where its table was found, and the field each column feeds. */
public final class ColumnMapping {
    private final ObservableList<SheetInfo> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<SheetInfo> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final StringProperty layoutNote = new SimpleStringProperty(this, "layoutNote", "");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private Runnable onChange = () -> { };

    /** Told whenever a column's field is changed. */
    void onChange(Runnable r) {
        this.onChange = r;
    }

    /** Shows what inspecting the file found; samples are masked like every personal number on screen. */
    void show(Importer.Inspection in) {
        sheets.setAll(in.sheets());
        sheet.set(in.sheet());
        layoutNote.set(Messages.get("import.ui.layout", in.format(), in.layout().headerRow(),
                in.layout().preamble().isEmpty() ? "—" : String.join(" / ", in.layout().preamble())));
        List<ColumnChoice> cols = new ArrayList<>();
        for (Column c : in.layout().columns()) {
            if (c.sequence() && c.field() == null && c.header().isEmpty()) {
                continue;
            }
            String sample = in.sample().isEmpty() ? "" : in.sample().get(0).text(c.index());
            ColumnChoice choice = new ColumnChoice(c.index(), c.header(), Issue.mask(c.field(), sample), c.field());
            choice.fieldProperty().addListener((o, a, b) -> onChange.run());
            cols.add(choice);
        }
        columns.setAll(cols);
    }

    void clear() {
        columns.clear();
    }

    /** The user's choice per column index (null: not imported). */
    Map<Integer, Field> fields() {
        Map<Integer, Field> m = new HashMap<>();
        for (ColumnChoice c : columns) {
            m.put(c.index(), c.fieldProperty().get());
        }
        return m;
    }

    /** The text of a row's cell as shown: ID numbers and phones masked. */
    public static String shown(ParsedRow r, ColumnChoice c) {
        return Issue.mask(c.fieldProperty().get(), r.raw().text(c.index()));
    }

    public ObservableList<SheetInfo> sheets() {
        return sheets;
    }

    public ObjectProperty<SheetInfo> sheetProperty() {
        return sheet;
    }

    public StringProperty layoutNoteProperty() {
        return layoutNote;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }
}
