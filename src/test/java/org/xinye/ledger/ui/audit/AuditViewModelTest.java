package org.xinye.ledger.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.AuditEntry;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.AuditLine;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/** The 操作日志 reads as sentences: who did what to which record, field by field, filtered and exported. */
class AuditViewModelTest {
    private static final String NEW_MOBILE = "13912345678";
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Ledger ledger;
    private AuditViewModel vm;
    private Worker changed;
    private Worker deleted;
    private String unitName;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("audit.xldb"), Ledger.Mode.WRITE);
        new DemoData(5, 300, LocalDate.now()).fill(ledger, p -> { });
        Instant yesterday = LocalDate.now().minusDays(1).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
        List<Worker> two = ledger.read(s -> s.enterprises().all().stream()
                .flatMap(e -> s.workers().ofEmployer(e.id()).stream()).filter(w -> w.mobile() != null).limit(2).toList());
        changed = two.get(0);
        deleted = two.get(1);
        long unit = ledger.read(s -> s.enterprises().all().get(0).id());
        unitName = ledger.read(s -> s.enterprises().get(unit).orElseThrow().name());
        ledger.writing(s -> {
            Key k = Key.of(Aggregate.WORKER, changed.id());
            String before = s.changes().capture(k);
            Worker w = changed;
            s.workers().update(new Worker(w.id(), w.idNumber(), w.name(), w.gender(), w.birthDate(), NEW_MOBILE,
                    w.occupation(), w.employerId(), w.employerText(), w.townshipCode(), w.townshipText(),
                    w.politicalStatus(), w.status(), w.notes()));
            s.audit().append(new AuditEntry(null, yesterday, "wang", "worker", w.id(), "UPDATE", before,
                    s.changes().capture(k)));
            s.audit().append(new AuditEntry(null, Instant.now(), "li", "enterprise", unit, "CREATE", null,
                    s.changes().capture(Key.of(Aggregate.ENTERPRISE, unit))));
            s.audit().append(new AuditEntry(null, Instant.now(), "li", "worker", deleted.id(), "DELETE",
                    s.changes().capture(Key.of(Aggregate.WORKER, deleted.id())), null));
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

    private AuditViewModel.Row rowBy(String who) {
        return vm.rows().stream().filter(r -> r.who().equals(who)).findFirst().orElseThrow();
    }

    @Test
    void eachEntryIsASentenceThatNamesTheRecordAPersonWithTheMaskedIdNumber() {
        AuditViewModel.Row removal = vm.rows().stream().filter(r -> r.line().action().equals("DELETE")).findFirst()
                .orElseThrow();
        assertEquals("删除人员“" + deleted.name() + "（" + Masking.idNumber(deleted.idNumber()) + "）”", removal.sentence());
        assertTrue(vm.rows().stream().anyMatch(r -> r.sentence().equals("新建单位“" + unitName + "”")));
        AuditViewModel.Row demo = vm.rows().get(vm.rows().size() - 1);
        assertTrue(demo.sentence().startsWith("载入示例数据：单位 "), "a whole-ledger event with its counts: " + demo.sentence());
        for (AuditViewModel.Row r : vm.rows()) {
            assertFalse(r.sentence().contains("{") || r.changes().contains("{") || r.sentence().contains("worker"),
                    "no JSON, no codes: " + r);
        }
    }

    @Test
    void aChangeListsEachFieldBeforeAndAfterWithItsChineseName() {
        AuditViewModel.Row update = rowBy("wang");
        assertEquals("修改人员“" + changed.name() + "（" + Masking.idNumber(changed.idNumber()) + "）”", update.sentence());
        AuditLine.FieldChange mobile = update.line().fields().get(0);
        assertEquals("手机号", mobile.column());
        assertEquals(Masking.mobile(changed.mobile()), mobile.before());
        assertEquals(Masking.mobile(NEW_MOBILE), mobile.after());
        assertTrue(update.changes().startsWith("手机号：" + Masking.mobile(changed.mobile()) + " → " + Masking.mobile(NEW_MOBILE)),
                update.changes());
        vm.selectedProperty().set(update);
        assertNotNull(vm.selectedProperty().get());
        vm.load();
        assertEquals(update.line().id(), vm.selectedProperty().get().line().id(), "the entry shown in full stays chosen");
    }

    @Test
    void filtersByWhoObjectActionDayAndText() {
        assertEquals(4, vm.rows().size());
        assertTrue(vm.whoChoices().containsAll(List.of("", "li", "wang")));
        vm.whoProperty().set("li");
        vm.load();
        assertEquals(2, vm.rows().size());
        vm.entityProperty().set("worker");
        vm.load();
        assertEquals(1, vm.rows().size());
        assertEquals("删除", vm.rows().get(0).line().actionLabel(), "codes are shown by their labels");
        vm.resetFilter();
        vm.fromProperty().set(LocalDate.now());
        vm.load();
        assertEquals(3, vm.rows().size(), "today only");
        vm.fromProperty().set(null);
        vm.toProperty().set(LocalDate.now().minusDays(1));
        vm.load();
        assertEquals("wang", vm.rows().get(0).who());
        assertTrue(vm.countTextProperty().get().contains("共 1 条"), vm.countTextProperty().get());
        vm.resetFilter();
        vm.textProperty().set(deleted.name());
        vm.load();
        assertTrue(vm.rows().stream().allMatch(r -> r.sentence().contains(deleted.name())), "found by the record's name");
        assertFalse(vm.logEmptyProperty().get());
    }

    @Test
    void personalNumbersAreMaskedWhileTheSettingIsOnAndTurningItOffIsLogged() {
        assertFalse(rowBy("wang").changes().contains(NEW_MOBILE));
        vm.setMasking(false);
        assertFalse(ledger.read(Privacy::masking));
        assertEquals("关闭号码遮盖", vm.rows().get(0).sentence(), "the change is at the top of the log");
        assertTrue(rowBy("wang").changes().contains(NEW_MOBILE));
        assertTrue(rowBy("wang").sentence().contains(Masking.idNumber(changed.idNumber())),
                "a person is named with the masked ID number even then");
    }

    @Test
    void exportTakesThePageFilterWritesTheSentencesAndAFullExportIsRecorded() throws Exception {
        vm.whoProperty().set("wang");
        Path out = dir.resolve("log.csv");
        dialogs.choices.add(1);
        dialogs.files.add(out);
        vm.export();
        String csv = Files.readString(out);
        assertTrue(csv.contains(NEW_MOBILE), "full values were chosen: " + csv);
        assertFalse(csv.contains(",li,"), "only wang's entries: " + csv);
        assertTrue(csv.contains(",wang,修改人员“" + changed.name()), "the sentence, as on the page: " + csv);
        assertTrue(csv.contains("手机号："), csv);
        assertEquals("EXPORT_UNMASKED", ledger.read(s -> s.audit().recent(1).get(0).action()));
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("info: 导出")));
    }

    @Test
    void aLedgerWithoutEntriesSaysSo(@TempDir Path other) {
        try (Ledger fresh = Ledger.open(other.resolve("new.xldb"), Ledger.Mode.WRITE)) {
            Workspace workspace = new Workspace(StepBackground.runNow(), dialogs, Clock.systemDefaultZone());
            workspace.setLedger(fresh);
            AuditViewModel empty = new AuditViewModel(workspace);
            empty.shown();
            assertTrue(empty.logEmptyProperty().get());
            assertTrue(empty.rows().isEmpty());
        }
    }
}
