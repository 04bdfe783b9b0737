package org.xinye.ledger.io;

import static org.xinye.ledger.io.XlsxBuilder.date;
import static org.xinye.ledger.io.XlsxBuilder.formulaString;
import static org.xinye.ledger.io.XlsxBuilder.merges;
import static org.xinye.ledger.io.XlsxBuilder.row;
import static org.xinye.ledger.io.XlsxBuilder.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.CreditCode;
import org.xinye.ledger.domain.IdNumber;

/**
 * The import test corpus in {@code src/test/resources/org/xinye/ledger/io/corpus}: rosters
 * as senders really make them (WPS titles, stamps, 序号, merged cells, full-width spaces,
 * numbers stored as numbers, footers, hidden sheets, GB18030 and UTF-16 text), all people
 * invented, every ID generated with a valid check digit. Regenerate with
 * {@code java -cp … org.xinye.ledger.io.CorpusFiles src/test/resources/org/xinye/ledger/io/corpus}.
 */
public final class CorpusFiles {
    /** The unit the rosters name; tests create it first. */
    public static final String UNIT = "迅达快递少先路站";
    public static final String UNIT_CODE = "91150203MA0N7QX8X" + CreditCode.checkChar("91150203MA0N7QX8X");

    public static final String ID_ZHANG = TestIds.id("150203", LocalDate.of(1990, 5, 12), 11);
    /** 李娜's legacy 15-digit number and what it upgrades to. */
    public static final String ID_LI_15 = "150203850315022";
    public static final String ID_LI = TestIds.id("150203", LocalDate.of(1985, 3, 15), 22);
    public static final String ID_WANG = endingInX();
    public static final String ID_CHEN_BAD = ID_ZHANG.substring(0, 17) + (ID_ZHANG.charAt(17) == '1' ? '2' : '1');
    public static final String ID_ZHAO = TestIds.id("150205", LocalDate.of(1995, 11, 2), 42);
    public static final String ID_HUANG = TestIds.id("152601", LocalDate.of(1988, 8, 8), 33);
    public static final String ID_NOBODY = TestIds.id("150203", LocalDate.of(1979, 1, 1), 15);
    public static final String ID_AFTER_FOOTER = TestIds.id("150203", LocalDate.of(1979, 2, 2), 17);
    public static final String ID_HIDDEN = TestIds.id("150203", LocalDate.of(1979, 3, 3), 19);

    static final List<String> HEADER = List.of("序号", "姓\u3000名", "身份证号码（18位）", "性别", "出生年月", "手机号码",
            "工作单位", "乡镇（街道）", "政治面貌", "入职日期", "备注");

    private CorpusFiles() {
    }

    private static String endingInX() {
        for (int seq = 1; ; seq += 2) {
            String id = TestIds.id("150204", LocalDate.of(1992, 7, 1), seq + 1);
            if (id.endsWith("X")) {
                return id;
            }
        }
    }

    /** The X-ending ID as a sender types it: lower-case x, full-width digits, an ideographic space. */
    static String sloppy(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            b.append(i < 6 && Character.isDigit(c) ? (char) (c - '0' + '０') : c == 'X' ? 'x' : c);
            if (i == 5) {
                b.append('\u3000');
            }
        }
        return b.toString();
    }

    static double serial(LocalDate d) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
    }

    /** The data rows of the workers corpus, as cell values (see {@link #workersXlsx}). */
    static Object[][] workerRows() {
        return new Object[][] {
                {1, "张伟", ID_ZHANG, "男", date(serial(LocalDate.of(1990, 5, 12))), "+86 138-0000-0001", UNIT,
                        "少先路街道", "中共党员", "2021/3/5", null},
                {2, "李娜", ID_LI_15, "女", "1985.03.15", "138 0000 0002", UNIT, "昆都仑区沼潭街道", "预备党员", "2021.07.01",
                        null},
                {3, "王芳", sloppy(ID_WANG), "女", "1992年7月1日", 13800000003L, null, "林荫路", "团员", "20210701", null},
                {4, "刘强", 1.50203199001011E17, "男", null, "13800000004", UNIT, "少先路街道", "群众", null, null},
                {5, "陈杰", ID_ZHANG, "男", null, "13800000005", UNIT, "少先路街道", "群众", null, null},
                {6, null, ID_NOBODY, "男", null, "13800000006", UNIT, "少先路街道", "群众", null, null},
                {7, "杨洋", ID_CHEN_BAD, "男", null, "13800000007", UNIT, "少先路街道", "群众", null, null},
                {8, "赵敏", ID_ZHAO, "男", null, "12345", "不存在的公司", "某某街道", "党外人士", null, "新入职"},
                {9, "黄磊", ID_HUANG, "男", null, formulaString("\"138000\"&\"00009\"", "13800000009"), UNIT, "少先路街道",
                        "群众", 44197, null},
        };
    }

    public static void workersXlsx(Path file) throws IOException {
        StringBuilder data = new StringBuilder();
        data.append(row(1, "包头市昆都仑区新就业群体从业人员花名册"));
        data.append(row(2, "填报单位（盖章）：" + UNIT, null, null, null, null, null, null, "填报日期：2024年6月1日"));
        Object[] header = new Object[HEADER.size()];
        for (int c = 0; c < header.length; c++) {
            // Two headers as shared strings, one of them with a phonetic run that must not leak into the text.
            header[c] = c == 1 ? shared(0) : c == 8 ? shared(1) : HEADER.get(c);
        }
        data.append(row(3, header));
        Object[][] rows = workerRows();
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i].clone();
            if (i == 2) {
                r[6] = null;
            }
            data.append(row(4 + i, r));
        }
        data.append(row(13, (Object) null));
        data.append(row(14, "合计", "9人"));
        data.append(row(15, "填表人：张三", null, null, "审核人：李四", null, "联系电话：0472-1234567"));
        data.append(row(16, 10, "不应导入", ID_AFTER_FOOTER, "男"));
        new XlsxBuilder()
                .sharedStrings("<t>姓\u3000名</t>", "<r><t>政治</t></r><r><rPr><b/></rPr><t>面貌</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>zhengzhi mianmao</t></rPh>")
                .sheet("花名册", false, data.toString(), merges("A1:K1", "G5:G6"))
                .sheet("旧名单", true, row(1, "姓名", "身份证号") + row(2, "隐藏人", ID_HIDDEN), null)
                .write(file);
    }

    public static void workersXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet sheet = wb.createSheet("花名册");
            HSSFCellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat((short) 14);
            set(sheet, 0, "包头市昆都仑区新就业群体从业人员花名册");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            set(sheet, 1, "填报单位（盖章）：" + UNIT, null, null, null, null, null, null, "填报日期：2024年6月1日");
            set(sheet, 2, HEADER.toArray());
            Object[][] rows = workerRows();
            for (int i = 0; i < rows.length; i++) {
                Object[] r = rows[i].clone();
                HSSFRow row = sheet.createRow(3 + i);
                for (int c = 0; c < r.length; c++) {
                    Object v = r[c];
                    if (v == null || (i == 2 && c == 6)) {
                        continue;
                    }
                    HSSFCell cell = row.createCell(c);
                    if (v instanceof XlsxBuilder.Raw raw) {
                        if (raw.xml().contains("<f>")) {
                            cell.setCellFormula("\"138000\"&\"00009\"");
                        } else {
                            cell.setCellValue(serial(LocalDate.of(1990, 5, 12)));
                            cell.setCellStyle(dateStyle);
                        }
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 6, 6));
            set(sheet, 13, "合计", "9人");
            set(sheet, 14, "填表人：张三", null, null, "审核人：李四");
            set(sheet, 15, 10, "不应导入", ID_AFTER_FOOTER, "男");
            HSSFSheet hidden = wb.createSheet("旧名单");
            set(hidden, 0, "姓名", "身份证号");
            set(hidden, 1, "隐藏人", ID_HIDDEN);
            wb.setSheetHidden(1, true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void set(HSSFSheet sheet, int r, Object... values) {
        HSSFRow row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    /** Text rosters: a title line, 序号, the same people (text only), a footer. */
    static String workersText(char sep) {
        StringBuilder b = new StringBuilder("昆都仑区新就业群体摸排表\n");
        b.append(String.join(String.valueOf(sep), "序号", "姓名", "公民身份号码", "联系电话", "所在企业", "所属街道", "政治面貌"))
                .append('\n');
        b.append(String.join(String.valueOf(sep), "1", "张伟", ID_ZHANG, "13800000001", UNIT, "少先路街道", "党员")).append('\n');
        b.append(String.join(String.valueOf(sep), "2", "李娜", ID_LI, "13800000002", UNIT, "沼潭街道", "中共预备党员"))
                .append('\n');
        b.append(String.join(String.valueOf(sep), "3", "刘强", "1.50203E+17", "13800000004", UNIT, "少先路街道", "群众"))
                .append('\n');
        b.append(String.join(String.valueOf(sep), "4", "王芳", ID_WANG, "13800000003", "\"迅达快递, 少先路站\"",
                "林荫路街道", "群众")).append('\n');
        b.append('\n');
        b.append("填表人：张三").append(sep).append("审核人：李四\n");
        return b.toString();
    }

    public static void enterprisesXlsx(Path file) throws IOException {
        StringBuilder d = new StringBuilder();
        d.append(row(1, "新业态企业网点及覆盖情况统计表"));
        d.append(row(2, "序号", "企业名称", "统一社会信用代码", "单位类别", "行业", "所在街道", "从业人员数", "党组织名称", "组建方式",
                "党建指导员", "驻企联络员", "工会", "共青团", "妇联"));
        d.append(row(3, 1, UNIT, UNIT_CODE, "基层网点", "快递", "少先路街道", "12人", UNIT + "党支部", "单独组建", null, null,
                "是", "否", null));
        d.append(row(4, 2, "通远速运昆区网点", null, "网点", null, "昆都仑区沼潭街道", 8, "少先路快递物流联合党支部", "联合组建",
                "王指导", null, "否", null, null));
        d.append(row(5, 3, "饱了么外卖沼潭站", null, "加盟", "外卖", "沼潭街道", 5, "少先路快递物流联合党支部", null, null,
                "李联络", null, "是", "有"));
        d.append(row(6, 4, null, null, "网点", "快递"));
        d.append(row(7, 5, "迅达快递少先路站", null, null, null, null, 20));
        d.append(row(8, "填表人：张三"));
        new XlsxBuilder().sheet("企业", false, d.toString(), merges("A1:N1")).write(file);
    }

    /** An encrypted .xlsx as Office writes it: an OLE2 container with EncryptionInfo and EncryptedPackage. */
    static void encrypted(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {4, 0, 4, 0, 0x40, 0, 0, 0}),
                    "EncryptionInfo");
            byte[] body = new byte[4096];
            Arrays.fill(body, (byte) 0x5A);
            fs.createDocument(new java.io.ByteArrayInputStream(body), "EncryptedPackage");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    static void docx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A cell of the workers corpus as a web page shows it: text, numbers as Excel's General format shows them. */
    static String shownText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof XlsxBuilder.Raw raw) {
            return raw.xml().contains("<f>") ? "13800000009" : "1990-05-12";
        }
        if (v instanceof Double d && d > 1e15) {
            return "1.50203E+17";
        }
        if (v instanceof Integer i && i == 44197) {
            return "2021-01-01";
        }
        return v.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The workers corpus as a web system's "export to Excel": an HTML page named .xls, in GBK with
     * a meta tag that says gb2312, a navigation table before the roster, the title and the
     * employer merged with colspan/rowspan, empty cells as &amp;nbsp;, and a hidden table.
     */
    public static String workersHtml() {
        StringBuilder b = new StringBuilder();
        b.append("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n")
                .append("<style>td { mso-number-format:\\@; }</style>\n</head>\n<body>\n")
                .append("<table><tr><td>首页</td><td>数据导出</td></tr></table>\n")
                .append("<table border=\"1\">\n");
        b.append("<tr><td colspan=\"11\" align=\"center\"><b>包头市昆都仑区新就业群体从业人员花名册</b></td></tr>\n");
        b.append("<tr><td colspan=\"7\">填报单位（盖章）：").append(UNIT)
                .append("</td><td colspan=\"4\">填报日期：2024年6月1日</td></tr>\n");
        b.append("<tr>");
        for (String h : HEADER) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr>\n");
        Object[][] rows = workerRows();
        for (int i = 0; i < rows.length; i++) {
            b.append("<tr>");
            for (int c = 0; c < rows[i].length; c++) {
                if (i == 2 && c == 6) {
                    continue;
                }
                String text = shownText(rows[i][c]);
                b.append(i == 1 && c == 6 ? "<td rowspan=\"2\">" : "<td>")
                        .append(text.isEmpty() ? "&nbsp;" : esc(text)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("<tr><td colspan=\"11\">&nbsp;</td></tr>\n");
        b.append("<tr><td>合计</td><td>9人</td></tr>\n");
        b.append("<tr><td colspan=\"3\">填表人：张三</td><td colspan=\"2\">审核人：李四</td>")
                .append("<td>联系电话：0472-1234567</td></tr>\n");
        b.append("<tr><td>10</td><td>不应导入</td><td>").append(ID_AFTER_FOOTER).append("</td><td>男</td></tr>\n");
        b.append("</table>\n<table style=\"display: none\"><tr><td>姓名</td><td>身份证号</td></tr>")
                .append("<tr><td>隐藏人</td><td>").append(ID_HIDDEN).append("</td></tr></table>\n</body>\n</html>\n");
        return b.toString();
    }

    /**
     * The workers corpus as Excel 2003 XML (SpreadsheetML) named .xls, as Excel writes it: typed
     * cells (the ID stored as a number, the birth date as DateTime, a formula with its result),
     * the title merged across, the employer merged down, ss:Index where cells or rows are skipped,
     * and a hidden sheet.
     */
    public static String workersXml2003() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n");
        b.append("<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"\n")
                .append(" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n")
                .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\n")
                .append(" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"\n")
                .append(" xmlns:html=\"http://www.w3.org/TR/REC-html40\">\n")
                .append(" <DocumentProperties xmlns=\"urn:schemas-microsoft-com:office:office\"><Author>系统</Author>")
                .append("</DocumentProperties>\n")
                .append(" <Styles><Style ss:ID=\"Default\" ss:Name=\"Normal\"/><Style ss:ID=\"d\"><NumberFormat ss:Format=")
                .append("\"Short Date\"/></Style></Styles>\n")
                .append(" <Worksheet ss:Name=\"花名册\">\n  <Table ss:ExpandedColumnCount=\"11\">\n");
        b.append("   <Row><Cell ss:MergeAcross=\"10\"><Data ss:Type=\"String\">包头市昆都仑区新就业群体从业人员花名册</Data></Cell></Row>\n");
        b.append("   <Row><Cell><Data ss:Type=\"String\">填报单位（盖章）：").append(UNIT).append("</Data></Cell>")
                .append("<Cell ss:Index=\"8\"><Data ss:Type=\"String\">填报日期：2024年6月1日</Data></Cell></Row>\n");
        b.append("   <Row>");
        for (int c = 0; c < HEADER.size(); c++) {
            // 政治面貌 as rich text, as Excel writes a header with part of it in bold.
            b.append(c == 8 ? "<Cell><ss:Data ss:Type=\"String\" xmlns=\"http://www.w3.org/TR/REC-html40\"><B>政治</B>面貌"
                    + "</ss:Data><Comment><ss:Data>注释</ss:Data></Comment></Cell>"
                    : "<Cell><Data ss:Type=\"String\">" + esc(HEADER.get(c)) + "</Data></Cell>");
        }
        b.append("</Row>\n");
        Object[][] rows = workerRows();
        for (int i = 0; i < rows.length; i++) {
            b.append("   <Row>");
            boolean skipped = false;
            for (int c = 0; c < rows[i].length; c++) {
                Object v = rows[i][c];
                if (v == null || (i == 2 && c == 6)) {
                    skipped = true;
                    continue;
                }
                String index = skipped ? " ss:Index=\"" + (c + 1) + "\"" : "";
                skipped = false;
                String merge = i == 1 && c == 6 ? " ss:MergeDown=\"1\"" : "";
                if (v instanceof XlsxBuilder.Raw raw) {
                    b.append(raw.xml().contains("<f>")
                            ? "<Cell" + index + " ss:Formula=\"=&quot;138000&quot;&amp;&quot;00009&quot;\"><Data ss:Type="
                                    + "\"String\">13800000009</Data></Cell>"
                            : "<Cell" + index + " ss:StyleID=\"d\"><Data ss:Type=\"DateTime\">1990-05-12T00:00:00.000</Data></Cell>");
                } else if (v instanceof Number n) {
                    String num = n instanceof Double d ? String.valueOf(d).replace("E", "E+") : n.toString();
                    b.append("<Cell").append(index).append(merge).append("><Data ss:Type=\"Number\">").append(num)
                            .append("</Data></Cell>");
                } else {
                    b.append("<Cell").append(index).append(merge).append("><Data ss:Type=\"String\">").append(esc(v.toString()))
                            .append("</Data></Cell>");
                }
            }
            b.append("</Row>\n");
        }
        b.append("   <Row ss:Index=\"14\"><Cell><Data ss:Type=\"String\">合计</Data></Cell><Cell><Data ss:Type=\"String\">9人")
                .append("</Data></Cell></Row>\n");
        b.append("   <Row><Cell><Data ss:Type=\"String\">填表人：张三</Data></Cell><Cell ss:Index=\"4\"><Data ss:Type=")
                .append("\"String\">审核人：李四</Data></Cell><Cell ss:Index=\"6\"><Data ss:Type=\"String\">联系电话：0472-1234567")
                .append("</Data></Cell></Row>\n");
        b.append("   <Row><Cell><Data ss:Type=\"Number\">10</Data></Cell><Cell><Data ss:Type=\"String\">不应导入</Data></Cell>")
                .append("<Cell><Data ss:Type=\"String\">").append(ID_AFTER_FOOTER).append("</Data></Cell></Row>\n");
        b.append("  </Table>\n  <WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\"><Selected/>")
                .append("</WorksheetOptions>\n </Worksheet>\n");
        b.append(" <Worksheet ss:Name=\"旧名单\">\n  <Table>\n   <Row><Cell><Data ss:Type=\"String\">姓名</Data></Cell>")
                .append("<Cell><Data ss:Type=\"String\">身份证号</Data></Cell></Row>\n   <Row><Cell><Data ss:Type=")
                .append("\"String\">隐藏人</Data></Cell><Cell><Data ss:Type=\"String\">").append(ID_HIDDEN)
                .append("</Data></Cell></Row>\n  </Table>\n  <WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\">")
                .append("<Visible>SheetHidden</Visible></WorksheetOptions>\n </Worksheet>\n</Workbook>\n");
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/xinye/ledger/io/corpus");
        Files.createDirectories(dir);
        workersXlsx(dir.resolve("workers_wps.xlsx"));
        workersXls(dir.resolve("workers.xls"));
        Files.write(dir.resolve("workers_gb18030.csv"), workersText(',').getBytes(Charset.forName("GB18030")));
        byte[] utf16 = workersText('\t').getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("workers_utf16.txt"), withBom);
        enterprisesXlsx(dir.resolve("enterprises.xlsx"));
        byte[] whole = Files.readAllBytes(dir.resolve("workers_wps.xlsx"));
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));
        encrypted(dir.resolve("encrypted.xlsx"));
        Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>姓名</td></tr></table></body></html>");
        Files.write(dir.resolve("workers_web.xls"), workersHtml().getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("workers_2003xml.xls"), workersXml2003());
        docx(dir.resolve("notes.docx"));
        if (!IdNumber.check(ID_LI_15).get().value().equals(ID_LI)) {
            throw new IllegalStateException("15-digit upgrade does not give " + ID_LI);
        }
    }
}
