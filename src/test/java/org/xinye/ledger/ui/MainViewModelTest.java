package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.shell.MainViewModel;
import org.xinye.ledger.ui.shell.WindowOpening;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.UiPreferences;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;

class MainViewModelTest {
    @TempDir
    Path dir;
    private Preferences node;
    private FakeDialogs dialogs;
    private Workspace workspace;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        node = Preferences.userRoot().node("/org/xinye/ledger-test/" + System.nanoTime());
        dialogs = new FakeDialogs();
        workspace = new Workspace(StepBackground.runNow(), dialogs, Clock.systemDefaultZone());
        vm = new MainViewModel(workspace, new UiPreferences(node), WindowOpening::open);
    }

    @AfterEach
    void tearDown() throws Exception {
        vm.close();
        node.removeNode();
    }

    @Test
    void firstStartOnAnEmptyDefaultLedgerOffersTheDemoAndLoadsItWhenAccepted() {
        dialogs.confirmAnswers.add(true);
        vm.open(dir.resolve("default.xldb"), true);
        assertTrue(dialogs.shown.get(0).startsWith("confirm: 载入示例数据"), dialogs.shown.toString());
        assertEquals(30_000L, (long) workspace.ledger().read(s -> s.workers().count()));
        assertTrue(vm.countsProperty().get().contains("30,000"), vm.countsProperty().get());
    }

    @Test
    void switchingLedgersClosesThePreviousOneInTheBackgroundNotOnTheWindowsThread() {
        StepBackground steps = StepBackground.stepwise();
        Workspace ws = new Workspace(steps, dialogs, Clock.systemDefaultZone());
        MainViewModel main = stepwise(ws, "first.xldb");
        Ledger first = ws.ledger();
        main.open(dir.resolve("second.xldb"), false);
        steps.pending(Messages.get("task.opening")).run();
        assertEquals("second.xldb", ws.ledger().file().getFileName().toString());
        StepBackground.Task<?> closing = steps.pending(Messages.get("task.closing", "first.xldb"));
        assertTrue(Files.exists(dir.resolve("first.xldb-wal")) || first.read(s -> true),
                "the previous ledger is still open while the window shows the new one");
        closing.run();
        assertFalse(Files.exists(dir.resolve("first.xldb-wal")), "closed: WAL merged and removed");
        steps.runAll();
        main.close();
    }

    /** A window's model on a stepwise executor, with {@code file} opened in it. */
    private MainViewModel stepwise(Workspace ws, String file) {
        MainViewModel main = new MainViewModel(ws, new UiPreferences(node), WindowOpening::open);
        main.open(dir.resolve(file), false);
        ((StepBackground) ws.background()).runAll();
        return main;
    }

    @Test
    void decliningTheDemoLeavesTheLedgerEmptyAndAnOpenedFileIsRemembered() {
        dialogs.confirmAnswers.add(false);
        Path file = dir.resolve("empty.xldb");
        vm.open(file, true);
        assertEquals(0L, (long) workspace.ledger().read(s -> s.workers().count()));
        assertEquals(file.toAbsolutePath(), vm.recentFiles().get(0));
        assertTrue(vm.titleProperty().get().contains("empty.xldb"));
        assertFalse(vm.readOnlyProperty().get());
    }

    @Test
    void aNewLedgerOffersItsFirstStepsUntilItHoldsData() {
        vm.open(dir.resolve("new.xldb"), false);
        assertTrue(vm.ledgerEmptyProperty().get());
        assertTrue(vm.demoPossibleProperty().get());
        vm.importRoster();
        assertEquals(PageId.IMPORT, vm.destinationProperty().get().page());

        dialogs.confirmAnswers.add(false);
        vm.loadDemo();
        assertTrue(dialogs.shown.get(0).startsWith("confirm: 载入示例数据"), dialogs.shown.toString());
        assertEquals(0L, (long) workspace.ledger().read(s -> s.workers().count()), "declined: nothing loaded");

        dialogs.confirmAnswers.add(true);
        vm.loadDemo();
        assertEquals(30_000L, (long) workspace.ledger().read(s -> s.workers().count()));
        assertFalse(vm.ledgerEmptyProperty().get());
        assertFalse(vm.demoPossibleProperty().get(), "the demo goes into an empty ledger only");
        int asked = dialogs.shown.size();
        vm.loadDemo();
        assertEquals(asked, dialogs.shown.size(), "a ledger with data is not offered the demo");
    }

    @Test
    void theDemoCancelledWhileItFillsIsRolledBackAndPastItsCommitIsWritten() {
        StepBackground steps = StepBackground.stepwise();
        Workspace ws = new Workspace(steps, dialogs, Clock.systemDefaultZone());
        MainViewModel main = stepwise(ws, "demo.xldb");
        dialogs.confirmAnswers.add(true);
        main.loadDemo();
        StepBackground.Task<?> fill = steps.pending(Messages.get("task.demo"));
        assertTrue(fill.writes());
        fill.cancelAtProgress(3).run();
        assertEquals(StepBackground.Phase.CANCELLED, fill.phase());
        assertEquals(0L, (long) ws.ledger().read(s -> s.workers().count() + s.enterprises().count()),
                "cancelled while it wrote rows: nothing of it is in the ledger");

        dialogs.confirmAnswers.add(true);
        main.loadDemo();
        StepBackground.Task<?> again = steps.pending(Messages.get("task.demo"));
        again.onCommitted(again::cancel).run();
        assertEquals(StepBackground.Phase.DELIVERED, again.phase(), "past its commit the cancel is refused");
        assertEquals(30_000L, (long) ws.ledger().read(s -> s.workers().count()));
        steps.runAll();
        main.close();
    }

    @Test
    void openingALedgerFromAnEmptyPageAsksForTheFile() {
        Path other = dir.resolve("other.xldb");
        dialogs.files.add(other);
        vm.openLedger();
        assertEquals(other.toAbsolutePath(), workspace.ledger().file());
    }

    @Test
    void newLedgerNeverOverwritesAnExistingFile() throws Exception {
        Path existing = dir.resolve("keep.xldb");
        Files.writeString(existing, "precious");
        dialogs.files.add(existing);
        vm.newLedger();
        assertEquals("precious", Files.readString(existing));
        assertTrue(dialogs.shown.get(0).startsWith("error:"), dialogs.shown.toString());
    }

    @Test
    void aRefusedFileIsReportedAndTheCurrentLedgerStays() throws Exception {
        vm.open(dir.resolve("good.xldb"), false);
        Ledger good = workspace.ledger();
        Path bad = dir.resolve("bad.xldb");
        Files.writeString(bad, "not a ledger at all, just some text that is long enough to have a header".repeat(3));
        vm.open(bad, false);
        assertEquals(good, workspace.ledger());
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).contains("不是台账"), dialogs.shown.toString());
    }

    @Test
    void saveAsContinuesOnTheCopy() {
        vm.open(dir.resolve("orig.xldb"), false);
        Path copy = dir.resolve("copy.xldb");
        dialogs.files.add(copy);
        vm.saveAs();
        assertEquals(copy.toAbsolutePath(), workspace.ledger().file());
        assertTrue(Files.exists(dir.resolve("orig.xldb")));
    }
}
