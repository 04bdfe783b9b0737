package org.xinye.ledger.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages part by part, so tests control exactly what a sender's file holds:
 * shared strings with phonetic runs, inline strings, cached formula values, date styles,
 * merged areas, hidden sheets, the 1904 date system, namespace prefixes.
 */
public final class XlsxBuilder {
    /** Style index 1 shows a date (built-in format 14); 0 is General. */
    public static final int DATE_STYLE = 1;

    private record Sheet(String name, String state, String xml) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private String sharedStrings;
    private boolean date1904;

    public XlsxBuilder sheet(String name, boolean hidden, String sheetData, String merges) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + sheetData + "</sheetData>"
                + (merges == null || merges.isEmpty() ? "" : merges) + "</worksheet>";
        sheets.add(new Sheet(name, hidden ? "hidden" : null, xml));
        return this;
    }

    /** A sheet whose XML is given whole (for namespace prefixes and other shapes). */
    public XlsxBuilder rawSheet(String name, String xml) {
        sheets.add(new Sheet(name, null, xml));
        return this;
    }

    public XlsxBuilder sharedStrings(String... items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + items.length + "\">");
        for (String s : items) {
            b.append("<si>").append(s).append("</si>");
        }
        sharedStrings = b.append("</sst>").toString();
        return this;
    }

    public XlsxBuilder date1904() {
        date1904 = true;
        return this;
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String col(int c) {
        StringBuilder b = new StringBuilder();
        int n = c + 1;
        while (n > 0) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
            n = (n - 1) / 26;
        }
        return b.toString();
    }

    /**
     * A row: a String is an inline string, a Number a number, {@code null} nothing, and a
     * {@link Raw} is written as given (for shared strings, formulas, dates).
     */
    public static String row(int r, Object... cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            String ref = col(c) + r;
            if (v == null) {
                continue;
            }
            if (v instanceof Raw raw) {
                b.append(raw.xml().replace("@", ref));
            } else if (v instanceof Number n) {
                b.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
            } else {
                b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(esc(v.toString())).append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    /** A cell written as given; {@code @} is replaced by its reference. */
    public record Raw(String xml) {
    }

    public static Raw shared(int index) {
        return new Raw("<c r=\"@\" t=\"s\"><v>" + index + "</v></c>");
    }

    public static Raw date(double serial) {
        return new Raw("<c r=\"@\" s=\"" + DATE_STYLE + "\"><v>" + serial + "</v></c>");
    }

    public static Raw formulaString(String formula, String cached) {
        return new Raw("<c r=\"@\" t=\"str\"><f>" + esc(formula) + "</f><v>" + esc(cached) + "</v></c>");
    }

    public static Raw formulaNumber(String formula, double cached) {
        return new Raw("<c r=\"@\"><f>" + esc(formula) + "</f><v>" + cached + "</v></c>");
    }

    public static Raw formulaWithoutValue(String formula) {
        return new Raw("<c r=\"@\"><f>" + esc(formula) + "</f></c>");
    }

    public static String merges(String... refs) {
        StringBuilder b = new StringBuilder("<mergeCells count=\"" + refs.length + "\">");
        for (String r : refs) {
            b.append("<mergeCell ref=\"").append(r).append("\"/>");
        }
        return b.append("</mergeCells>").toString();
    }

    public void write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
            for (int i = 0; i < sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1).append(".xml\" ContentType="
                        + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"xl/workbook.xml\"/></Relationships>");
            StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 0; i < sheets.size(); i++) {
                Sheet s = sheets.get(i);
                wb.append("<sheet name=\"").append(esc(s.name())).append("\" sheetId=\"").append(i + 1).append('"')
                        .append(s.state() == null ? "" : " state=\"" + s.state() + "\"").append(" r:id=\"rId")
                        .append(i + 1).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i + 1)
                        .append(".xml\"/>");
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", s.xml());
            }
            rels.append("<Relationship Id=\"rId100\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/styles\" Target=\"styles.xml\"/>");
            if (sharedStrings != null) {
                rels.append("<Relationship Id=\"rId101\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellStyleXfs count=\"1\">"
                    + "<xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\""
                    + " applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
