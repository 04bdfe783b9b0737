package org.xinye.ledger.ui.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableWriter;

/**
 * A list written to a spreadsheet with the columns its page shows ({@link Column}): the same
 * headers, the same values (labels in the window's language, dates as {@code 2026-11-27}),
 * numbers as numbers and everything else as text, so no code or digit is lost.
 */
public final class ColumnSheet {
    /** Screen pixels per spreadsheet character of column width, near enough for CJK and digits. */
    private static final double PIXELS_PER_CHAR = 8;

    private ColumnSheet() {
    }

    /** Writes {@code rows} to {@code file} (xlsx or csv by its extension); answers the number of rows. */
    public static <R> int write(Path file, String title, List<Column<R>> columns, List<R> rows) throws IOException {
        List<TableWriter.Column> header = new ArrayList<>(columns.size());
        for (Column<R> c : columns) {
            double chars = Math.max(10, Math.round(c.width() / PIXELS_PER_CHAR));
            String name = Messages.get(c.header());
            header.add(c.kind() == Column.Kind.NUMBER ? TableWriter.Column.value(name, chars)
                    : TableWriter.Column.text(name, chars));
        }
        List<List<?>> lines = new ArrayList<>(rows.size());
        for (R r : rows) {
            List<Object> line = new ArrayList<>(columns.size());
            for (Column<R> c : columns) {
                Object v = c.valueOf(r);
                line.add(c.kind() == Column.Kind.NUMBER ? v : c.shown(v));
            }
            lines.add(line);
        }
        TableWriter.write(file, TableWriter.Format.of(file), title, header, lines);
        return lines.size();
    }
}
