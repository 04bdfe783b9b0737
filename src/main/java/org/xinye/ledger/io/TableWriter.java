package org.xinye.ledger.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.xinye.ledger.store.OutputFiles;

/**
 * Writes a table to .xlsx (fastexcel) or .csv (UTF-8 with BOM, so Excel and WPS open Chinese
 * correctly). Every exported spreadsheet in the app goes through here, so two rules hold
 * everywhere: text columns (ID numbers, codes) are typed as text so no digit is lost, and a
 * text cell that a spreadsheet would run as a formula is neutralized (OWASP CSV injection).
 * The file appears only when complete: it is written beside the target and moved into place.
 */
public final class TableWriter {
    private TableWriter() {
    }

    public enum Format {
        XLSX, CSV;

        /** From the file name's extension; null when it is neither. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") ? XLSX : name.endsWith(".csv") ? CSV : null;
        }
    }

    /** A column: its header, and whether its values are text that must stay text (IDs, codes, phones). */
    public record Column(String header, boolean text, double width) {
        public static Column text(String header, double width) {
            return new Column(header, true, width);
        }

        public static Column value(String header, double width) {
            return new Column(header, false, width);
        }
    }

    /** Prefixes an apostrophe to text a spreadsheet would treat as a formula: = + - @, tab, CR, LF. */
    public static String neutralize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + s : s;
    }

    /** One sheet of a workbook: its name, columns and rows. */
    public record Sheet(String name, List<Column> columns, Iterable<List<?>> rows) {
    }

    /**
     * Writes the rows. A cell is a String, Number, Boolean, LocalDate or null; in a text
     * column everything is written as text.
     */
    public static void write(Path file, Format format, String sheetName, List<Column> columns, Iterable<List<?>> rows)
            throws IOException {
        write(file, format, List.of(new Sheet(sheetName, columns, rows)));
    }

    /** Writes several sheets to an xlsx; a CSV holds one table, so it gets the first sheet only. */
    public static void write(Path file, Format format, List<Sheet> sheets) throws IOException {
        Path abs = OutputFiles.prepare(file);
        Path temp = abs.resolveSibling(abs.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            if (format == Format.XLSX) {
                Workbook wb = new Workbook(out, "XinyeLedger", "1.0");
                for (Sheet sh : sheets) {
                    xlsx(wb, sh.name(), sh.columns(), sh.rows());
                }
                wb.finish();
            } else {
                csv(out, sheets.get(0).columns(), sheets.get(0).rows());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void xlsx(Workbook wb, String sheetName, List<Column> columns, Iterable<List<?>> rows)
            throws IOException {
        Worksheet ws = wb.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            ws.width(c, col.width());
            ws.value(0, c, neutralize(col.header()));
            ws.style(0, c).bold().fillColor("F2F2F2").set();
            if (col.text()) {
                ws.style(c).format("@").set();
            }
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (List<?> row : rows) {
            for (int c = 0; c < row.size() && c < columns.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    continue;
                }
                if (columns.get(c).text() || v instanceof String) {
                    ws.value(r, c, neutralize(v.toString()));
                    if (columns.get(c).text()) {
                        ws.style(r, c).format("@").set();
                    }
                } else if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof Boolean b) {
                    ws.value(r, c, b);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else {
                    ws.value(r, c, neutralize(v.toString()));
                }
            }
            r++;
        }
        ws.finish();
    }

    private static void csv(OutputStream out, List<Column> columns, Iterable<List<?>> rows) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        for (int c = 0; c < columns.size(); c++) {
            w.write(c == 0 ? "" : ",");
            w.write(csvCell(neutralize(columns.get(c).header())));
        }
        w.write("\r\n");
        for (List<?> row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                w.write(c == 0 ? "" : ",");
                Object v = c < row.size() ? row.get(c) : null;
                if (v != null) {
                    String s = v instanceof Number || v instanceof Boolean || v instanceof LocalDate ? v.toString()
                            : neutralize(v.toString());
                    // No ="..." trick for digit-only IDs: that is a formula too. CSV is for other systems;
                    // people who open exports in Excel get .xlsx, where text columns stay text.
                    w.write(csvCell(s));
                }
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private static String csvCell(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
