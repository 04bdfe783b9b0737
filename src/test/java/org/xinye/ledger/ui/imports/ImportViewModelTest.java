package org.xinye.ledger.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.io.imports.Field;
import org.xinye.ledger.io.imports.ImportFixture;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.TestDay;

/** The wizard driven as a plain object: every step, the choices, commit, export and undo. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void wizardFromFileToSummaryAndBack() throws Exception {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("vm.xldb"))) {
            FakeDialogs dialogs = new FakeDialogs();
            Workspace ws = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
            ws.setLedger(ledger);
            Map<String, List<String>> before = ImportFixture.dump(ledger);
            ImportViewModel vm = new ImportViewModel(ws);
            vm.fileProperty().set("src/test/resources/org/xinye/ledger/io/corpus/workers_wps.xlsx");
            vm.next();
            assertEquals(ImportViewModel.Step.MAPPING, vm.stepProperty().get());
            assertEquals(List.of("花名册", "旧名单"), vm.mapping().sheets().stream().map(s -> s.name()).toList());
            assertEquals("花名册", vm.mapping().sheetProperty().get().name());
            ColumnChoice id = vm.mapping().columns().stream().filter(c -> c.header().equals("身份证号码（18位）"))
                    .findFirst().orElseThrow();
            assertEquals(Field.ID_NUMBER, id.fieldProperty().get());
            assertTrue(id.sample().startsWith("150203********"), "samples are masked: " + id.sample());
            vm.next();
            assertEquals(ImportViewModel.Step.PREVIEW, vm.stepProperty().get(), vm.messageProperty().get());
            assertEquals(9, vm.preview().rows().size());
            assertTrue(vm.preview().counts().startsWith("共 9 行：新增 5，更新 0（其中换单位 0），未变 0，拒绝 4；提示 5 条"),
                    vm.preview().counts());
            vm.preview().filterProperty().set(ImportPreview.Filter.REJECTED);
            assertEquals(List.of(7, 8, 9, 10), vm.preview().shownRows().stream().map(ParsedRow::number).toList());
            EmployerChoice unknown = vm.preview().unmatched().get(0);
            assertEquals("不存在的公司", unknown.name());
            unknown.targetProperty().set(EmployerChoice.Target.CREATE);

            vm.abortOnErrorProperty().set(true);
            vm.commit();
            assertEquals(ImportViewModel.Step.PREVIEW, vm.stepProperty().get(), "abort blocks a file with rejected rows");
            assertTrue(vm.messageProperty().get().contains("4 行被拒绝"));
            vm.abortOnErrorProperty().set(false);
            vm.commit();
            assertEquals(ImportViewModel.Step.SUMMARY, vm.stepProperty().get(), vm.messageProperty().get());
            assertTrue(vm.commitStep().summaryProperty().get().startsWith("已导入台账（导入批次 1）"), vm.commitStep().summaryProperty().get());
            assertTrue(vm.commitStep().canUndoProperty().get());
            ledger.read(s -> {
                assertEquals(5, s.workers().count());
                assertEquals(1, s.enterprises().byName("不存在的公司").size(), "created as chosen");
                return null;
            });
            Path report = dir.resolve("back.xlsx");
            dialogs.files.add(report);
            vm.commitStep().exportProblems();
            assertTrue(Files.size(report) > 0);
            assertEquals(1, vm.lists().history().size(), "the history follows every change");
            assertTrue(vm.lists().anyToUndoProperty().get(), "导入记录 offers 撤销最近一次导入");
            vm.commitStep().undoLast();
            assertEquals(before, ImportFixture.dump(ledger));
            assertTrue(vm.lists().history().get(0).undone());
            assertFalse(vm.commitStep().canUndoProperty().get(), "nothing left to undo from this summary");
            assertFalse(vm.lists().anyToUndoProperty().get(), "nor from 导入记录");
            assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("confirm: 撤销导入")));
            vm.restart();
            assertEquals(ImportViewModel.Step.FILE, vm.stepProperty().get());
        }
    }

    @Test
    void aFileAlreadyImportedOffersNoUndoThatWouldTakeBackTheEarlierBatch() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("again.xldb"))) {
            Workspace ws = new Workspace(StepBackground.runNow(), new FakeDialogs(), Clock.systemDefaultZone());
            ws.setLedger(ledger);
            ImportViewModel vm = new ImportViewModel(ws);
            for (int round = 1; round <= 2; round++) {
                vm.restart();
                vm.fileProperty().set("src/test/resources/org/xinye/ledger/io/corpus/workers_wps.xlsx");
                vm.next();
                vm.next();
                vm.commit();
                assertEquals(ImportViewModel.Step.SUMMARY, vm.stepProperty().get(), vm.messageProperty().get());
            }
            assertTrue(vm.commitStep().summaryProperty().get().startsWith("该文件已于批次 1 导入"), vm.commitStep().summaryProperty().get());
            assertFalse(vm.commitStep().canUndoProperty().get());
        }
    }

    /** The wizard on {@code ledger}, its background work done at once, its questions asked of {@code dialogs}. */
    private static ImportViewModel wizard(Ledger ledger, FakeDialogs dialogs) {
        Workspace ws = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        ws.setLedger(ledger);
        return new ImportViewModel(ws);
    }

    /** 撤销导入 after a record it wrote was edited asks again, in the window's words (no CLI option in it). */
    @Test
    void undoingAnEditedImportAsksAgainInTheWindowsWords() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("edited.xldb"))) {
            FakeDialogs dialogs = new FakeDialogs();
            ImportViewModel vm = wizard(ledger, dialogs);
            vm.fileProperty().set("src/test/resources/org/xinye/ledger/io/corpus/workers_wps.xlsx");
            vm.next();
            vm.next();
            vm.commit();
            assertEquals(ImportViewModel.Step.SUMMARY, vm.stepProperty().get(), vm.messageProperty().get());
            Worker w = ledger.read(s -> s.enterprises().all().stream().flatMap(u -> s.workers().ofEmployer(u.id()).stream())
                    .findFirst().orElseThrow());
            ledger.write(s -> s.changes().edit(ChangeLog.UPDATE, ChangeLog.Key.of(Aggregate.WORKER, w.id()),
                    () -> s.workers().update(new Worker(w.id(), w.idNumber(), w.name(), w.gender(), w.birthDate(),
                            w.mobile(), w.occupation(), w.employerId(), w.employerText(), w.townshipCode(),
                            w.townshipText(), w.politicalStatus(), w.status(), "导入后改过"))));
            dialogs.confirmAnswers.add(true);
            dialogs.confirmAnswers.add(false);
            vm.commitStep().undoLast();
            String again = dialogs.shown.get(dialogs.shown.size() - 1);
            assertTrue(again.startsWith("confirm: 撤销导入") && again.contains("有 1 条在导入后又被修改过")
                    && again.endsWith("仍然撤销吗？") && !again.contains("--force"), again);
            assertFalse(vm.lists().history().get(0).undone(), "answered no: nothing undone");
        }
    }

    @Test
    void aColumnLeftOutIsNotImportedAndARefusedFileSaysWhy() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("m.xldb"))) {
            FakeDialogs dialogs = new FakeDialogs();
            ImportViewModel vm = wizard(ledger, dialogs);
            vm.fileProperty().set("src/test/resources/org/xinye/ledger/io/corpus/encrypted.xlsx");
            vm.next();
            assertEquals(ImportViewModel.Step.FILE, vm.stepProperty().get());
            assertTrue(vm.messageProperty().get().contains("密码"), vm.messageProperty().get());
            assertTrue(dialogs.shown.get(0).startsWith("error: 无法导入"));
            vm.fileProperty().set("src/test/resources/org/xinye/ledger/io/corpus/workers_wps.xlsx");
            vm.next();
            vm.mapping().columns().stream().filter(c -> c.fieldProperty().get() == Field.MOBILE).findFirst().orElseThrow()
                    .fieldProperty().set(null);
            vm.next();
            assertFalse(vm.preview().rows().stream().flatMap(r -> r.issues().stream()).anyMatch(i -> i.field() == Field.MOBILE));
        }
    }

    @Test
    void problemRowsGoBackWithFullNumbersOnlyAfterAConfirmationAndTheAuditLogSaysSo() throws Exception {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("full.xldb"))) {
            FakeDialogs dialogs = new FakeDialogs();
            ImportViewModel vm = wizard(ledger, dialogs);
            vm.fileProperty().set("src/test/resources/org/xinye/ledger/io/corpus/workers_wps.xlsx");
            vm.next();
            vm.next();
            assertEquals(ImportViewModel.Step.PREVIEW, vm.stepProperty().get());
            assertFalse(vm.commitStep().fullNumbersProperty().get(), "masked is the default");
            Path masked = dir.resolve("masked.xlsx");
            dialogs.files.add(masked);
            vm.commitStep().exportProblems();
            String id = org.xinye.ledger.io.CorpusFiles.ID_ZHANG;
            assertFalse(cells(masked).contains(id), "masked");

            vm.commitStep().fullNumbersProperty().set(true);
            Path full = dir.resolve("full.xlsx");
            dialogs.confirmAnswers.add(false);
            dialogs.files.add(full);
            vm.commitStep().exportProblems();
            assertFalse(Files.exists(full), "declined: nothing written");
            dialogs.files.clear();
            dialogs.confirmAnswers.add(true);
            dialogs.files.add(full);
            vm.commitStep().exportProblems();
            assertTrue(cells(full).contains(id), "the enterprise gets the numbers to find its rows");
            assertTrue(dialogs.shown.stream().anyMatch(d -> d.startsWith("confirm: 导出完整号码")), dialogs.shown.toString());
            assertTrue(vm.messageProperty().get().contains("已记入操作日志"), vm.messageProperty().get());
            List<String> actions = ledger.read(s -> s.audit().recent(10)).stream()
                    .map(org.xinye.ledger.domain.AuditEntry::action).toList();
            assertEquals(List.of("EXPORT_UNMASKED", "EXPORT"), actions.subList(0, 2));
        }
    }

    private static String cells(Path xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (org.xinye.ledger.io.sheet.Workbook wb = org.xinye.ledger.io.sheet.Spreadsheets.open(xlsx);
             org.xinye.ledger.io.sheet.RowCursor c = wb.rows(wb.sheets().get(0))) {
            org.xinye.ledger.io.sheet.Row r;
            while ((r = c.next()) != null) {
                for (int i = 0; i < r.cells().length; i++) {
                    b.append(r.text(i)).append('|');
                }
            }
        }
        return b.toString();
    }
}
