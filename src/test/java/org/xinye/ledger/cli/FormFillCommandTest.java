package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;

/** {@code report --fill FORM --out FILLED}: fills, says what it matched and names what it did not. */
class FormFillCommandTest {
    @TempDir
    static Path dir;
    static Path db;
    static List<Map<String, String>> coverage;
    static Path form;

    @BeforeAll
    static void demoAndForm() throws Exception {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("f.xldb");
        assertEquals(0, CliTest.run("demo", "--db", db.toString(), "--workers", "1500", "--seed", "8").code());
        coverage = CliTest.parseCoverageJson(CliTest.run("coverage", "--db", db.toString(), "--format", "json").out());
        form = dir.resolve("form.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet();
            var head = sh.createRow(0);
            head.createCell(0).setCellValue("单位");
            head.createCell(1).setCellValue("党员数");
            head.createCell(2).setCellValue("新业态企业数");
            sh.createRow(1).createCell(0).setCellValue(coverage.get(1).get("name"));
            sh.createRow(2).createCell(0).setCellValue("不存在旗");
            try (OutputStream out = Files.newOutputStream(form)) {
                wb.write(out);
            }
        }
    }

    @Test
    void fillsTheFormAndNamesTheRowItCouldNotPlace() throws Exception {
        Path out = dir.resolve("filled.xlsx");
        CliTest.Run r = CliTest.run("report", "--db", db.toString(), "--fill", form.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("不存在旗"), r.out());
        assertTrue(r.out().contains(Messages.get("form.figure.party_members")), r.out());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var row = wb.getSheetAt(0).getRow(1);
            assertEquals(Integer.parseInt(coverage.get(1).get("partyMembers")), (int) row.getCell(1).getNumericCellValue());
            assertEquals(Integer.parseInt(coverage.get(1).get("inScope")), (int) row.getCell(2).getNumericCellValue());
            assertEquals(null, wb.getSheetAt(0).getRow(2).getCell(1), "the unknown row is left empty");
        }
    }

    @Test
    void theCopyKeepsTheFormsFormatAndAMissingFormIsRefused() {
        assertEquals(2, CliTest.run("report", "--db", db.toString(), "--fill", form.toString(), "--out",
                dir.resolve("filled.xls").toString()).code());
        assertFalse(Files.exists(dir.resolve("filled.xls")));
        assertEquals(2, CliTest.run("report", "--db", db.toString(), "--fill", dir.resolve("none.xlsx").toString(),
                "--out", dir.resolve("o.xlsx").toString()).code());
    }
}
