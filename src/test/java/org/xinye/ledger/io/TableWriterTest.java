package org.xinye.ledger.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriterTest {
    @TempDir
    Path dir;

    private static final List<TableWriter.Column> COLUMNS = List.of(TableWriter.Column.text("身份证号", 22),
            TableWriter.Column.value("姓名", 10), TableWriter.Column.value("人数", 8), TableWriter.Column.value("日期", 12));
    private static final List<List<?>> ROWS = List.of(
            List.of("11010519491231002X", "=HYPERLINK(\"http://x\",\"点我\")", 3, LocalDate.of(2026, 11, 27)),
            List.of("150203198001011234", "+1", -2, LocalDate.of(2026, 1, 2)),
            java.util.Arrays.asList("150203198001011234", "@x", null, null));

    @Test
    void neutralizesEveryFormulaTrigger() {
        for (String s : List.of("=1+1", "+1", "-2", "@x", "\tx", "\rx", "\nx")) {
            assertEquals("'" + s, TableWriter.neutralize(s));
        }
        assertEquals("王五", TableWriter.neutralize("王五"));
        assertEquals("", TableWriter.neutralize(""));
    }

    @Test
    void csvHasBomQuotingAndNoLiveFormula() throws IOException {
        Path f = dir.resolve("t.csv");
        TableWriter.write(f, TableWriter.Format.CSV, "表", COLUMNS, ROWS);
        byte[] bytes = Files.readAllBytes(f);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals("身份证号,姓名,人数,日期", lines[0]);
        assertEquals("11010519491231002X,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",3,2026-11-27", lines[1]);
        assertEquals("150203198001011234,'+1,-2,2026-01-02", lines[2], "numbers stay numbers; text is neutralized");
        assertEquals("150203198001011234,'@x,,", lines[3]);
        assertFalse(Files.exists(dir.resolve("t.csv.part")));
    }

    @Test
    void xlsxKeepsIdsAsTextAndFormulaLikeTextAsText() throws IOException {
        Path f = dir.resolve("t.xlsx");
        TableWriter.write(f, TableWriter.Format.XLSX, "表", COLUMNS, ROWS);
        try (ZipFile zip = new ZipFile(f.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(sheet.contains("<f>"), "no formula cells");
            assertTrue(strings.contains("11010519491231002X") && strings.contains("150203198001011234"));
            assertTrue(strings.contains("&apos;=HYPERLINK") || strings.contains("'=HYPERLINK"), strings);
        }
    }
}
