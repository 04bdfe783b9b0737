package org.xinye.ledger.io.imports;

/** A column of the file: its position, its header as written, and the field it feeds (null: not imported). */
public record Column(int index, String header, Field field, boolean sequence) {
    public Column withField(Field f) {
        return new Column(index, header, f, sequence);
    }
}
