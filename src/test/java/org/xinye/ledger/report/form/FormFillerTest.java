package org.xinye.ledger.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ReportException;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.demo.DemoData;

/**
 * A superior's form as they come: a merged title, a two-level header under a merged group
 * title, headers in the sender's own words and order, counties shuffled (one by its short
 * name, one the ledger does not know), a 合计 row with a formula, a note merged across the
 * bottom. Filled exactly; every other cell identical in value and style.
 */
class FormFillerTest {
    /** Columns: 序号, 地区, 企业（网点）数, [党组织覆盖情况: 单独建立党组织数, 联合建立, 党组织覆盖率（%）], 从业人员数, 备注, 党员人数, 应建未建数, 工作覆盖率. */
    private static final int LABEL = 1;
    private static final int TOTAL_FORMULA_COLUMN = 2;

    @TempDir
    static Path dir;
    static Ledger ledger;
    static FormData data;
    static Map<String, RegionCoverage> counties = new HashMap<>();
    static RegionCoverage total;
    static Path form;
    static List<String> order = new ArrayList<>();

    @BeforeAll
    static void ledgerAndForm() throws Exception {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("form.xldb"), Ledger.Mode.WRITE);
        new DemoData(7, 1500, LocalDate.of(2026, 11, 27)).fill(ledger, p -> { });
        data = ledger.read(FormData::load);
        ledger.read(s -> {
            for (RegionCoverage r : s.coverage().byCounty(CoverageQueries.Filter.NONE)) {
                if (!RegionCoverage.UNASSIGNED.equals(r.code())) {
                    counties.put(r.name(), r);
                }
            }
            total = s.coverage().total(CoverageQueries.Filter.NONE);
            return null;
        });
        order.addAll(counties.keySet());
        Collections.shuffle(order, new Random(42));
        form = dir.resolve("上级报表.xlsx");
        writeForm(form);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static void writeForm(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("附表1");
            XSSFCellStyle title = wb.createCellStyle();
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title.setFont(big);
            XSSFCellStyle boxed = wb.createCellStyle();
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);
            XSSFCellStyle pct = wb.createCellStyle();
            pct.cloneStyleFrom(boxed);
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            cell(sh, 0, 0, "2026年度新业态新就业群体党建工作情况统计表", title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            cell(sh, 1, 0, "填报单位（盖章）：", null);
            sh.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            cell(sh, 1, 8, "填报日期：  年  月  日", null);
            String[] top = {"序号", "地区", "企业（网点）数", "党组织覆盖情况", null, null, "从业人员数", "备注", "党员人数",
                "应建未建数", "工作覆盖率"};
            String[] sub = {null, null, null, "单独建立党组织数", "联合建立", "党组织覆盖率（%）", null, null, null, null, null};
            for (int c = 0; c < top.length; c++) {
                cell(sh, 2, c, top[c] == null ? "" : top[c], boxed);
                cell(sh, 3, c, sub[c] == null ? "" : sub[c], boxed);
                if (sub[c] == null) {
                    sh.addMergedRegion(new CellRangeAddress(2, 3, c, c));
                }
            }
            sh.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
            int r = 4;
            List<String> labels = new ArrayList<>(order);
            labels.set(labels.indexOf("东河区"), "东河");
            labels.add(3, "某某新区");
            for (String label : labels) {
                cell(sh, r, 0, Integer.toString(r - 3), boxed);
                cell(sh, r, LABEL, label, boxed);
                for (int c = 2; c < top.length; c++) {
                    cell(sh, r, c, c == 7 ? "已核实" : "", c == 5 ? pct : boxed);
                }
                r++;
            }
            cell(sh, r, LABEL, "合计", boxed);
            Cell sum = sh.getRow(r).createCell(TOTAL_FORMULA_COLUMN);
            sum.setCellFormula("SUM(C5:C" + r + ")");
            sum.setCellStyle(boxed);
            cell(sh, r + 2, 0, "说明：1. 本表由各旗县区党委组织部填报；2. 覆盖率保留一位小数。", null);
            sh.addMergedRegion(new CellRangeAddress(r + 2, r + 2, 0, 10));
            sh.setColumnWidth(LABEL, 18 * 256);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void cell(XSSFSheet sh, int r, int c, String v, XSSFCellStyle style) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        Cell cell = row.createCell(c);
        if (!v.isEmpty()) {
            cell.setCellValue(v);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static XSSFWorkbook read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void headersInTheSendersWordsAndShuffledRowsAreMatchedAndTheUnknownOnesNamed() {
        FormPlan plan = FormFiller.plan(form, data, new FormMapping());
        assertEquals(List.of(FormFigure.IN_SCOPE, FormFigure.ORG_SINGLE, FormFigure.ORG_JOINT, FormFigure.ORG_RATE,
                FormFigure.WORKERS, FormFigure.PARTY_MEMBERS, FormFigure.SHOULD_BUILD, FormFigure.WORK_RATE),
                plan.matchedColumns().stream().map(FormPlan.Column::figure).toList());
        assertEquals(List.of("备注"), plan.unmatchedColumns().stream().map(FormPlan.Column::header).toList());
        assertEquals(List.of("某某新区"), plan.unmatchedRows().stream().map(FormPlan.Row::label).toList());
        assertEquals(counties.size() + 1, plan.matchedRows().size(), "every county, 东河 by its short name, and 合计");
        assertEquals(4, plan.firstDataRow(), "two header rows under the title");
    }

    @Test
    void theFormIsFilledExactlyAndEverythingElseIsLeftAsItWas() throws Exception {
        Path out = dir.resolve("已填.xlsx");
        FormPlan plan = FormFiller.plan(form, data, new FormMapping());
        FormFiller.Result result = FormFiller.fill(form, plan, data, out);
        assertEquals(1, result.formulasKept(), "the 合计 formula is the sender's");
        assertEquals((counties.size() + 1) * 8 - 1, result.cells());
        try (XSSFWorkbook before = read(form); XSSFWorkbook after = read(out)) {
            XSSFSheet b = before.getSheetAt(0);
            XSSFSheet a = after.getSheetAt(0);
            java.util.Set<String> filled = new java.util.HashSet<>();
            for (FormPlan.Row row : plan.matchedRows()) {
                for (FormPlan.Column col : plan.matchedColumns()) {
                    filled.add(row.index() + ":" + col.index());
                }
            }
            for (Row row : a) {
                String label = row.getCell(LABEL) == null ? "" : row.getCell(LABEL).toString();
                RegionCoverage rc = label.equals("合计") ? total : counties.get(label.equals("东河") ? "东河区" : label);
                if (rc == null || row.getRowNum() < 4) {
                    continue;
                }
                var k = rc.counts();
                if (label.equals("合计")) {
                    assertEquals(org.apache.poi.ss.usermodel.CellType.FORMULA, row.getCell(2).getCellType(), "kept");
                } else {
                    assertEquals(k.inScope(), num(row, 2), label);
                }
                assertEquals(k.orgSingle(), num(row, 3), label);
                assertEquals(k.orgJoint(), num(row, 4), label);
                assertEquals(Math.round(k.orgRate() * 1000) / 10.0, row.getCell(5).getNumericCellValue(), 1e-9,
                        "percent under a (%) header");
                assertEquals(k.workers(), num(row, 6), label);
                assertEquals(k.partyMembers(), num(row, 8), label);
                assertEquals(CoverageRules.percent(k.workRate()), row.getCell(10).getStringCellValue(),
                        "a rate in a plain cell reads as a cadre writes it");
            }
            assertEquals(b.getNumMergedRegions(), a.getNumMergedRegions());
            for (int i = 0; i < b.getNumMergedRegions(); i++) {
                assertEquals(b.getMergedRegion(i), a.getMergedRegion(i));
            }
            assertEquals(b.getColumnWidth(LABEL), a.getColumnWidth(LABEL));
            int untouched = 0;
            for (Row row : b) {
                for (Cell cell : row) {
                    if (filled.contains(row.getRowNum() + ":" + cell.getColumnIndex())
                            && cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        continue;
                    }
                    XSSFCell other = a.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                    String where = cell.getAddress().formatAsString();
                    assertEquals(((XSSFCell) cell).getCTCell().xmlText(), other.getCTCell().xmlText(), where);
                    assertEquals(cell.toString(), other.toString(), where);
                    assertEquals(((XSSFCellStyle) cell.getCellStyle()).getCoreXf().xmlText(),
                            other.getCellStyle().getCoreXf().xmlText(), where);
                    assertEquals(((XSSFCellStyle) cell.getCellStyle()).getFont().getCTFont().xmlText(),
                            other.getCellStyle().getFont().getCTFont().xmlText(), where);
                    untouched++;
                }
            }
            assertTrue(untouched >= 60, "title, headers, labels, notes, 备注 and the formula: " + untouched);
            assertEquals("已核实", a.getRow(4).getCell(7).getStringCellValue());
        }
    }

    private static long num(Row row, int c) {
        return Math.round(row.getCell(c).getNumericCellValue());
    }

    @Test
    void theUsersAnswersWinAndAreRememberedForTheSameForm() {
        FormPlan first = FormFiller.plan(form, data, new FormMapping());
        FormMapping answers = new FormMapping();
        answers.setRow("某某新区", first.matchedRows().get(0).code());
        answers.setColumn("备注", null);
        answers.setColumn("党员人数", FormFigure.WORKERS);
        ledger.write(s -> {
            answers.remember(s, first.signature());
            return null;
        });
        FormMapping back = ledger.read(s -> FormMapping.remembered(s, first.signature()));
        FormPlan plan = FormFiller.plan(form, data, back);
        assertTrue(plan.unmatchedRows().isEmpty());
        assertEquals(FormFigure.WORKERS, plan.columns().stream().filter(c -> c.header().equals("党员人数"))
                .findFirst().orElseThrow().figure());
        assertNull(plan.columns().stream().filter(c -> c.header().equals("备注")).findFirst().orElseThrow().figure());
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedByName() throws Exception {
        Path bad = dir.resolve("坏表.xlsx");
        Files.writeString(bad, "这不是表格");
        ReportException e = assertThrows(ReportException.class, () -> FormFiller.plan(bad, data, new FormMapping()));
        assertTrue(e.getLocalizedMessage().contains("坏表.xlsx"), e.getLocalizedMessage());
    }
}
