package org.xinye.ledger.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.shell.MainViewModel;
import org.xinye.ledger.ui.shell.WindowOpening;
import org.xinye.ledger.ui.support.UiPreferences;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.TestDay;

/**
 * A person deleted in the window can be undone exactly while the window holds the ledger,
 * and afterwards their ID number is nowhere in the ledger's bytes: not in the worker table,
 * not in the audit log that kept them for undo, not in the WAL.
 */
class RemovedPeopleTest {
    @TempDir
    Path dir;
    private Path db;
    private Preferences node;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Workspace workspace;
    private MainViewModel main;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("removed.xldb");
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            new DemoData(61, 800, TestDay.TODAY).fill(l, p -> { });
        }
        node = Preferences.userRoot().node("/org/xinye/ledger-test/" + System.nanoTime());
        workspace = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        main = new MainViewModel(workspace, new UiPreferences(node), WindowOpening::open);
        main.open(db, false);
    }

    @AfterEach
    void close() throws Exception {
        main.close();
        node.removeNode();
    }

    private PeopleViewModel page() {
        PeopleViewModel vm = new PeopleViewModel(workspace, new EditStack(workspace));
        vm.setActive(true);
        return vm;
    }

    /** A party member with a relation and history: the richest record a deletion takes along. */
    private Worker member() {
        var members = WorkerListing.Filter.of(null, null, null, null, PoliticalStatus.MEMBER,
                WorkerListing.Relation.TRANSFERRED_IN, null);
        return workspace.ledger().read(s -> s.workers().get(s.workerListing().page(members, WorkerListing.Sort.DEFAULT, 0, 1)
                .get(0).id()).orElseThrow());
    }

    private String capture(long id) {
        return workspace.ledger().read(s -> s.changes().capture(ChangeLog.Key.of(Aggregate.WORKER, id)));
    }

    private boolean inFiles(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        for (Path p : new Path[] {db, db.resolveSibling(db.getFileName() + "-wal")}) {
            if (Files.exists(p) && indexOf(Files.readAllBytes(p), needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void delete(PeopleViewModel vm, long id) {
        vm.select(id);
        dialogs.confirmAnswers.add(true);
        vm.delete();
        assertTrue(workspace.ledger().read(s -> s.workers().get(id)).isEmpty());
    }

    @Test
    void undoInTheSessionRestoresThePersonExactlyAndAfterReopeningTheirIdIsGoneFromTheFile() throws IOException {
        PeopleViewModel vm = page();
        Worker w = member();
        String whole = capture(w.id());
        assertTrue(inFiles(w.idNumber()), "the test looks for bytes that are there to begin with");

        delete(vm, w.id());
        dialogs.confirmAnswers.add(true);
        vm.undo();
        assertEquals(whole, capture(w.id()), "undo in the same window brings back the record, relation and all");

        delete(vm, w.id());
        // The window goes away without closing the ledger itself (a crash, a killed process):
        // this session's log still holds the record for an undo nobody can make any more.
        Ledger left = workspace.ledger();
        workspace.setLedger(null);
        left.close();
        assertTrue(inFiles(w.idNumber()), "kept for undo until the window lets go");

        main.open(db, false);
        assertNotNull(workspace.ledger());
        assertFalse(inFiles(w.idNumber()), "opening ends undo: the ID number is in neither the file nor the WAL");
        assertFalse(inFiles(w.mobile()), "nor the mobile");
        assertTrue(workspace.ledger().read(s -> s.audit().of("worker", w.id())).stream()
                .anyMatch(e -> "DELETE".equals(e.action()) && e.before() != null), "the deletion itself stays logged");
    }

    @Test
    void closingTheWindowEndsUndoToo() throws IOException {
        PeopleViewModel vm = page();
        Worker w = member();
        delete(vm, w.id());
        main.close();
        assertFalse(inFiles(w.idNumber()));
        main.open(db, false);
        assertEquals(0, (int) workspace.ledger().write(Privacy::endUndo),
                "each entry is masked once");
    }
}
