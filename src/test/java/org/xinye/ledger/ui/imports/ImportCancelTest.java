package org.xinye.ledger.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportFixture;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.TestDay;
import org.xinye.ledger.ui.imports.ImportCommit.Stop;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/**
 * 取消 in the import wizard means cancelled: honoured at every phase up to the commit (the
 * ledger stays as it was and the wizard says so), refused from the point of no return on (the
 * button is disabled and reads 正在写入…), and the wizard shows the true outcome only once the
 * job has ended. Driven phase by phase with {@link StepBackground}.
 */
class ImportCancelTest {
    private static final String FILE = "src/test/resources/org/xinye/ledger/io/corpus/workers_wps.xlsx";
    @TempDir
    Path dir;
    private Ledger ledger;
    private StepBackground background;
    private ImportViewModel vm;
    private Map<String, List<String>> before;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    /** A wizard at its preview, the ledger as it was before. */
    private void previewed() {
        ledger = ImportFixture.ledger(dir.resolve("cancel.xldb"));
        background = StepBackground.stepwise();
        Workspace ws = new Workspace(background, new FakeDialogs(), TestDay.CLOCK);
        ws.setLedger(ledger);
        before = ImportFixture.dump(ledger);
        vm = new ImportViewModel(ws);
        vm.fileProperty().set(FILE);
        vm.next();
        background.runAll();
        vm.next();
        background.runAll();
        assertEquals(ImportViewModel.Step.PREVIEW, vm.stepProperty().get(), vm.messageProperty().get());
    }

    private StepBackground.Task<?> commitJob() {
        vm.commit();
        assertEquals(ImportViewModel.Step.COMMITTING, vm.stepProperty().get());
        return background.pending(Messages.get("import.ui.task.commit"));
    }

    private void assertRolledBack() {
        assertEquals(ImportViewModel.Step.PREVIEW, vm.stepProperty().get());
        assertEquals(Messages.get("import.cancelled"), vm.messageProperty().get());
        assertEquals(before, ImportFixture.dump(ledger), "nothing of the import was written");
        assertEquals(Stop.AVAILABLE, vm.commitStep().stopProperty().get(), "ready for the next commit");
        ledger.close();
    }

    private void assertWritten() {
        assertEquals(ImportViewModel.Step.SUMMARY, vm.stepProperty().get(), vm.messageProperty().get());
        assertTrue(vm.commitStep().summaryProperty().get().startsWith("已导入台账"), vm.commitStep().summaryProperty().get());
        assertTrue(vm.commitStep().canUndoProperty().get(), "undo offered for what was written");
        assertEquals(5, (long) ledger.read(s -> s.workers().count()));
        ledger.close();
    }

    @Test
    void aCancelBeforeTheJobStartsRollsBack() {
        previewed();
        StepBackground.Task<?> job = commitJob();
        vm.commitStep().cancel();
        assertEquals(Stop.CANCELLING, vm.commitStep().stopProperty().get(), "the button is disabled at once");
        assertEquals(ImportViewModel.Step.COMMITTING, vm.stepProperty().get(), "no outcome before the job ended");
        job.run();
        assertRolledBack();
    }

    /** Cancelled while rows are written, and in the final phase (checks, backup) before the commit. */
    @ParameterizedTest(name = "at \"{0}\"")
    @ValueSource(strings = {"import.progress.rows", "import.progress.finishing"})
    void aCancelBeforeThePointOfNoReturnRollsBackOnceTheJobEnded(String phase) {
        previewed();
        String shown = Messages.get(phase, 0).replaceAll("0.*", "");
        List<String> seen = new ArrayList<>();
        StepBackground.Task<?> job = commitJob().onProgress(message -> {
            seen.add(message);
            if (message.startsWith(shown) && vm.commitStep().stopProperty().get() == Stop.AVAILABLE) {
                vm.commitStep().cancel();
                assertEquals(Stop.CANCELLING, vm.commitStep().stopProperty().get());
            }
        });
        job.start();
        assertTrue(seen.stream().anyMatch(m -> m.startsWith(shown)), seen.toString());
        assertFalse(seen.contains(Messages.get("import.ui.writing")), "never reached the commit: " + seen);
        assertEquals(ImportViewModel.Step.COMMITTING, vm.stepProperty().get(), "no outcome before the job is delivered");
        job.deliver();
        assertRolledBack();
    }

    @Test
    void fromThePointOfNoReturnTheButtonReadsWritingAndTheSummaryFollows() {
        previewed();
        List<Stop> atWriting = new ArrayList<>();
        StepBackground.Task<?> job = commitJob().onProgress(message -> {
            if (message.equals(Messages.get("import.ui.writing"))) {
                atWriting.add(vm.commitStep().stopProperty().get());
                vm.commitStep().cancel();
                atWriting.add(vm.commitStep().stopProperty().get());
            }
        });
        job.start();
        assertEquals(List.of(Stop.WRITING, Stop.WRITING), atWriting, "disabled, reads 正在写入…, a click changes nothing");
        assertTrue(job.committed(), "the status bar's task passed its point of no return too (its 取消 reads 正在写入…)");
        assertEquals(ImportViewModel.Step.COMMITTING, vm.stepProperty().get());
        job.deliver();
        background.runAll();
        assertWritten();
    }

    @Test
    void aCancelAfterTheJobFinishedButBeforeThePageHeardShowsTheImportWritten() {
        previewed();
        StepBackground.Task<?> job = commitJob().start();
        vm.commitStep().cancel();
        assertEquals(Stop.WRITING, vm.commitStep().stopProperty().get());
        assertEquals(ImportViewModel.Step.COMMITTING, vm.stepProperty().get(), "the page still waits for the outcome");
        job.deliver();
        background.runAll();
        assertWritten();
    }
}
