package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.cli.CliTest;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.report.CoverageDatasets;
import org.xinye.ledger.report.CoverageData;
import org.xinye.ledger.report.ReportPdf;
import org.xinye.ledger.report.ReportSpec;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.ui.coverage.CoverageViewModel;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;

/**
 * The bar of the feature: the coverage page's table, its charts, the meeting report and
 * {@code coverage --format json} tell the same numbers on one demo ledger.
 */
class CoverageNumbersTest {
    @TempDir
    static Path dir;
    static Path db;
    static Ledger ledger;
    static CoverageViewModel vm;
    static List<Map<String, String>> json;

    @BeforeAll
    static void setUp() {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("numbers.xldb");
        CliTest.Run demo = CliTest.runCli("demo", "--db", db.toString(), "--workers", "5000", "--seed", "9");
        assertEquals(0, demo.code(), demo.err());
        CliTest.Run cov = CliTest.runCli("coverage", "--db", db.toString(), "--format", "json");
        assertEquals(0, cov.code(), cov.err());
        json = CliTest.parseCoverageJson(cov.out());
        ledger = Ledger.open(db, Ledger.Mode.READ);
        Workspace ws = new Workspace(StepBackground.runNow(), new FakeDialogs(), Clock.systemDefaultZone());
        vm = new CoverageViewModel(ws);
        ws.setLedger(ledger);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static List<Map<String, String>> counties() {
        return json.subList(0, json.size() - 1);
    }

    private static String pct(String fraction) {
        return CoverageRules.percent(Double.parseDouble(fraction));
    }

    private static int n(Map<String, String> row, String key) {
        return Integer.parseInt(row.get(key));
    }

    @Test
    void theTableShowsTheCommandLinesNumbers() {
        List<RegionCoverage> rows = vm.rows();
        assertEquals(counties().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var k = rows.get(i).counts();
            var j = counties().get(i);
            assertEquals(j.get("name"), rows.get(i).name());
            assertEquals(n(j, "inScope"), k.inScope());
            assertEquals(n(j, "orgCovered"), k.orgCovered());
            assertEquals(n(j, "singleOrg"), k.orgSingle());
            assertEquals(n(j, "jointOrg"), k.orgJoint());
            assertEquals(n(j, "areaOrg"), k.orgArea());
            assertEquals(n(j, "workCovered"), k.workCovered());
            assertEquals(n(j, "uncovered"), k.uncovered());
            assertEquals(n(j, "workers"), k.workers());
            assertEquals(n(j, "partyMembers"), k.partyMembers());
            assertEquals(pct(j.get("orgRate")), CoverageRules.percent(k.orgRate()));
        }
        assertTrue(vm.summaryProperty().get().contains(pct(json.get(json.size() - 1).get("orgRate"))));
    }

    @Test
    void theChartsShowTheCommandLinesNumbers() {
        CoverageData d = vm.dataProperty().get();
        CategoryDataset shown = vm.chartProperty().get().getCategoryPlot().getDataset();
        CategoryDataset rates = CoverageDatasets.ratesDataset(d.rows(), d.total());
        for (int c = 0; c < counties().size(); c++) {
            var j = counties().get(c);
            assertEquals(j.get("name"), shown.getColumnKey(c));
            assertEquals(n(j, "orgCovered"), shown.getValue(0, c).intValue());
            assertEquals(n(j, "workCovered"), shown.getValue(1, c).intValue());
            assertEquals(n(j, "uncovered"), shown.getValue(2, c).intValue());
            assertEquals(pct(j.get("orgRate")), CoverageRules.percent(rates.getValue(0, c).doubleValue()));
            assertEquals(pct(j.get("workRate")), CoverageRules.percent(rates.getValue(1, c).doubleValue()));
            assertEquals(pct(j.get("singleRate")), CoverageRules.percent(rates.getValue(2, c).doubleValue()));
        }
        var total = json.get(json.size() - 1);
        int last = rates.getColumnCount() - 1;
        assertEquals(pct(total.get("orgRate")), CoverageRules.percent(rates.getValue(0, last).doubleValue()));
        int industryOrg = 0;
        CategoryDataset industries = CoverageDatasets.industryDataset(d.industries());
        for (int c = 0; c < industries.getColumnCount(); c++) {
            industryOrg += industries.getValue(0, c).intValue();
        }
        assertEquals(n(total, "orgCovered"), industryOrg);
        int members = 0;
        CategoryDataset occupations = CoverageDatasets.occupationDataset(d.occupations());
        for (int c = 0; c < occupations.getColumnCount(); c++) {
            members += occupations.getValue(0, c).intValue();
        }
        assertEquals(n(total, "partyMembers"), members);
        CategoryDataset trend = CoverageDatasets.trendDataset(d.trend());
        assertEquals(12, trend.getColumnCount(), "the demo's twelve monthly snapshots");
    }

    @Test
    void theReportShowsTheCommandLinesNumbersInEmbeddedChineseText() throws IOException {
        CoverageData d = vm.dataProperty().get();
        String title = ReportSpec.defaultTitle(d.regionName());
        byte[] pdf = ReportPdf.render(d, new ReportSpec(title, false, List.of(ChartKind.values()), true, false), p -> { });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t\\u00a0]+", " ");
            assertTrue(text.contains(title), "title");
            for (var j : json) {
                String name = RegionCoverage.TOTAL.equals(j.get("code")) ? Messages.get("coverage.total") : j.get("name");
                String row = String.join(" ", name, fmt(j, "inScope"), fmt(j, "orgCovered"), fmt(j, "singleOrg"),
                        fmt(j, "jointOrg"), fmt(j, "areaOrg"), fmt(j, "workCovered"), fmt(j, "uncovered"),
                        pct(j.get("orgRate")), pct(j.get("workRate")), pct(j.get("singleRate")), fmt(j, "workers"),
                        fmt(j, "partyMembers"));
                assertTrue(text.contains(row), "table row in the report: " + row);
            }
            boolean embedded = false;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " embedded");
                    embedded |= f instanceof PDType0Font;
                }
            }
            assertTrue(embedded, "a CID font carries the Chinese text");
        }
        Path file = dir.resolve("report.pdf");
        Files.write(file, pdf);
        popplerAgrees(file, title);
    }

    private static String fmt(Map<String, String> row, String key) {
        return String.format("%,d", n(row, key));
    }

    /** Where poppler is installed (CI installs it), its tools must read the report the same way. */
    private static void popplerAgrees(Path pdf, String title) throws IOException {
        String fonts = run("pdffonts", pdf.toString());
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        if (fonts == null || text == null) {
            return;
        }
        assertTrue(fonts.lines().anyMatch(l -> l.contains("CID TrueType") && l.contains(" yes yes ")), fonts);
        assertFalse(fonts.lines().anyMatch(l -> l.matches(".*\\bno\\s+(yes|no)\\s+(yes|no).*")), "every font embedded: " + fonts);
        assertTrue(text.contains(title), "pdftotext finds the title");
        for (var j : counties()) {
            assertTrue(text.contains(j.get("name")), j.get("name"));
            assertTrue(text.contains(pct(j.get("orgRate"))), j.get("name") + " " + pct(j.get("orgRate")));
        }
    }

    private static String run(String... cmd) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Test
    void aCountyReportTotalsItsTownshipsLikeTheCommandLine() {
        String county = counties().get(0).get("code");
        CliTest.Run cov = CliTest.runCli("coverage", "--db", db.toString(), "--region", county, "--format", "json");
        var rows = CliTest.parseCoverageJson(cov.out());
        CoverageData d = ledger.read(s -> CoverageData.load(s, county,
                org.xinye.ledger.store.CoverageQueries.Filter.NONE, TestDay.TODAY, true));
        assertEquals(rows.size() - 1, d.rows().size());
        var total = rows.get(rows.size() - 1);
        assertEquals(n(total, "inScope"), d.total().counts().inScope());
        assertEquals(pct(total.get("orgRate")), CoverageRules.percent(d.total().counts().orgRate()));
        assertNotNull(d.followUps());
    }
}
