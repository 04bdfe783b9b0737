package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An opened spreadsheet file: its sheets, each readable as a stream of rows. */
public interface Workbook extends AutoCloseable {
    Path file();

    /** What kind of file it turned out to be (by content, not by name): xlsx, xls or csv. */
    String format();

    List<SheetInfo> sheets();

    /**
     * The text encoding the file was read in when nothing in it said which (a CSV with no
     * byte-order mark that is not valid UTF-8); null when the encoding is known.
     */
    default String guessedEncoding() {
        return null;
    }

    /** Opens a sheet; every call starts again from its first row. */
    RowCursor rows(SheetInfo sheet) throws IOException;

    @Override
    void close();

    /** The first visible sheet, else the first. */
    default SheetInfo defaultSheet() {
        return sheets().stream().filter(s -> !s.hidden()).findFirst().orElse(sheets().get(0));
    }
}
