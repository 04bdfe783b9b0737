package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
        XlsxPackage pkg = new XlsxPackage(zip);
        String workbookPart = pkg.officeDocument();
        if (workbookPart == null || !zip.has(workbookPart)) {
            throw notSpreadsheet();
        }
        String dir = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        String relsPart = dir + "_rels/" + workbookPart.substring(dir.length()) + ".rels";
        Map<String, String[]> rels = pkg.relationships(relsPart, dir);
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
                strings = XlsxStrings.sharedStrings(zip, rel[1], file);
            } else if (rel[0].endsWith("/styles")) {
                dateStyles = XlsxStyles.dateStyles(zip, rel[1]);
            }
        }
    }

    private FileRefusedException notSpreadsheet() {
        String what = zip.has("word/document.xml") ? "Word" : zip.has("ppt/presentation.xml") ? "PowerPoint"
                : zip.has("mimetype") ? "OpenDocument" : "zip";
        return new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET, "import.refused.notSpreadsheetKind",
                null, file.getFileName(), what);
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
        Merges merges = new Merges(XlsxMerges.scan(zip, part));
        InputStream in = zip.open(part);
        return new XlsxRows(new XmlScanner(in), in, merges, strings, dateStyles, date1904);
    }

    @Override
    public void close() {
        zip.close();
    }
}
