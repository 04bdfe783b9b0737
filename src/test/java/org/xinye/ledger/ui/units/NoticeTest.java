package org.xinye.ledger.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.TestDay;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordEdits.NoticeKind;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/** A record page's notice line: its colour says what kind of news it is, and it does not outlive its context. */
class NoticeTest {
    @TempDir
    Path dir;
    private Ledger ledger;
    private UnitsViewModel vm;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("notice.xldb"), Ledger.Mode.WRITE);
        new DemoData(43, 200, TestDay.TODAY).fill(ledger, p -> { });
        Workspace workspace = new Workspace(StepBackground.runNow(), new FakeDialogs(), TestDay.CLOCK);
        workspace.setLedger(ledger);
        vm = new UnitsViewModel(workspace, new EditStack(workspace));
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aSaveIsSaidInTheSuccessColour() {
        vm.select(vm.units().rows().get(0).id());
        vm.form().address.set("新地址 2 号");
        vm.save();
        assertEquals(NoticeKind.SUCCESS, vm.noticeKindProperty().get());
    }

    @Test
    void aRefusedSaveIsSaidAsAProblem() {
        vm.startNew();
        vm.save();
        assertEquals(Messages.get("records.fixErrors"), vm.noticeProperty().get());
        assertEquals(NoticeKind.PROBLEM, vm.noticeKindProperty().get());
    }

    @Test
    void anUndoIsSaidInTheSuccessColour() {
        vm.select(vm.units().rows().get(0).id());
        vm.form().address.set("新地址 3 号");
        vm.save();
        vm.undo();
        assertEquals(Messages.get("records.undone"), vm.noticeProperty().get());
        assertEquals(NoticeKind.SUCCESS, vm.noticeKindProperty().get());
    }

    @Test
    void openingAnotherRecordClearsWhatWasSaidAboutTheLastOne() {
        vm.select(vm.units().rows().get(0).id());
        vm.form().address.set("新地址 4 号");
        vm.save();
        vm.select(vm.units().rows().get(1).id());
        assertEquals("", vm.noticeProperty().get());
    }

    @Test
    void leavingThePageClearsItsNotice() {
        vm.select(vm.units().rows().get(0).id());
        vm.form().address.set("新地址 5 号");
        vm.save();
        vm.setActive(false);
        vm.setActive(true);
        assertEquals("", vm.noticeProperty().get());
    }
}
