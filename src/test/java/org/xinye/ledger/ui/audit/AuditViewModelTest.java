package org.xinye.ledger.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.AuditEntry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;

class AuditViewModelTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Ledger ledger;
    private AuditViewModel vm;
    private final String id = TestIds.id(7);

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("audit.xldb"), Ledger.Mode.WRITE);
        Instant yesterday = LocalDate.now().minusDays(1).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
        ledger.writing(s -> {
            s.audit().append(new AuditEntry(null, yesterday, "wang", "worker", 1L, "UPDATE",
                    "{\"idNumber\": \"" + id + "\", \"mobile\": \"13912345678\"}", "{\"name\": \"张三\"}"));
            s.audit().append(new AuditEntry(null, Instant.now(), "li", "enterprise", 2L, "INSERT", null, "{\"name\": \"甲\"}"));
            s.audit().append(new AuditEntry(null, Instant.now(), "li", "worker", 3L, "DELETE", "{}", null));
        });
        Workspace workspace = new Workspace(StepBackground.runNow(), dialogs, Clock.systemDefaultZone());
        workspace.setLedger(ledger);
        vm = new AuditViewModel(workspace);
        vm.shown();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void filtersByWhoEntityActionAndDay() {
        assertEquals(3, vm.rows().size());
        assertTrue(vm.whoChoices().containsAll(java.util.List.of("", "li", "wang")));
        vm.whoProperty().set("li");
        vm.load();
        assertEquals(2, vm.rows().size());
        assertTrue(vm.rows().stream().anyMatch(r -> r.entity().equals("单位") && r.action().equals("INSERT")),
                "a code without a label is shown as it is");
        vm.entityProperty().set("worker");
        vm.load();
        assertEquals("删除", vm.rows().get(0).action(), "codes are shown by their labels");
        assertEquals("人员", vm.rows().get(0).entity());
        vm.resetFilter();
        vm.fromProperty().set(LocalDate.now());
        vm.load();
        assertEquals(2, vm.rows().size(), "today only");
        vm.fromProperty().set(null);
        vm.toProperty().set(LocalDate.now().minusDays(1));
        vm.load();
        assertEquals("wang", vm.rows().get(0).who());
        assertTrue(vm.countTextProperty().get().contains("共 1 条"), vm.countTextProperty().get());
    }

    @Test
    void personalNumbersAreMaskedWhileTheSettingIsOnAndTurningItOffIsLogged() {
        AuditViewModel.Row wang = vm.rows().get(vm.rows().size() - 1);
        assertFalse(wang.before().contains(id));
        assertTrue(wang.before().contains(id.substring(0, 6) + "********") && wang.before().contains("139****5678"));
        vm.setMasking(false);
        assertFalse(ledger.read(Privacy::masking));
        assertEquals("关闭号码遮盖", vm.rows().get(0).action(), "the change is at the top of the log");
        assertTrue(vm.rows().get(vm.rows().size() - 1).before().contains(id));
    }

    @Test
    void exportTakesThePageFilterAndAFullExportIsRecorded() throws Exception {
        vm.whoProperty().set("wang");
        Path out = dir.resolve("log.csv");
        dialogs.choices.add(1);
        dialogs.files.add(out);
        vm.export();
        String csv = Files.readString(out);
        assertTrue(csv.contains(id), "full values were chosen");
        assertFalse(csv.contains(",li,"), "only wang's entries: " + csv);
        assertTrue(csv.contains(",wang,人员,1,修改,"), "entity and action by their labels: " + csv);
        assertEquals("EXPORT_UNMASKED", ledger.read(s -> s.audit().recent(1).get(0).action()));
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("info: 导出")));
    }
}
