package org.xinye.ledger.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/**
 * 取消 means cancelled for the window's jobs that write, not only the import: restore, package,
 * unpack and backup are driven phase by phase with {@link StepBackground} and cancelled before
 * they start, while they run before their point of no return (nothing written, no file left),
 * once past it (refused: the job writes and its true outcome is shown) and after they ended.
 */
class WriteCancelTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final StepBackground background = StepBackground.stepwise();
    private SafetyViewModel vm;
    private Ledger ledger;
    private Path source;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        Workspace workspace = new Workspace(background, dialogs, Clock.systemDefaultZone());
        vm = new SafetyViewModel(workspace, p -> { });
        ledger = Ledger.open(dir.resolve("window.xldb"), Ledger.Mode.WRITE);
        ledger.writing(s -> s.enterprises().insert(Enterprise.of("窗口里的单位", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
        workspace.setLedger(ledger);
        source = dir.resolve("elsewhere").resolve("other.xldb");
        try (Ledger l = Ledger.open(source, Ledger.Mode.WRITE)) {
            new DemoData(2, 200, LocalDate.of(2026, 11, 27)).fill(l, p -> { });
        }
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long workers() {
        return ledger.read(s -> s.workers().count());
    }

    /** Files beside the ledger (the staged copy of a restore would be one), backups aside. */
    private List<String> besideLedger() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("backups") && !n.equals("elsewhere"))
                    .sorted().toList();
        }
    }

    private boolean saidSomething(String what) {
        return dialogs.shown.stream().anyMatch(s -> s.contains(what));
    }

    /** 从备份恢复… up to the question; gives the restore job itself once it is asked for. */
    private StepBackground.Task<?> restoreJob() {
        dialogs.files.add(source);
        dialogs.confirmAnswers.add(true);
        vm.restoreFromBackup();
        background.pending(Messages.get("task.restore")).run();
        assertTrue(saidSomething("人员 200 名"), dialogs.shown.toString());
        StepBackground.Task<?> job = background.pending(Messages.get("task.restore"));
        assertTrue(job.writes(), "a restore is a job that writes");
        return job;
    }

    private void assertNothingRestored(StepBackground.Task<?> job) throws IOException {
        assertEquals(StepBackground.Phase.CANCELLED, job.phase());
        assertEquals(0L, workers(), "the ledger as it was");
        assertEquals(List.of("window.xldb", "window.xldb-shm", "window.xldb-wal", "window.xldb.lock"), besideLedger(),
                "no staged copy left");
        assertFalse(saidSomething("已恢复"), "nothing said to be restored");
    }

    @Test
    void aRestoreCancelledWhileItsSourceIsCheckedLeavesNoStagedCopy() throws IOException {
        dialogs.files.add(source);
        vm.restoreFromBackup();
        StepBackground.Task<?> check = background.pending(Messages.get("task.restore"));
        check.cancelAtProgress(1).start().deliver();
        assertEquals(StepBackground.Phase.CANCELLED, check.phase());
        assertFalse(saidSomething("人员 200 名"), "no question about a restore that was cancelled");
        assertNothingRestored(check);
    }

    @Test
    void aRestoreCancelledBeforeItStartsStopsAndRemovesItsStagedCopy() throws IOException {
        StepBackground.Task<?> job = restoreJob();
        job.cancel();
        assertEquals(StepBackground.Phase.QUEUED, job.phase(), "it still starts, to stop and tidy up");
        job.run();
        assertNothingRestored(job);
        assertEquals(0, new Backups(Clock.systemDefaultZone()).list(ledger.file()).size(), "not even the safety backup");
    }

    @Test
    void aRestoreCancelledWhileRunningBeforeItsPointOfNoReturnWritesNothing() throws IOException {
        StepBackground.Task<?> job = restoreJob();
        job.cancelAtProgress(1).run();
        assertNothingRestored(job);
    }

    @Test
    void aRestorePastItsPointOfNoReturnRefusesTheCancelAndShowsWhatHappened() throws IOException {
        StepBackground.Task<?> job = restoreJob();
        job.onCommitted(job::cancel).start();
        assertTrue(job.committed());
        assertEquals(StepBackground.Phase.FINISHED, job.phase(), "the cancel was refused");
        job.cancel();
        job.deliver();
        assertEquals(StepBackground.Phase.DELIVERED, job.phase(), "a write that ended is always told");
        assertEquals(200L, workers());
        assertTrue(saidSomething("info: 从备份恢复"), dialogs.shown.toString());
        assertFalse(besideLedger().contains("window.xldb.restoring"));
    }

    @Test
    void aPackageCancelledBeforeItIsMovedIntoPlaceLeavesNoFile() throws IOException {
        Path out = dir.resolve("out").resolve("包.xlpk");
        StepBackground.Task<?> job = packJob(out);
        job.cancel();
        job.run();
        assertEquals(StepBackground.Phase.CANCELLED, job.phase());
        assertNothingIn(out.getParent());

        StepBackground.Task<?> again = packJob(out);
        again.onCommitted(again::cancel).run();
        assertEquals(StepBackground.Phase.DELIVERED, again.phase());
        assertTrue(Files.exists(out) && saidSomething("info: "), dialogs.shown.toString());
    }

    @Test
    void anUnpackCancelledBeforeTheLedgerIsMovedIntoPlaceCreatesNoLedger() throws IOException {
        Path pack = dir.resolve("out").resolve("包.xlpk");
        packJob(pack).run();
        Path target = dir.resolve("unpacked").resolve("新.xldb");
        Files.createDirectories(target.getParent());
        dialogs.files.add(pack);
        dialogs.passwords.add("一个足够长的密码123");
        dialogs.files.add(target);
        vm.importPackage();
        StepBackground.Task<?> job = background.pending(Messages.get("task.unpack"));
        job.cancel();
        job.run();
        assertEquals(StepBackground.Phase.CANCELLED, job.phase());
        assertNothingIn(target.getParent());
    }

    /** 导出加密数据包… to {@code out}, up to its job. */
    private StepBackground.Task<?> packJob(Path out) throws IOException {
        Files.createDirectories(out.getParent());
        dialogs.passwords.add("一个足够长的密码123");
        dialogs.files.add(out);
        vm.exportPackage();
        return background.pending(Messages.get("task.pack"));
    }

    private static void assertNothingIn(Path folder) throws IOException {
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "no file, nor a part or staged copy of one");
        }
    }

    @Test
    void aBackupCancelledBeforeItStartsTakesNone() {
        vm.backupNow();
        StepBackground.Task<?> job = background.pending(Messages.get("task.backup"));
        job.cancel();
        job.run();
        assertEquals(StepBackground.Phase.CANCELLED, job.phase());
        assertEquals(0, new Backups(Clock.systemDefaultZone()).list(ledger.file()).size());
    }
}
