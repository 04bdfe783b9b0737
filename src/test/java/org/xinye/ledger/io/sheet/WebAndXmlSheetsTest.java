package org.xinye.ledger.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;

/** Web pages and Excel 2003 XML named .xls, and WPS files: read by content, spans expanded, hostile ones refused. */
class WebAndXmlSheetsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private static List<List<String>> texts(Workbook wb, SheetInfo sheet) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Row r : SpreadsheetReadersTest.read(wb, sheet)) {
            List<String> cells = new ArrayList<>();
            cells.add("#" + r.number());
            for (Cell c : r.cells()) {
                cells.add(c == null ? null : c.text());
            }
            out.add(cells);
        }
        return out;
    }

    @Test
    void htmlTableSpansAreExpandedLikeMergedCellsAndTheLargestTableComesFirst() throws IOException {
        Path f = dir.resolve("export.xls");
        Files.writeString(f, """
                <html><head><meta charset="utf-8"><title>导出</title></head><body>
                <table><tr><td>首页</td><td>退出</td></tr></table>
                <table><caption>摸排表</caption>
                <tr><th rowspan="2">姓名</th><th colspan="2">党员信息</th><th rowspan="2">备注</th></tr>
                <tr><th>党组织</th><th>入党日期</th></tr>
                <tr><td>张伟</td><td rowspan="2">迅达党支部</td><td>2020-07-01</td><td>&nbsp;</td></tr>
                <tr><td>李娜</td><td>2021-07-01</td><td>新<br>入职</td></tr>
                <tr><td colspan="4">&nbsp;</td></tr>
                <tr><td>王芳</td></tr>
                </table></body></html>
                """);
        try (Workbook wb = Spreadsheets.open(f)) {
            assertEquals("html", wb.format());
            assertEquals(List.of("摸排表", "表 1"), wb.sheets().stream().map(SheetInfo::name).toList(),
                    "the roster before the navigation table");
            assertNull(wb.guessedEncoding());
            assertEquals(List.of(
                    List.of("#1", "姓名", "党员信息", "党员信息", "备注"),
                    List.of("#2", "姓名", "党组织", "入党日期", "备注"),
                    List.of("#3", "张伟", "迅达党支部", "2020-07-01"),
                    List.of("#4", "李娜", "迅达党支部", "2021-07-01", "新 入职"),
                    List.of("#6", "王芳")), texts(wb, wb.sheets().get(0)));
        }
    }

    @Test
    void htmlCharsetComesFromTheMetaTagOrIsSniffed() throws IOException {
        // 喆 and 镕 are in GBK but not in GB2312: pages that say gb2312 hold them all the same.
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><table><tr><td>姓名</td></tr><tr><td>王喆镕</td></tr></table></body></html>";
        Path declared = dir.resolve("declared.xls");
        Files.write(declared, page.getBytes(Charset.forName("GBK")));
        Path sniffed = dir.resolve("sniffed.htm");
        Files.write(sniffed, page.replace("charset=gb2312", "").getBytes(Charset.forName("GBK")));
        Path lying = dir.resolve("lying.xls");
        Files.write(lying, page.replace("gb2312", "utf-8").getBytes(Charset.forName("GBK")));
        Path utf16 = dir.resolve("utf16.xls");
        byte[] u = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[u.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(u, 0, withBom, 2, u.length);
        Files.write(utf16, withBom);
        for (Path f : List.of(declared, sniffed, lying, utf16)) {
            try (Workbook wb = Spreadsheets.open(f)) {
                assertEquals(List.of(List.of("#1", "姓名"), List.of("#2", "王喆镕")), texts(wb, wb.sheets().get(0)),
                        f.toString());
                assertEquals(f == sniffed || f == lying ? "GB18030" : null, wb.guessedEncoding(), f.toString());
            }
        }
    }

    @Test
    void hostileWebPagesAreRefusedOrBounded() throws IOException {
        Path deep = dir.resolve("deep.xls");
        try (Writer w = Files.newBufferedWriter(deep)) {
            w.write("<html><body><table><tr><td>姓名</td></tr><tr><td>张伟</td></tr></table>");
            for (int i = 0; i < 100_000; i++) {
                w.write("<div>");
            }
            w.write("x</body></html>");
        }
        try (Workbook wb = Spreadsheets.open(deep)) {
            assertEquals(2, SpreadsheetReadersTest.read(wb, wb.sheets().get(0)).size(), "100,000 nested tags cost nothing");
        }
        Path run = dir.resolve("run.xls");
        try (Writer w = Files.newBufferedWriter(run)) {
            w.write("<html><body><table><tr><td>");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'a');
            for (int i = 0; i <= HtmlWorkbook.MAX_RUN / block.length; i++) {
                w.write(block);
            }
            w.write("</td></tr></table></body></html>");
        }
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> Spreadsheets.open(run).close());
        assertTrue(e.getLocalizedMessage().contains("run.xls") && e.getLocalizedMessage().contains("标记"),
                e.getLocalizedMessage());
        Path linked = dir.resolve("linked.xls");
        Files.writeString(linked, "<html><body><img src=\"http://127.0.0.1:9/x.png\"><iframe src=\"file:///etc/passwd\">"
                + "</iframe><table><tr><td>姓名</td></tr><tr><td>&lt;script&gt;</td></tr></table></body></html>");
        try (Workbook wb = Spreadsheets.open(linked)) {
            assertEquals(List.of(List.of("#1", "姓名"), List.of("#2", "<script>")), texts(wb, wb.sheets().get(0)),
                    "nothing is fetched; markup in a cell is text");
        }
    }

    @Test
    void spreadsheetMlKeepsTypesMergesAndSkippedCells() throws IOException {
        Path f = dir.resolve("old.xls");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="名单"><Table>
                  <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题</Data></Cell></Row>
                  <Row ss:Index="3"><Cell ss:MergeDown="2"><Data ss:Type="String">迅达</Data></Cell>
                   <Cell><Data ss:Type="Number">1.50203199001011E+17</Data></Cell>
                   <Cell><Data ss:Type="DateTime">2021-07-01T00:00:00.000</Data></Cell></Row>
                  <Row><Cell ss:Index="3"><Data ss:Type="Boolean">1</Data></Cell></Row>
                  <Row ss:Index="7"><Cell ss:Index="2"><Data ss:Type="Error">#N/A</Data></Cell></Row>
                 </Table></Worksheet>
                 <Worksheet ss:Name="隐藏"><Table/><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
                  <Visible>SheetVeryHidden</Visible></WorksheetOptions></Worksheet>
                </Workbook>
                """);
        try (Workbook wb = Spreadsheets.open(f)) {
            assertEquals("xml", wb.format());
            assertEquals(List.of(new SheetInfo(0, "名单", false), new SheetInfo(1, "隐藏", true)), wb.sheets());
            List<Row> rows = SpreadsheetReadersTest.read(wb, wb.sheets().get(0));
            assertEquals(List.of(
                    List.of("#1", "标题", "标题", "标题"),
                    List.of("#3", "迅达", "150203199001011000", "2021-07-01"),
                    List.of("#4", "迅达", "", "TRUE"),
                    List.of("#5", "迅达"),
                    List.of("#7", "", "#N/A")), texts(wb, wb.sheets().get(0)).stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList());
            assertEquals(Cell.Kind.NUMBER, rows.get(1).cell(1).kind(), "an ID stored as a number stays one");
            assertEquals(Cell.Kind.DATE, rows.get(1).cell(2).kind());
        }
    }

    @Test
    void spreadsheetMlWithADoctypeOrInAnotherEncoding() throws IOException {
        Path xxe = dir.resolve("xxe.xls");
        Files.writeString(xxe, """
                <?xml version="1.0"?>
                <!DOCTYPE Workbook [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">]>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="a"><Table><Row><Cell><Data ss:Type="String">&x;&a;</Data></Cell></Row></Table>
                 </Worksheet></Workbook>
                """);
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> Spreadsheets.open(xxe).close());
        assertEquals(FileRefusedException.Cause.DAMAGED, e.refusal());
        Path gb = dir.resolve("gb.xls");
        Files.write(gb, ("<?xml version=\"1.0\" encoding=\"gb2312\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:"
                + "office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name="
                + "\"名单\"><Table><Row><Cell><Data ss:Type=\"String\">王喆</Data></Cell></Row></Table></Worksheet>"
                + "</Workbook>").getBytes(Charset.forName("GBK")));
        try (Workbook wb = Spreadsheets.open(gb)) {
            assertEquals("名单", wb.sheets().get(0).name());
            assertEquals(List.of(List.of("#1", "王喆")), texts(wb, wb.sheets().get(0)));
        }
    }

    @Test
    void wpsFilesAreReadWhenTheyHoldAWorkbookElseRefusedWithTheWayOut() throws IOException {
        Path et = dir.resolve("名单.et");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(et)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        try (Workbook wb = Spreadsheets.open(et)) {
            assertEquals("xls", wb.format());
            assertEquals("姓名", SpreadsheetReadersTest.read(wb, wb.sheets().get(0)).get(0).text(0));
        }
        Path own = dir.resolve("模板.ett");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(own)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "ETDocument");
            fs.writeFilesystem(out);
        }
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> Spreadsheets.open(own).close());
        assertTrue(e.getLocalizedMessage().contains("模板.ett") && e.getLocalizedMessage().contains("另存为")
                && e.getLocalizedMessage().contains("WPS"), e.getLocalizedMessage());
    }
}
