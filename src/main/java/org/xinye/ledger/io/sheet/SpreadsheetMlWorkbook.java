package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * An Excel 2003 XML spreadsheet (SpreadsheetML), which older systems export under the name
 * ".xls". Read as a stream with the same scanner as the parts of an .xlsx ({@link XmlScanner}:
 * no DOCTYPE, so no entity expansion or external fetch, and no token beyond its limit); a file in
 * another encoding than UTF-8 is re-encoded on the way in. Cells keep their types (a number stays
 * a number, so an ID stored as one is diagnosed as in xlsx); {@code MergeAcross}/{@code MergeDown}
 * give every covered cell the value, {@code ss:Index} places cells and rows.
 */
final class SpreadsheetMlWorkbook implements Workbook {
    private static final Pattern ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-.:]+)");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private final Path file;
    private final Charset charset;
    private final List<SheetInfo> sheets;

    private SpreadsheetMlWorkbook(Path file, Charset charset, List<SheetInfo> sheets) {
        this.file = file;
        this.charset = charset;
        this.sheets = sheets;
    }

    static SpreadsheetMlWorkbook open(Path file, byte[] head, int n) {
        Charset cs = charset(head, n);
        try {
            List<SheetInfo> sheets = listSheets(file, cs);
            if (sheets.isEmpty()) {
                throw new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET,
                        "import.refused.notSpreadsheetKind", null, file.getFileName(), "XML");
            }
            return new SpreadsheetMlWorkbook(file, cs, sheets);
        } catch (IOException e) {
            throw new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", e,
                    file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    /** UTF-16 by its byte-order mark, else the XML declaration's encoding, else UTF-8 (XML's default). */
    private static Charset charset(byte[] head, int n) {
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        Matcher m = ENCODING.matcher(new String(head, 0, n, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.startsWith("gb") || name.equals("cp936")) {
                return TextEncoding.GB18030;
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The file open for scanning, in UTF-8. */
    private static final class Scan implements AutoCloseable {
        final InputStream in;
        final XmlScanner x;

        Scan(Path file, Charset cs) throws IOException {
            InputStream raw = Files.newInputStream(file);
            // The scanner reads UTF-8; the declaration still names the old encoding, which it does not look at.
            in = cs.equals(StandardCharsets.UTF_8) ? raw : ReaderInputStream.builder()
                    .setReader(new InputStreamReader(raw, cs)).setCharset(StandardCharsets.UTF_8).get();
            x = new XmlScanner(in);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Read only: nothing to lose.
            }
        }
    }

    /** The worksheets in file order; hidden ones say so in their options, after their table. */
    private static List<SheetInfo> listSheets(Path file, Charset cs) throws IOException {
        List<SheetInfo> out = new ArrayList<>();
        try (Scan scan = new Scan(file, cs)) {
            XmlScanner x = scan.x;
            String name = null;
            boolean hidden = false;
            boolean inSheet = false;
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START) {
                    if (x.is("Worksheet")) {
                        inSheet = true;
                        hidden = false;
                        name = x.attr("Name");
                    } else if (inSheet && x.is("Table")) {
                        x.skipElement();
                    } else if (inSheet && x.is("Visible")) {
                        String v = x.elementText();
                        hidden = v.trim().startsWith("Sheet") && !v.trim().equals("SheetVisible");
                    }
                } else if (t == XmlScanner.END && x.is("Worksheet")) {
                    int index = out.size();
                    out.add(new SheetInfo(index, name == null || name.isBlank() ? "Sheet" + (index + 1) : name, hidden));
                    inSheet = false;
                }
            }
        }
        return out;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "xml";
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public RowCursor rows(SheetInfo sheet) throws IOException {
        Scan scan = new Scan(file, charset);
        try {
            XmlScanner x = scan.x;
            int seen = -1;
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START && x.is("Worksheet") && ++seen == sheet.index()) {
                    return new SheetRows(scan);
                }
            }
        } catch (IOException | RuntimeException e) {
            scan.close();
            throw e;
        }
        scan.close();
        throw new IOException("worksheet " + sheet.index() + " not found");
    }

    /** The rows of one worksheet's table, read as they are asked for. */
    private static final class SheetRows implements RowCursor {
        private final Scan scan;
        private final XmlScanner x;
        private final SpanGrid grid = new SpanGrid();
        private final Deque<Row> ready = new ArrayDeque<>();
        private int number;
        private boolean done;

        SheetRows(Scan scan) {
            this.scan = scan;
            this.x = scan.x;
        }

        @Override
        public Row next() throws IOException {
            while (ready.isEmpty() && !done) {
                int t = x.next();
                if (t == XmlScanner.EOF || t == XmlScanner.END && x.is("Worksheet")) {
                    done = true;
                } else if (t == XmlScanner.START && x.is("Row")) {
                    row();
                } else if (t == XmlScanner.START && !x.is("Table")) {
                    x.skipElement();
                }
            }
            return ready.poll();
        }

        private void row() throws IOException {
            int at = index(x.attr("Index"), number + 1);
            // Rows a merge above still covers, though the file skips them, hold the merged value.
            while (number + 1 < at && grid.carrying()) {
                emit(++number, new ArrayList<>());
            }
            number = Math.max(at, number + 1);
            List<Object[]> cells = new ArrayList<>();
            int depth = 1;
            while (depth > 0) {
                int t = x.next();
                if (t == XmlScanner.EOF) {
                    throw new IOException("the file ends inside a row");
                }
                if (t == XmlScanner.END) {
                    depth--;
                } else if (t == XmlScanner.START) {
                    if (x.is("Cell")) {
                        cells.add(cell());
                    } else {
                        x.skipElement();
                    }
                }
            }
            emit(number, cells);
        }

        /** {column or -1, value, across, down} of the Cell whose START was just read; reads to its end. */
        private Object[] cell() throws IOException {
            int column = index(x.attr("Index"), 0) - 1;
            int across = index(x.attr("MergeAcross"), 0) + 1;
            int down = index(x.attr("MergeDown"), 0) + 1;
            Cell value = null;
            int depth = 1;
            while (depth > 0) {
                int t = x.next();
                if (t == XmlScanner.EOF) {
                    throw new IOException("the file ends inside a cell");
                }
                if (t == XmlScanner.END) {
                    depth--;
                } else if (t == XmlScanner.START) {
                    if (x.is("Data")) {
                        String type = x.attr("Type");
                        value = value(type, x.elementText());
                    } else {
                        x.skipElement();
                    }
                }
            }
            return new Object[] {column, value, across, down};
        }

        private void emit(int rowNumber, List<Object[]> cells) {
            grid.startRow();
            for (Object[] c : cells) {
                grid.put((Integer) c[0], (Cell) c[1], (Integer) c[2], (Integer) c[3]);
            }
            Row r = new Row(rowNumber, grid.endRow());
            if (!r.isBlank()) {
                ready.add(r);
            }
        }

        @Override
        public void close() {
            scan.close();
        }
    }

    /** A 1-based ss:Index (or a merge count); {@code absent} when missing or not a number. */
    private static int index(String v, int absent) {
        if (v == null) {
            return absent;
        }
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    /** A Data element's value by its ss:Type; a number that does not parse stays text. */
    static Cell value(String type, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String t = type == null ? "String" : type;
        switch (t) {
            case "Number" -> {
                try {
                    return Cell.number(Double.parseDouble(text.trim()));
                } catch (NumberFormatException e) {
                    return Cell.text(text);
                }
            }
            case "DateTime" -> {
                try {
                    LocalDateTime d = LocalDateTime.parse(text.trim());
                    double days = ChronoUnit.DAYS.between(EPOCH_1900, d.toLocalDate());
                    return Cell.date(days + d.toLocalTime().toSecondOfDay() / 86_400.0);
                } catch (DateTimeParseException e) {
                    return Cell.text(text);
                }
            }
            case "Boolean" -> {
                return Cell.bool(text.trim().equals("1") || text.trim().equalsIgnoreCase("true"));
            }
            case "Error" -> {
                return Cell.error(text.trim());
            }
            default -> {
                return Cell.text(text);
            }
        }
    }

    @Override
    public void close() {
        // Each read opens and closes its own stream.
    }
}
