package org.xinye.ledger.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.xinye.ledger.io.imports.Field;

/** One column of the file and the field it feeds, editable. */
public final class ColumnChoice {
    private final int index;
    private final String header;
    private final String sample;
    private final ObjectProperty<Field> field = new SimpleObjectProperty<>(this, "field");

    ColumnChoice(int index, String header, String sample, Field field) {
        this.index = index;
        this.header = header;
        this.sample = sample;
        this.field.set(field);
    }

    public int index() {
        return index;
    }

    public String header() {
        return header;
    }

    public String sample() {
        return sample;
    }

    public ObjectProperty<Field> fieldProperty() {
        return field;
    }
}
