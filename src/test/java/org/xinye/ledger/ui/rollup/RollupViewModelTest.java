package org.xinye.ledger.ui.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.rollup.Differences;
import org.xinye.ledger.store.rollup.SampleDistricts;
import org.xinye.ledger.store.rollup.ScopeStore;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/** The 汇总 page, 台账信息 and 上报 as their view models see them. */
class RollupViewModelTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Ledger ledger;

    private Workspace workspace(Path file) {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(file, Ledger.Mode.WRITE);
        Workspace w = new Workspace(StepBackground.runNow(), dialogs, Clock.systemDefaultZone());
        w.setLedger(ledger);
        return w;
    }

    @AfterEach
    void close() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void droppedSubmissionsAreTakenInShownAndUndone() {
        List<Path> files = List.of(
                SampleDistricts.submit(SampleDistricts.donghe(dir), dir.resolve("a.xlsub"), null, null),
                SampleDistricts.submit(SampleDistricts.kundulun(dir), dir.resolve("b.xlsub"), null, null));
        RollupViewModel vm = new RollupViewModel(workspace(dir.resolve("city.xldb")));
        vm.setActive(true);
        assertTrue(vm.cityProperty().get(), "an empty ledger becomes the city's with its first roll-up");
        assertFalse(vm.canUndoProperty().get());
        vm.takeIn(files);
        assertEquals(List.of(), dialogs.shown, "nothing refused, nothing to say");
        assertEquals(SampleDistricts.PERIOD, vm.periodProperty().get());
        assertEquals(2, vm.status().stream().filter(r -> !r.missing()).count());
        assertEquals(8, vm.status().stream().filter(r -> r.missing()).count());
        var total = vm.figures().stream().filter(r -> r.code().equals(RegionCoverage.TOTAL)).findFirst().orElseThrow();
        assertEquals(198, total.reported().workers());
        assertEquals(189, total.deduplicated().workers());
        assertEquals(9, vm.differences().stream().filter(d -> d.kind() == Differences.Kind.MULTI_DISTRICT_PERSON)
                .count());
        vm.kindProperty().set(Differences.Kind.MULTI_CLAIMED_UNIT);
        assertEquals(1, vm.differences().size());
        assertTrue(vm.canUndoProperty().get());

        dialogs.confirmAnswers.add(true);
        vm.undo();
        assertEquals(0, vm.status().size());
        assertEquals(0L, (long) ledger.read(s -> s.workers().count()));
    }

    @Test
    void aRollUpCancelledBeforeItsMergeLeavesTheCityAsItWasAndPastItIsTakenIn() {
        List<Path> files = List.of(
                SampleDistricts.submit(SampleDistricts.donghe(dir), dir.resolve("a.xlsub"), null, null),
                SampleDistricts.submit(SampleDistricts.kundulun(dir), dir.resolve("b.xlsub"), null, null));
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("city.xldb"), Ledger.Mode.WRITE);
        StepBackground steps = StepBackground.stepwise();
        Workspace w = new Workspace(steps, dialogs, Clock.systemDefaultZone());
        w.setLedger(ledger);
        RollupViewModel vm = new RollupViewModel(w);
        vm.setActive(true);
        steps.runAll();
        vm.takeIn(files);
        StepBackground.Task<?> job = steps.pending(Messages.get("rollup.task.rollup"));
        assertTrue(job.writes());
        job.cancelAtProgress(2).run();
        assertEquals(StepBackground.Phase.CANCELLED, job.phase(), "stopped between the files");
        assertEquals(0L, (long) ledger.read(s -> s.workers().count()), "nothing of it in the city's records");
        steps.runAll();

        vm.takeIn(files);
        StepBackground.Task<?> again = steps.pending(Messages.get("rollup.task.rollup"));
        again.onCommitted(again::cancel).run();
        assertEquals(StepBackground.Phase.DELIVERED, again.phase(), "past its merge the cancel is refused");
        steps.runAll();
        var total = vm.figures().stream().filter(r -> r.code().equals(RegionCoverage.TOTAL)).findFirst().orElseThrow();
        assertEquals(189, total.deduplicated().workers(), "taken in whole, as without the cancel");
        assertTrue(vm.canUndoProperty().get());
    }

    @Test
    void aRefusedFileIsNamedWithItsReason() throws Exception {
        Path bad = dir.resolve("bad.xlsub");
        Files.writeString(bad, "not a submission");
        RollupViewModel vm = new RollupViewModel(workspace(dir.resolve("city.xldb")));
        vm.setActive(true);
        vm.takeIn(List.of(bad));
        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.shown.get(0).contains("bad.xlsub"), dialogs.shown.get(0));
    }

    @Test
    void theScopeIsSetInLedgerInformation() {
        Workspace w = workspace(dir.resolve("district.xldb"));
        LedgerInfoViewModel vm = new LedgerInfoViewModel(w);
        vm.load();
        assertEquals(LedgerInfoViewModel.Choice.NONE, vm.choiceProperty().get());
        vm.choiceProperty().set(LedgerInfoViewModel.Choice.COUNTY);
        assertFalse(vm.save(), "a county must be chosen");
        vm.countyProperty().set(vm.counties().stream().filter(r -> r.code().equals(SampleDistricts.KUNDULUN))
                .findFirst().orElseThrow());
        assertTrue(vm.save());
        assertEquals(LedgerScope.county(SampleDistricts.KUNDULUN), ledger.read(s -> new ScopeStore(s).get())
                .orElseThrow());
        vm.load();
        assertTrue(vm.factsProperty().get().contains("昆都仑区"), vm.factsProperty().get());
    }

    @Test
    void aLedgerWithoutScopeIsToldWhereInTheWindowToSetIt() throws Exception {
        Path plain = dir.resolve("plain.xldb");
        Ledger.open(plain, Ledger.Mode.WRITE).close();
        SubmitViewModel vm = new SubmitViewModel(workspace(plain), "test");
        assertFalse(vm.load());
        assertEquals(List.of("info: " + Messages.get("submit.title") + ": " + Messages.get("submit.noScopeWindow")),
                dialogs.shown);
        assertFalse(dialogs.shown.get(0).contains("init"), "no command-line option in the window: " + dialogs.shown.get(0));
    }

    @Test
    void aSubmissionIsWrittenWhereChosenWithItsPassword() {
        Path district = SampleDistricts.qingshan(dir);
        SubmitViewModel vm = new SubmitViewModel(workspace(district), "test");
        assertTrue(vm.load());
        assertTrue(vm.scopeProperty().get().contains("青山区"));
        Path out = dir.resolve("out.xlsub");
        dialogs.files.add(out);
        dialogs.passwords.add("a long password");
        assertTrue(vm.submit());
        assertTrue(Files.exists(out));
        assertTrue(org.xinye.ledger.io.submission.SubmissionFile.isEncrypted(out));
        assertTrue(dialogs.shown.stream().anyMatch(m -> m.startsWith("info:") && m.contains("青山区")), dialogs.shown.toString());
        vm.periodProperty().set("2026-13");
        assertFalse(vm.submit());
        assertFalse(vm.problemProperty().get().isEmpty());
    }
}
