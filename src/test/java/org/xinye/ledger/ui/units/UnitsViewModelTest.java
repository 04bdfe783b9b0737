package org.xinye.ledger.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.support.Background;
import org.xinye.ledger.ui.support.Workspace;

/** The 企业 page's view model as a plain object: background work runs at once, dialogs answer from a script. */
class UnitsViewModelTest {
    @TempDir
    Path dir;
    private Ledger ledger;
    private final FakeDialogs dialogs = new FakeDialogs();
    private UnitsViewModel vm;
    private EditStack edits;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("vm.xldb"), Ledger.Mode.WRITE);
        new DemoData(41, 300, LocalDate.now()).fill(ledger, p -> { });
        Workspace workspace = new Workspace(Background.sameThread(), dialogs, Clock.systemDefaultZone());
        workspace.setLedger(ledger);
        edits = new EditStack(workspace);
        vm = new UnitsViewModel(workspace, edits);
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void invalidInputIsNotSavedAndEachFieldSaysWhy() {
        long units = ledger.read(s -> s.enterprises().count());
        vm.startNew();
        assertNull(vm.form().nameError().get(), "a fresh form does not scold before anything is typed");
        vm.form().creditCode.set("91150203MA0000000X");
        vm.form().declaredWorkers.set("十二");
        vm.save();
        assertEquals(Messages.get("check.required"), vm.form().nameError().get());
        assertTrue(vm.form().creditCodeError().get().contains("校验位"));
        assertEquals(Messages.get("check.count"), vm.form().declaredWorkersError().get());
        assertEquals(Messages.get("records.fixErrors"), vm.noticeProperty().get());
        assertEquals(units, (long) ledger.read(s -> s.enterprises().count()));
        assertNull(edits.lastProperty().get());
    }

    @Test
    void unsavedEditsAreOnlyThrownAwayAfterAsking() {
        long first = vm.units().get(0).id();
        long second = vm.units().get(1).id();
        assertTrue(vm.select(first));
        vm.form().address.set("新地址 1 号");
        assertTrue(vm.isDirty());
        dialogs.confirmAnswers.add(false);
        assertFalse(vm.select(second), "the user chose to keep editing");
        assertEquals(first, vm.selectedId());
        assertEquals("新地址 1 号", vm.form().address.get());
        dialogs.confirmAnswers.add(true);
        assertTrue(vm.select(second));
        assertEquals(second, vm.selectedId());
    }

    @Test
    void aSavedEditCanBeUndoneAndTheHistorySaysWhoDidWhat() {
        long id = vm.units().get(0).id();
        vm.select(id);
        String before = vm.form().name.get();
        vm.form().name.set(before + "（更名）");
        vm.save();
        assertEquals(before + "（更名）", ledger.read(s -> s.enterprises().get(id).orElseThrow().name()));
        assertNotNull(edits.lastProperty().get());
        assertEquals(Messages.get("audit.action.UPDATE"), vm.history().lines().get(0).action());
        assertTrue(vm.history().lines().get(0).details().contains(before + "（更名）"));

        vm.undo();
        assertEquals(before, ledger.read(s -> s.enterprises().get(id).orElseThrow().name()));
        assertEquals(before, vm.form().name.get());
        assertNull(edits.lastProperty().get(), "nothing left to undo");
    }
}
