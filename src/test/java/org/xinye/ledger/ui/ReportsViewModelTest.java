package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.reports.ReportsViewModel;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;

/** The report builder without a window: preview, export and print are the same pages. */
class ReportsViewModelTest {
    @TempDir
    static Path dir;
    static Ledger ledger;
    FakeDialogs dialogs = new FakeDialogs();
    ReportsViewModel vm;

    @BeforeAll
    static void demo() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("reports.xldb"), Ledger.Mode.WRITE);
        new DemoData(2, 1500, TestDay.TODAY).fill(ledger, p -> { });
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private ReportsViewModel open() {
        Workspace ws = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        ReportsViewModel m = new ReportsViewModel(ws);
        ws.setLedger(ledger);
        return m;
    }

    @Test
    void titleFollowsTheAreaUntilTheUserWritesOne() {
        vm = open();
        assertEquals(Messages.get("report.defaultTitle", "包头市"), vm.titleProperty().get());
        ReportsViewModel.Area county = vm.areas().get(1);
        vm.areaProperty().set(county);
        assertEquals(Messages.get("report.defaultTitle", county.name()), vm.titleProperty().get());
        vm.titleProperty().set("专题会议材料");
        vm.areaProperty().set(vm.areas().get(0));
        assertEquals("专题会议材料", vm.titleProperty().get());
    }

    @Test
    void previewExportAndPrintUseTheSamePages() throws Exception {
        vm = open();
        vm.chartProperty(ChartKind.INDUSTRY).set(true);
        vm.followUpsProperty().set(true);
        vm.landscapeProperty().set(true);
        vm.preview();
        int pages = vm.pages().size();
        assertTrue(pages >= 3, "charts, table and follow-ups: " + pages);
        assertTrue(vm.pages().get(0).getWidth() > vm.pages().get(0).getHeight(), "landscape");

        Path out = dir.resolve("meeting");
        dialogs.files.add(out);
        vm.exportPdf();
        Path pdf = dir.resolve("meeting.pdf");
        assertTrue(Files.exists(pdf), "the extension is added");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pages, doc.getNumberOfPages());
        }

        dialogs.printerAnswers.add(false);
        vm.print(false);
        assertTrue(dialogs.printed.isEmpty(), "cancelled in the print dialog");
        dialogs.printerAnswers.add(true);
        vm.print(true);
        assertEquals(pages, dialogs.printed.size());
        assertTrue(dialogs.printFinished);
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("print: ") && s.endsWith("(landscape)")));
        assertFalse(vm.statusProperty().get().isEmpty());
    }

    @Test
    void aPrintCancelledBeforeItsJobEndsPrintsNothingAndOnePastThatPointPrintsWhole() {
        StepBackground steps = StepBackground.stepwise();
        Workspace ws = new Workspace(steps, dialogs, TestDay.CLOCK);
        vm = new ReportsViewModel(ws);
        ws.setLedger(ledger);
        steps.runAll();

        dialogs.printerAnswers.add(true);
        vm.print(false);
        steps.pending(Messages.get("task.report")).run();
        StepBackground.Task<?> cancelled = steps.pending(Messages.get("task.print"));
        assertTrue(cancelled.writes(), "the status bar's 取消 asks the print to stop instead of dropping it");
        cancelled.cancelAtProgress(2).run();
        assertEquals(StepBackground.Phase.CANCELLED, cancelled.phase());
        assertFalse(cancelled.committed());
        assertEquals(2, dialogs.printed.size(), "the pages sent before the cancel stay in the cancelled job");
        assertFalse(dialogs.printFinished, "the job is cancelled, not ended");

        dialogs.printed.clear();
        dialogs.printerAnswers.add(true);
        vm.print(false);
        steps.pending(Messages.get("task.report")).run();
        StepBackground.Task<?> ending = steps.pending(Messages.get("task.print"));
        ending.onCommitted(ending::cancel).run();
        assertTrue(ending.committed());
        assertEquals(StepBackground.Phase.DELIVERED, ending.phase());
        assertTrue(dialogs.printFinished, "a cancel past the point of no return is refused: the job ends");
        assertEquals(Messages.get("report.printed"), vm.statusProperty().get());
    }

    @Test
    void theIssuingUnitIsTypedOnceAndKeptInTheLedger() throws Exception {
        vm = open();
        vm.issuingUnitProperty().set("  中共示例区委组织部 ");
        dialogs.files.add(dir.resolve("word"));
        vm.exportWord();
        assertEquals("中共示例区委组织部", ledger.read(s -> s.settings().issuingUnit()));
        ReportsViewModel again = open();
        again.loadAreas();
        assertEquals("中共示例区委组织部", again.issuingUnitProperty().get(), "asked once: the next window has it");
    }

    @Test
    void wordExportWritesTheSameReportAsADocx() throws Exception {
        vm = open();
        vm.followUpsProperty().set(true);
        vm.appendixProperty().set(false);
        dialogs.files.add(dir.resolve("材料"));
        vm.exportWord();
        Path docx = dir.resolve("材料.docx");
        assertTrue(Files.exists(docx), "the extension is added");
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String all = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertTrue(all.contains(Messages.get("report.section.followUps")));
            assertFalse(all.contains(Messages.get("report.appendix")), "the appendix left out as asked");
            assertEquals(2, doc.getTables().size(), "coverage table and follow-up summary");
        }
    }

    @Test
    void aReadOnlyLedgerStillPrintsTheIssuingUnitTyped() throws Exception {
        try (Ledger readOnly = Ledger.open(dir.resolve("reports.xldb"), Ledger.Mode.READ)) {
            assertTrue(readOnly.isReadOnly());
            Workspace ws = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
            ReportsViewModel m = new ReportsViewModel(ws);
            ws.setLedger(readOnly);
            m.issuingUnitProperty().set("中共只读区委组织部");
            dialogs.files.add(dir.resolve("只读.docx"));
            m.exportWord();
            try (var in = Files.newInputStream(dir.resolve("只读.docx"));
                 var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("中共只读区委组织部")));
            }
        }
    }
}
