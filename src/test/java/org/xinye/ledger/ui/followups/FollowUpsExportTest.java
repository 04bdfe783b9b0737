package org.xinye.ledger.ui.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.CsvRows;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.TestDay;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/** 导出… on the 待办 page writes the list on screen, row for row. */
class FollowUpsExportTest {
    @TempDir
    Path dir;
    private Ledger ledger;
    private final FakeDialogs dialogs = new FakeDialogs();
    private FollowUpsViewModel vm;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("followups.xldb"), Ledger.Mode.WRITE);
        new DemoData(44, 1500, TestDay.TODAY).fill(ledger, p -> { });
        Workspace workspace = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        workspace.setLedger(ledger);
        vm = new FollowUpsViewModel(workspace, (page, target) -> { });
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private List<List<String>> export(int tab) throws Exception {
        Path file = dir.resolve("list-" + tab + ".csv");
        dialogs.files.add(file);
        vm.show(tab);
        vm.export();
        return CsvRows.read(file);
    }

    @Test
    void theShouldBuildListIsExportedWithItsColumns() throws Exception {
        List<List<String>> rows = export(0);
        assertEquals(List.of(Messages.get("units.col.name"), Messages.get("units.col.township"),
                Messages.get("followups.col.formalMembers"), Messages.get("units.col.coverage")), rows.get(0));
        assertEquals(vm.shouldBuild().rows().size(), rows.size() - 1);
        assertEquals(vm.shouldBuild().rows().get(0).name(), rows.get(1).get(0));
    }

    @Test
    void theListOnScreenIsTheOneExported() throws Exception {
        List<List<String>> rows = export(2);
        assertEquals(Messages.get("instructors.col.name"), rows.get(0).get(0));
        assertEquals(vm.overdueVisits().rows().size(), rows.size() - 1);
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("info: " + Messages.get("export.title"))));
    }
}
