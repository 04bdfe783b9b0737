package org.xinye.ledger.io.sheet;

import java.io.IOException;

/**
 * A sheet's rows with every failure of the reading library (a damaged or fuzzed file it trips
 * over: POI's "Did not have a ExtendedFormatRecord", a broken zip entry, a cut-off record) turned
 * into a refusal that names the file and how far it was read, in the user's language. The
 * library's own text stays in the cause, for the log. A refusal ends an import before anything
 * is written (exit code 2).
 */
public final class SafeRows {
    private SafeRows() {
    }

    /** The rows of {@code sheet} of {@code wb}, guarded. */
    public static RowCursor of(Workbook wb, SheetInfo sheet) {
        String name = wb.file().getFileName().toString();
        RowCursor rows;
        try {
            rows = wb.rows(sheet);
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw damaged(name, 0, e);
        }
        return new RowCursor() {
            private int reached;

            @Override
            public Row next() throws IOException {
                try {
                    Row r = rows.next();
                    if (r != null) {
                        reached = r.number();
                    }
                    return r;
                } catch (FileRefusedException e) {
                    throw e;
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    throw damaged(name, reached, e);
                }
            }

            @Override
            public void close() {
                try {
                    rows.close();
                } catch (RuntimeException e) {
                    // A damaged file may fail to close as well; its refusal has been said.
                }
            }
        };
    }

    static FileRefusedException damaged(String fileName, int rowsRead, Throwable cause) {
        return rowsRead == 0
                ? new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damagedFile", cause, fileName)
                : new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damagedAt", cause,
                        fileName, rowsRead);
    }
}
