package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An .xlsx (Office Open XML) workbook read as a stream: rows come off the inflating sheet
 * part one at a time, so a 100,000-row roster never sits in memory. Shared strings and
 * styles are loaded once; phonetic runs (the furigana/pinyin WPS and Excel may store with
 * Chinese text) are left out; a formula cell gives its cached value; merged areas give
 * every cell the top-left value.
 */
final class XlsxWorkbook implements Workbook {
    /** Columns past this are ignored: no roster is that wide, and it bounds what one row costs. */
    static final int MAX_COLUMNS = 1024;
    /** The shared-string table is held in memory; past this many characters it is refused. */
    static final long MAX_SHARED_CHARS = 48L << 20;
    private static final int MAX_MERGES = 200_000;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private final Path file;
    private final ZipGuard zip;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final List<String> sheetParts = new ArrayList<>();
    private String[] strings = new String[0];
    private boolean[] dateStyles = new boolean[0];
    private boolean date1904;

    private XlsxWorkbook(Path file, ZipGuard zip) {
        this.file = file;
        this.zip = zip;
    }

    static XlsxWorkbook open(Path file) {
        ZipGuard zip = ZipGuard.open(file);
        XlsxWorkbook wb = new XlsxWorkbook(file, zip);
        try {
            wb.load();
        } catch (IOException e) {
            zip.close();
            throw new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", e,
                    file.getFileName(), e.getMessage());
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
        return wb;
    }

    private void load() throws IOException {
        String workbookPart = officeDocument();
        if (workbookPart == null || !zip.has(workbookPart)) {
            throw notSpreadsheet();
        }
        String dir = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        String relsPart = dir + "_rels/" + workbookPart.substring(dir.length()) + ".rels";
        Map<String, String[]> rels = relationships(relsPart, dir);
        List<String[]> declared = new ArrayList<>();
        try (InputStream in = zip.open(workbookPart)) {
            XmlScanner x = new XmlScanner(in);
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t != XmlScanner.START) {
                    continue;
                }
                if (x.is("workbookPr")) {
                    String v = x.attr("date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if (x.is("sheet")) {
                    declared.add(new String[] {x.attr("name"), x.attr("state"), x.attr("id")});
                }
            }
        }
        for (String[] s : declared) {
            String[] rel = rels.get(s[2]);
            // Chart sheets and dialog sheets have no cells.
            if (rel == null || !rel[0].endsWith("/worksheet") || !zip.has(rel[1])) {
                continue;
            }
            boolean hidden = "hidden".equals(s[1]) || "veryHidden".equals(s[1]);
            sheets.add(new SheetInfo(sheets.size(), s[0] == null ? "Sheet" + (sheets.size() + 1) : s[0], hidden));
            sheetParts.add(rel[1]);
        }
        if (sheets.isEmpty()) {
            throw notSpreadsheet();
        }
        for (String[] rel : rels.values()) {
            if (rel[0].endsWith("/sharedStrings")) {
                strings = sharedStrings(rel[1]);
            } else if (rel[0].endsWith("/styles")) {
                dateStyles = styles(rel[1]);
            }
        }
    }

    private FileRefusedException notSpreadsheet() {
        String what = zip.has("word/document.xml") ? "Word" : zip.has("ppt/presentation.xml") ? "PowerPoint"
                : zip.has("mimetype") ? "OpenDocument" : "zip";
        return new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET, "import.refused.notSpreadsheetKind",
                null, file.getFileName(), what);
    }

    /** The workbook part named by the package relationships, else the usual name. */
    private String officeDocument() throws IOException {
        Map<String, String[]> rels = relationships("_rels/.rels", "");
        for (String[] r : rels.values()) {
            if (r[0].endsWith("/officeDocument")) {
                return r[1];
            }
        }
        return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
    }

    /** Relationship id → {type, resolved part name}. */
    private Map<String, String[]> relationships(String part, String baseDir) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = zip.open(part)) {
            if (in == null) {
                return out;
            }
            XmlScanner x = new XmlScanner(in);
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START && x.is("Relationship")) {
                    String target = x.attr("Target");
                    if (target == null || "External".equals(x.attr("TargetMode"))) {
                        continue;
                    }
                    out.put(x.attr("Id"), new String[] {String.valueOf(x.attr("Type")), resolve(baseDir, target)});
                }
            }
        }
        return out;
    }

    private static String resolve(String baseDir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private String[] sharedStrings(String part) throws IOException {
        List<String> out = new ArrayList<>();
        long chars = 0;
        try (InputStream in = zip.open(part)) {
            XmlScanner x = new XmlScanner(in);
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START && x.is("si")) {
                    String s = richText(x, "si");
                    chars += s.length();
                    if (chars > MAX_SHARED_CHARS) {
                        throw new FileRefusedException(FileRefusedException.Cause.TOO_LARGE, "import.refused.strings",
                                null, file.getFileName());
                    }
                    out.add(s);
                }
            }
        }
        return out.toArray(String[]::new);
    }

    /** The text of an {@code si} or {@code is} element: its {@code t} runs, without phonetic runs. */
    static String richText(XmlScanner x, String element) throws IOException {
        String only = null;
        StringBuilder b = null;
        int t;
        while ((t = x.next()) != XmlScanner.EOF) {
            if (t == XmlScanner.START) {
                if (x.is("t")) {
                    String s = x.elementText();
                    if (only == null && b == null) {
                        only = s;
                    } else {
                        if (b == null) {
                            b = new StringBuilder(only);
                        }
                        b.append(s);
                    }
                } else if (x.is("rPh") || x.is("phoneticPr") || x.is("rPr")) {
                    x.skipElement();
                }
            } else if (t == XmlScanner.END && x.is(element)) {
                break;
            }
        }
        String s = b != null ? b.toString() : only == null ? "" : only;
        return s.indexOf("_x") >= 0 ? unescapeOoxml(s) : s;
    }

    /** OOXML writes characters XML cannot carry as {@code _xHHHH_} (and a literal "_x" as {@code _x005F_x}). */
    static String unescapeOoxml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                char c = (char) Integer.parseInt(s.substring(i + 2, i + 6), 16);
                b.append(c);
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Which cell style indexes show a date, from the number formats of {@code cellXfs}. */
    private boolean[] styles(String part) throws IOException {
        Map<Integer, String> custom = new HashMap<>();
        List<Boolean> xfs = new ArrayList<>();
        try (InputStream in = zip.open(part)) {
            XmlScanner x = new XmlScanner(in);
            boolean inCellXfs = false;
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START) {
                    if (x.is("numFmt")) {
                        Integer id = intOrNull(x.attr("numFmtId"));
                        if (id != null) {
                            custom.put(id, String.valueOf(x.attr("formatCode")));
                        }
                    } else if (x.is("cellXfs")) {
                        inCellXfs = true;
                    } else if (inCellXfs && x.is("xf")) {
                        Integer id = intOrNull(x.attr("numFmtId"));
                        xfs.add(id != null && DateFormats.isDate(id, custom.get(id)));
                    }
                } else if (t == XmlScanner.END && x.is("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        boolean[] out = new boolean[xfs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xfs.get(i);
        }
        return out;
    }

    private static Integer intOrNull(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public RowCursor rows(SheetInfo sheet) throws IOException {
        String part = sheetParts.get(sheet.index());
        Merges merges = new Merges(scanMerges(part));
        InputStream in = zip.open(part);
        return new Cursor(new XmlScanner(in), in, merges);
    }

    /**
     * The merged areas of a sheet. They are listed after the cells, so they are found first
     * by a plain byte search over the inflated part, which costs a fraction of parsing it.
     */
    private List<int[]> scanMerges(String part) throws IOException {
        List<int[]> out = new ArrayList<>();
        byte[] pattern = "mergeCell ".getBytes(StandardCharsets.US_ASCII);
        int[] skip = skipTable(pattern);
        try (InputStream in = zip.open(part)) {
            byte[] buf = new byte[1 << 16];
            int len = 0;
            while (true) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                len += n;
                int keepFrom = Math.max(0, len - 256);
                int i = 0;
                while ((i = indexOf(buf, len, pattern, skip, i)) >= 0) {
                    int close = indexOf(buf, len, (byte) '>', i);
                    if (close < 0) {
                        keepFrom = Math.min(keepFrom, i);
                        break;
                    }
                    int[] range = ref(new String(buf, i, close - i, StandardCharsets.US_ASCII));
                    if (range != null && out.size() < MAX_MERGES) {
                        out.add(range);
                    }
                    i = close;
                    keepFrom = Math.max(keepFrom, close);
                }
                if (len - keepFrom > buf.length / 2) {
                    // A "mergeCell" with no end in sight is not a merge: move on rather than stall.
                    keepFrom = len - 256;
                }
                System.arraycopy(buf, keepFrom, buf, 0, len - keepFrom);
                len -= keepFrom;
            }
        }
        return out;
    }

    /**
     * Where {@code p} first occurs in {@code buf[from, len)}, by Boyer-Moore-Horspool with
     * {@code skip} from {@link #skipTable}: a sheet of 100,000 rows is some 30 MB of XML
     * searched before its first row is read, and most of its bytes let the search skip the
     * pattern's whole length.
     */
    private static int indexOf(byte[] buf, int len, byte[] p, int[] skip, int from) {
        int m = p.length;
        int i = from;
        while (i + m <= len) {
            int k = m - 1;
            while (buf[i + k] == p[k]) {
                if (k == 0) {
                    return i;
                }
                k--;
            }
            i += skip[buf[i + m - 1] & 0xff];
        }
        return -1;
    }

    private static int[] skipTable(byte[] p) {
        int[] skip = new int[256];
        Arrays.fill(skip, p.length);
        for (int k = 0; k < p.length - 1; k++) {
            skip[p[k] & 0xff] = p.length - 1 - k;
        }
        return skip;
    }

    private static int indexOf(byte[] buf, int len, byte b, int from) {
        for (int i = from; i < len; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** {r1, c1, r2, c2} (rows 1-based, columns 0-based) from a {@code mergeCell ref="A1:C2"} tag. */
    private static int[] ref(String tag) {
        int at = tag.indexOf("ref=");
        if (at < 0) {
            return null;
        }
        char q = tag.charAt(at + 4);
        int end = tag.indexOf(q, at + 5);
        if (end < 0) {
            return null;
        }
        String[] ends = tag.substring(at + 5, end).split(":");
        if (ends.length != 2) {
            return null;
        }
        int c1 = column(ends[0]);
        int r1 = rowOf(ends[0]);
        int c2 = column(ends[1]);
        int r2 = rowOf(ends[1]);
        return c1 < 0 || c2 < 0 || r1 <= 0 || r2 < r1 ? null : new int[] {r1, c1, r2, Math.min(c2, MAX_COLUMNS - 1)};
    }

    /** The 0-based column of a cell reference such as {@code AB12}; -1 when it has no letters. */
    static int column(String ref) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : c - 1;
    }

    private static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        zip.close();
    }

    private final class Cursor implements RowCursor {
        private final XmlScanner x;
        private final InputStream in;
        private final Merges merges;
        private int lastRow;
        private boolean done;

        Cursor(XmlScanner x, InputStream in, Merges merges) {
            this.x = x;
            this.in = in;
            this.merges = merges;
        }

        @Override
        public Row next() throws IOException {
            while (!done) {
                int t = x.next();
                if (t == XmlScanner.EOF) {
                    done = true;
                } else if (t == XmlScanner.END && x.is("sheetData")) {
                    done = true;
                } else if (t == XmlScanner.START && x.is("row")) {
                    int number = rowNumber(x.attr("r"));
                    lastRow = number;
                    Row row = merges.apply(new Row(number, readCells()));
                    if (row.cells().length > 0) {
                        return row;
                    }
                }
            }
            return null;
        }

        private int rowNumber(String r) throws IOException {
            if (r == null) {
                return lastRow + 1;
            }
            try {
                return Integer.parseInt(r.trim());
            } catch (NumberFormatException e) {
                throw new IOException("bad row number " + r);
            }
        }

        private Cell[] readCells() throws IOException {
            Cell[] cells = new Cell[16];
            int max = -1;
            int col = -1;
            int t;
            while ((t = x.next()) != XmlScanner.EOF) {
                if (t == XmlScanner.END && x.is("row")) {
                    break;
                }
                if (t != XmlScanner.START || !x.is("c")) {
                    continue;
                }
                String ref = x.attr("r");
                int c = ref == null ? col + 1 : column(ref);
                col = c;
                String type = x.attr("t");
                String style = x.attr("s");
                Cell cell = readCell(type, style);
                if (cell == null || c < 0 || c >= MAX_COLUMNS) {
                    continue;
                }
                if (c >= cells.length) {
                    cells = Arrays.copyOf(cells, Math.max(c + 1, cells.length * 2));
                }
                cells[c] = cell;
                max = Math.max(max, c);
            }
            return max < 0 ? new Cell[0] : Arrays.copyOf(cells, max + 1);
        }

        private Cell readCell(String type, String style) throws IOException {
            String value = null;
            String formula = null;
            int t;
            while ((t = x.next()) != XmlScanner.EOF) {
                if (t == XmlScanner.END && x.is("c")) {
                    break;
                }
                if (t != XmlScanner.START) {
                    continue;
                }
                if (x.is("v")) {
                    value = x.elementText();
                } else if (x.is("is")) {
                    value = richText(x, "is");
                } else if (x.is("f")) {
                    formula = x.elementText();
                } else {
                    x.skipElement();
                }
            }
            if (value == null || value.isEmpty()) {
                return formula != null && !formula.isEmpty() ? Cell.error("=" + formula) : null;
            }
            if (type == null || type.equals("n")) {
                double d;
                try {
                    d = Double.parseDouble(value.trim());
                } catch (NumberFormatException e) {
                    return Cell.text(value);
                }
                if (isDateStyle(style)) {
                    return Cell.date(date1904 ? d + 1462 : d);
                }
                return Cell.number(d);
            }
            return switch (type) {
                case "s" -> {
                    int i;
                    try {
                        i = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        throw new IOException("bad shared string index " + value);
                    }
                    if (i < 0 || i >= strings.length) {
                        throw new IOException("shared string " + i + " does not exist");
                    }
                    yield strings[i].isEmpty() ? null : Cell.text(strings[i]);
                }
                case "b" -> Cell.bool(value.trim().equals("1") || value.trim().equalsIgnoreCase("true"));
                case "e" -> Cell.error(value);
                case "d" -> isoDate(value);
                default -> Cell.text(value);
            };
        }

        private boolean isDateStyle(String style) {
            if (style == null) {
                return false;
            }
            try {
                int s = Integer.parseInt(style);
                return s >= 0 && s < dateStyles.length && dateStyles[s];
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private Cell isoDate(String value) {
            try {
                LocalDate d = LocalDate.parse(value.trim().substring(0, 10));
                return Cell.date(ChronoUnit.DAYS.between(EPOCH_1900, d));
            } catch (RuntimeException e) {
                return Cell.text(value);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // A read stream: nothing to lose.
            }
        }
    }
}
