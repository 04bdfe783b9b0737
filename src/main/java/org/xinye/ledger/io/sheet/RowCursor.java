package org.xinye.ledger.io.sheet;

import java.io.IOException;

/** Rows of one sheet in file order, read as they are needed. */
public interface RowCursor extends AutoCloseable {
    /** The next row that has at least one cell, or null at the end. */
    Row next() throws IOException;

    @Override
    void close();
}
