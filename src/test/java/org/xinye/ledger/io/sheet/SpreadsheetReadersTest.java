package org.xinye.ledger.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinye.ledger.io.XlsxBuilder.date;
import static org.xinye.ledger.io.XlsxBuilder.formulaNumber;
import static org.xinye.ledger.io.XlsxBuilder.formulaWithoutValue;
import static org.xinye.ledger.io.XlsxBuilder.merges;
import static org.xinye.ledger.io.XlsxBuilder.row;
import static org.xinye.ledger.io.XlsxBuilder.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.XlsxBuilder;

public class SpreadsheetReadersTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    static List<Row> read(Workbook wb, SheetInfo sheet) throws IOException {
        List<Row> out = new ArrayList<>();
        try (RowCursor c = wb.rows(sheet)) {
            Row r;
            while ((r = c.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    static Path corpus(String name) {
        return Path.of("src/test/resources/org/xinye/ledger/io/corpus", name);
    }

    @Test
    void xlsxReadsSharedAndInlineStringsWithoutPhoneticRunsCachedFormulasDatesAndMerges() throws IOException {
        Path f = dir.resolve("a.xlsx");
        new XlsxBuilder()
                .sharedStrings("<t>王芳</t>", "<r><t>政治</t></r><r><rPr><b/></rPr><t>面貌</t></r><rPh sb=\"0\" eb=\"2\">"
                        + "<t>zhengzhi</t></rPh>", "<t>a_x000D_b &amp; c</t>")
                .sheet("名单", false,
                        row(1, "标题") + row(2, shared(0), shared(1), shared(2))
                                + row(3, formulaNumber("1+1", 2), formulaWithoutValue("SUM(A1:A2)"), date(44197),
                                        1.50203199001011E17, 13800000001L)
                                + row(5, "企业甲", "张三") + row(6, null, "李四") + row(7, null, "王五"),
                        merges("A1:C1", "A5:A7"))
                .sheet("隐藏", true, row(1, "秘密"), null)
                .write(f);
        try (Workbook wb = Spreadsheets.open(f)) {
            assertEquals("xlsx", wb.format());
            assertEquals(2, wb.sheets().size());
            assertTrue(wb.sheets().get(1).hidden());
            assertEquals("名单", wb.defaultSheet().name());
            List<Row> rows = read(wb, wb.defaultSheet());
            assertEquals(List.of("标题", "标题", "标题"), texts(rows.get(0)), "a merged title reads as its top-left value");
            assertEquals(List.of("王芳", "政治面貌", "a\rb & c"), texts(rows.get(1)), "phonetic run left out, _x000D_ decoded");
            Row r3 = rows.get(2);
            assertEquals(Cell.Kind.NUMBER, r3.cell(0).kind());
            assertEquals("2", r3.text(0), "the cached value of a formula");
            assertEquals(Cell.Kind.ERROR, r3.cell(1).kind(), "a formula never calculated is not a value");
            assertEquals(Cell.Kind.DATE, r3.cell(2).kind());
            assertEquals("2021-01-01", r3.text(2));
            assertEquals(1.50203199001011E17, r3.cell(3).number(), "a number stays a number, to be diagnosed");
            assertEquals("13800000001", r3.text(4), "whole numbers without exponent");
            assertEquals(5, rows.get(3).number());
            assertEquals("企业甲", rows.get(4).text(0), "a vertically merged cell fills every row of the area");
            assertEquals("企业甲", rows.get(5).text(0));
            assertEquals("王五", rows.get(5).text(1));
            assertEquals(List.of("秘密"), texts(read(wb, wb.sheets().get(1)).get(0)), "a hidden sheet reads when chosen");
        }
    }

    @Test
    void xlsxWithPrefixedNamespaceAnd1904Dates() throws IOException {
        Path f = dir.resolve("p.xlsx");
        String xml = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:sheetData><x:row r=\"1\"><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>乙</x:t></x:is></x:c>"
                + "<x:c r=\"C1\" s=\"1\"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>";
        new XlsxBuilder().rawSheet("S", xml).date1904().write(f);
        try (Workbook wb = Spreadsheets.open(f)) {
            Row r = read(wb, wb.defaultSheet()).get(0);
            assertNull(r.cell(0));
            assertEquals("乙", r.text(1));
            assertEquals("1904-01-01", r.text(2), "day 0 of the 1904 system");
        }
    }

    @Test
    void xlsReadsMergesHiddenSheetsCachedFormulasAndDates() throws IOException {
        try (Workbook wb = Spreadsheets.open(corpus("workers.xls"))) {
            assertEquals("xls", wb.format());
            assertTrue(wb.sheets().get(1).hidden());
            List<Row> rows = read(wb, wb.defaultSheet());
            assertEquals("包头市昆都仑区新就业群体从业人员花名册", rows.get(0).text(10), "merged title");
            Row zhang = rows.get(3);
            assertEquals(4, zhang.number());
            assertEquals(Cell.Kind.DATE, zhang.cell(4).kind());
            assertEquals("1990-05-12", zhang.text(4));
            Row liu = rows.get(6);
            assertEquals(Cell.Kind.NUMBER, liu.cell(2).kind());
            assertEquals("迅达快递少先路站", rows.get(5).text(6), "vertically merged employer");
            assertEquals("13800000009", rows.get(11).text(5), "cached formula result");
        }
    }

    @Test
    void csvEncodingsAndDelimitersAreFound() throws IOException {
        String text = "姓名,身份证号\n\"王,芳\",\"多\n行\"\n李四,2\n";
        String tabbed = "姓名\t身份证号\n\"王,芳\"\t\"多\n行\"\n李四\t2\n";
        record Case(String name, byte[] bytes, String charset) {
        }
        byte[] u16 = tabbed.getBytes(StandardCharsets.UTF_16LE);
        byte[] u16le = new byte[u16.length + 2];
        u16le[0] = (byte) 0xFF;
        u16le[1] = (byte) 0xFE;
        System.arraycopy(u16, 0, u16le, 2, u16.length);
        byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] u16be = new byte[be.length + 2];
        u16be[0] = (byte) 0xFE;
        u16be[1] = (byte) 0xFF;
        System.arraycopy(be, 0, u16be, 2, be.length);
        byte[] u8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] u8bom = new byte[u8.length + 3];
        u8bom[0] = (byte) 0xEF;
        u8bom[1] = (byte) 0xBB;
        u8bom[2] = (byte) 0xBF;
        System.arraycopy(u8, 0, u8bom, 3, u8.length);
        for (Case c : List.of(new Case("u8.csv", u8, "UTF-8"), new Case("bom.csv", u8bom, "UTF-8"),
                new Case("gb.csv", text.getBytes(Charset.forName("GB18030")), "GB18030"),
                new Case("u16le.txt", u16le, "UTF-16LE"), new Case("u16be.csv", u16be, "UTF-16BE"))) {
            Path f = dir.resolve(c.name());
            Files.write(f, c.bytes());
            try (Workbook wb = Spreadsheets.open(f)) {
                assertEquals(c.charset(), ((CsvWorkbook) wb).charset().name(), c.name());
                List<Row> rows = read(wb, wb.defaultSheet());
                assertEquals(List.of("姓名", "身份证号"), texts(rows.get(0)), c.name());
                assertEquals(List.of("王,芳", "多\n行"), texts(rows.get(1)), c.name());
                assertEquals(3, rows.get(2).number(), "record numbers, as a spreadsheet shows the rows");
            }
        }
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithTheirCause() throws IOException {
        assertRefused(corpus("truncated.xlsx"), FileRefusedException.Cause.TRUNCATED, "不完整");
        assertRefused(corpus("encrypted.xlsx"), FileRefusedException.Cause.ENCRYPTED, "密码");
        Path page = dir.resolve("page.xls");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>没有数据</p></body></html>");
        assertRefused(page, FileRefusedException.Cause.NOT_SPREADSHEET, "网页");
        assertRefused(corpus("notes.docx"), FileRefusedException.Cause.NOT_SPREADSHEET, "Word");
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertRefused(empty, FileRefusedException.Cause.EMPTY, "空文件");
        Path pdf = dir.resolve("scan.xlsx");
        Files.writeString(pdf, "%PDF-1.4 scanned roster");
        assertRefused(pdf, FileRefusedException.Cause.NOT_SPREADSHEET, "PDF");
        Path binary = dir.resolve("photo.xls");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        assertRefused(binary, FileRefusedException.Cause.NOT_SPREADSHEET, "不是电子表格");
    }

    @Test
    void zipBombIsRefusedFromItsDirectoryBeforeInflating() throws IOException {
        Path bomb = bomb(dir.resolve("bomb.xlsx"), 400);
        assertTrue(Files.size(bomb) < 1_000_000, "a small file");
        long start = System.nanoTime();
        assertRefused(bomb, FileRefusedException.Cause.ZIP_BOMB, "压缩炸弹");
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void zipBombThatLiesAboutItsSizesIsCutOffWhileInflating() throws IOException {
        Path bomb = bomb(dir.resolve("liar.xlsx"), 300);
        lieAboutSizes(bomb);
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> {
            try (Workbook wb = Spreadsheets.open(bomb)) {
                read(wb, wb.defaultSheet());
            }
        });
        assertEquals(FileRefusedException.Cause.ZIP_BOMB, e.refusal());
    }

    @Test
    void tooManyPartsIsRefused() throws IOException {
        Path f = dir.resolve("parts.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i <= ZipGuard.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("p" + i));
                zip.closeEntry();
            }
        }
        assertRefused(f, FileRefusedException.Cause.ZIP_BOMB, "部件");
    }

    /** A valid-looking workbook whose one sheet inflates to {@code mb} megabytes of empty rows. */
    public static Path bomb(Path file, int mb) throws IOException {
        Path ok = file.resolveSibling("seed-" + file.getFileName());
        new XlsxBuilder().sheet("S", false, row(1, "姓名", "身份证号"), null).write(ok);
        try (java.util.zip.ZipFile seed = new java.util.zip.ZipFile(ok.toFile());
             OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var e : java.util.Collections.list(seed.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData>").getBytes(StandardCharsets.UTF_8));
                    byte[] block = new byte[1 << 20];
                    java.util.Arrays.fill(block, (byte) ' ');
                    for (int i = 0; i < mb; i++) {
                        zip.write(block);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(seed.getInputStream(e).readAllBytes());
                }
                zip.closeEntry();
            }
        }
        Files.delete(ok);
        return file;
    }

    /** Rewrites every central-directory size to 1 KB, as a hostile file would. */
    static void lieAboutSizes(Path zip) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(zip.toFile(), "rw")) {
            byte[] all = new byte[(int) raf.length()];
            raf.readFully(all);
            for (int i = 0; i + 46 < all.length; i++) {
                if (all[i] == 'P' && all[i + 1] == 'K' && all[i + 2] == 1 && all[i + 3] == 2) {
                    raf.seek(i + 24);
                    raf.write(new byte[] {0, 4, 0, 0});
                }
            }
        }
    }

    private static void assertRefused(Path f, FileRefusedException.Cause cause, String phrase) {
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> Spreadsheets.open(f).close(),
                f.getFileName().toString());
        assertEquals(cause, e.refusal(), e.getLocalizedMessage());
        assertTrue(e.getLocalizedMessage().contains(phrase) && e.getLocalizedMessage().contains(f.getFileName().toString()),
                e.getLocalizedMessage());
    }

    private static List<String> texts(Row r) {
        List<String> out = new ArrayList<>();
        for (Cell c : r.cells()) {
            out.add(c == null ? null : c.text());
        }
        return out;
    }
}
