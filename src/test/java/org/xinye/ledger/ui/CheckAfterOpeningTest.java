package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.xinye.ledger.store.Corruption;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.ui.coverage.MonthlySnapshotOnOpen;
import org.xinye.ledger.ui.shell.MainViewModel;
import org.xinye.ledger.ui.shell.WindowOpening;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.UiPreferences;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The window opens a big ledger with its whole-file check after the first frame: shown at once,
 * read-only with the banner saying why until the check passes; a damaged one is let go of and
 * refused as on opening.
 */
class CheckAfterOpeningTest {
    @TempDir
    Path dir;
    private Path file;
    private Preferences node;
    private FakeDialogs dialogs;
    private StepBackground steps;
    private Workspace ws;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        file = dir.resolve("city.xldb");
        try (Ledger l = Ledger.open(file, Ledger.Mode.WRITE)) {
            l.writing(s -> s.settings().setIssuingUnit("市委组织部"));
        }
        node = Preferences.userRoot().node("/org/xinye/ledger-test/" + System.nanoTime());
        dialogs = new FakeDialogs();
        steps = StepBackground.stepwise();
        ws = new Workspace(steps, dialogs, Clock.systemDefaultZone());
        MonthlySnapshotOnOpen.install(ws);
        // Every file counts as big here.
        vm = new MainViewModel(ws, new UiPreferences(node), p -> WindowOpening.open(p, 0));
    }

    @AfterEach
    void tearDown() throws Exception {
        vm.close();
        steps.runAll();
        node.removeNode();
    }

    @Test
    void aBigLedgerIsShownAtOnceReadOnlyAndBecomesWritableWhenItsCheckPasses() {
        vm.open(file, false);
        steps.pending(Messages.get("task.opening")).run();
        Ledger ledger = ws.ledger();
        assertSame(file.toAbsolutePath().normalize(), ledger.file().toAbsolutePath().normalize());
        assertTrue(vm.readOnlyProperty().get(), "read-only while the check runs");
        assertTrue(vm.checkingProperty().get(), "the banner says the check is running");
        assertFalse(ws.writableProperty().get());
        StoreException refused = assertThrows(StoreException.class,
                () -> ledger.writing(s -> s.settings().setIssuingUnit("别的单位")));
        assertEquals("store.checkPending", refused.messageKey());
        assertTrue(steps.pending().stream().noneMatch(t -> t.title().equals(Messages.get("task.backup"))
                || t.title().equals(Messages.get("task.snapshot"))), "nothing that writes starts before the check");

        steps.pending(Messages.get("task.checking", "city.xldb")).run();
        assertFalse(vm.readOnlyProperty().get());
        assertFalse(vm.checkingProperty().get());
        assertTrue(ws.writableProperty().get());
        steps.pending(Messages.get("task.backup"));
        steps.pending(Messages.get("task.snapshot"));
        steps.runAll();
        ledger.writing(s -> s.settings().setIssuingUnit("市委组织部两新工委"));
        assertEquals("市委组织部两新工委", ledger.read(s -> s.settings().issuingUnit()));
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aBigDamagedLedgerIsLetGoOfWhenItsCheckFailsAndRefusedAsOnOpening() throws Exception {
        Corruption.scribbleOverATablePage(file, "region"); // a table with rows: the default region tree
        byte[] before = Files.readAllBytes(file);
        vm.open(file, false);
        steps.pending(Messages.get("task.opening")).run();
        assertTrue(ws.ledger() != null && vm.readOnlyProperty().get(), "shown, read-only");

        steps.pending(Messages.get("task.checking", "city.xldb")).run();
        assertNull(ws.ledger(), "the damaged ledger is no longer current");
        assertFalse(ws.writableProperty().get());
        steps.runAll();
        assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).startsWith("error: " + Messages.get("file.openFailed")), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).contains("损坏"), "the refusal of a damaged file: " + dialogs.shown);
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written to the damaged file");
        assertFalse(Files.exists(dir.resolve("city.xldb-wal")), "closed");
    }

    @Test
    void theCheckStartsOnlyOnceTheWindowHasShownTheLedger() {
        java.util.List<Runnable> shown = new java.util.ArrayList<>();
        vm.checkLaterAfter(shown::add);
        vm.open(file, false);
        steps.pending(Messages.get("task.opening")).run();
        assertTrue(steps.pending().stream().noneMatch(t -> t.title().equals(Messages.get("task.checking", "city.xldb"))),
                "no check before the frame");
        assertEquals(1, shown.size());
        shown.get(0).run();
        steps.pending(Messages.get("task.checking", "city.xldb")).run();
        assertFalse(vm.readOnlyProperty().get());
    }

    @Test
    void closingWhileTheCheckWaitsLeavesNoDialogAndNothingWritten() {
        vm.open(file, false);
        steps.pending(Messages.get("task.opening")).run();
        vm.close();
        steps.runAll();
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }
}
