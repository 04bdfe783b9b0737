package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinye.ledger.io.CorpusFiles.UNIT;
import static org.xinye.ledger.io.CorpusFiles.UNIT_CODE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.ImportUndo;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.ReconcileQueries;

/** Reconciling against the ledger, committing atomically, undoing exactly. */
class ImportLedgerTest {
    static final String ZHANG = TestIds.id("150203", LocalDate.of(1990, 1, 2), 11);
    static final String LI = TestIds.id("150203", LocalDate.of(1991, 2, 3), 22);
    static final String WANG = TestIds.id("150203", LocalDate.of(1992, 3, 4), 33);
    static final String ZHAO = TestIds.id("150203", LocalDate.of(1993, 4, 5), 44);
    static final String SUN = TestIds.id("150203", LocalDate.of(1994, 5, 6), 55);
    static final String HEADER = "姓名,身份证号,手机号,所在企业,所在街道,政治面貌";

    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private Path csv(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private Path first() throws IOException {
        return csv("a.csv", HEADER,
                "张伟," + ZHANG + ",13800000001," + UNIT + ",少先路街道,群众",
                "李娜," + LI + ",13800000002," + UNIT + ",少先路街道,中共党员",
                "王芳," + WANG + ",13800000003," + UNIT + ",沼潭街道,群众");
    }

    private Path second() throws IOException {
        return csv("b.csv", HEADER,
                "张伟," + ZHANG + ",13800000001," + UNIT + ",少先路街道,群众",
                "李娜," + LI + ",13900000002," + UNIT + ",少先路街道,",
                "王芳," + WANG + ",13800000003,安捷物流总部,沼潭街道,群众",
                "赵敏," + ZHAO + ",13800000004," + UNIT + ",,群众");
    }

    @Test
    void reconcilesNewChangedUnchangedMovedAndNeverErasesWithEmptyCells() throws IOException {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("r.xldb"))) {
            ImportResult a = ImportFixture.run(ledger, ImportFixture.request(first(), ImportType.WORKERS));
            assertEquals(3, a.inserted());
            assertEquals(0, a.exitCode());
            List<ParsedRow> rows = new java.util.ArrayList<>();
            ImportResult b = new Importer(ledger, java.time.Clock.systemDefaultZone()).run(
                    ImportFixture.request(second(), ImportType.WORKERS).build(), rows::add, ImportProgress.NONE, 0);
            assertEquals(4, b.rows());
            assertEquals(1, b.inserted());
            assertEquals(2, b.updated());
            assertEquals(1, b.moved());
            assertEquals(1, b.unchanged());
            assertEquals(ParsedRow.Outcome.UNCHANGED, rows.get(0).outcome());
            assertEquals(ParsedRow.Outcome.CHANGED, rows.get(1).outcome());
            assertEquals(List.of(Field.MOBILE), rows.get(1).changed(), "only the mobile; the blank 政治面貌 erases nothing");
            assertEquals(ParsedRow.Outcome.MOVED, rows.get(2).outcome());
            assertEquals(UNIT, rows.get(2).movedFrom());
            ledger.read(s -> {
                Worker li = s.workers().byIdNumber(LI).orElseThrow();
                assertEquals("13900000002", li.mobile());
                assertEquals(PoliticalStatus.MEMBER, li.politicalStatus());
                Worker wang = s.workers().byIdNumber(WANG).orElseThrow();
                assertEquals(ImportFixture.otherUnitId(s), wang.employerId());
                List<Employment> jobs = s.workers().employments(wang.id());
                assertEquals(2, jobs.size(), "the old stint closed, a new one opened");
                Employment old = jobs.stream().filter(j -> j.to() != null).findFirst().orElseThrow();
                assertEquals(ImportFixture.unitId(s), old.enterpriseId());
                assertEquals(LocalDate.now(), old.to());
                assertTrue(jobs.stream().anyMatch(j -> j.to() == null && j.enterpriseId() == ImportFixture.otherUnitId(s)));
                assertNull(s.workers().byIdNumber(ZHAO).orElseThrow().townshipCode());
                return null;
            });
        }
    }

    @Test
    void undoOfTheLastImportRestoresEveryValueExactly() throws IOException {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("u.xldb"))) {
            Map<String, List<String>> empty = ImportFixture.dump(ledger);
            ImportFixture.run(ledger, ImportFixture.request(first(), ImportType.WORKERS)
                    .source(ImportSource.ENTERPRISE_ROSTER));
            Map<String, List<String>> afterFirst = ImportFixture.dump(ledger);
            ImportResult b = ImportFixture.run(ledger, ImportFixture.request(second(), ImportType.WORKERS)
                    .source(ImportSource.ENTERPRISE_ROSTER));
            assertTrue(b.written());
            assertNotEquals(afterFirst, ImportFixture.dump(ledger));
            ImportUndo.Undone u = assertInstanceOf(ImportUndo.Undone.class, Importer.undoLast(ledger, false));
            assertEquals(b.batchId(), u.batch().id());
            assertEquals(afterFirst, ImportFixture.dump(ledger), "every column, timestamps included");
            Importer.undoLast(ledger, false);
            assertEquals(empty, ImportFixture.dump(ledger));
            assertInstanceOf(ImportUndo.NothingToUndo.class, Importer.undoLast(ledger, false));
            ledger.read(s -> {
                assertTrue(s.importBatches().history().stream().allMatch(ImportBatches.BatchRow::undone));
                assertEquals(4, s.audit().count(), "an entry per import and per undo");
                return null;
            });
        }
    }

    @Test
    void undoRefusesToOverwriteLaterEditsUnlessForced() throws IOException {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("e.xldb"))) {
            ImportFixture.run(ledger, ImportFixture.request(first(), ImportType.WORKERS));
            ImportFixture.run(ledger, ImportFixture.request(second(), ImportType.WORKERS));
            ledger.writing(s -> {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Worker li = s.workers().byIdNumber(LI).orElseThrow();
                s.workers().update(new Worker(li.id(), li.idNumber(), "李娜娜", li.gender(), li.birthDate(), li.mobile(),
                        li.occupation(), li.employerId(), li.employerText(), li.townshipCode(), li.townshipText(),
                        li.politicalStatus(), li.status(), li.notes()));
            });
            ImportUndo.EditedSince e = assertInstanceOf(ImportUndo.EditedSince.class, Importer.undoLast(ledger, false));
            assertEquals("b.csv", e.batch().fileName());
            assertEquals(1, e.edited());
            assertInstanceOf(ImportUndo.Undone.class, Importer.undoLast(ledger, true));
            ledger.read(s -> {
                assertEquals("13800000002", s.workers().byIdNumber(LI).orElseThrow().mobile());
                return null;
            });
        }
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("same.xldb"))) {
            ImportResult a = ImportFixture.run(ledger, ImportFixture.request(first(), ImportType.WORKERS));
            Map<String, List<String>> before = ImportFixture.dump(ledger);
            ImportResult again = ImportFixture.run(ledger, ImportFixture.request(first(), ImportType.WORKERS));
            assertEquals(3, again.unchanged());
            assertFalse(again.written());
            assertEquals(a.batchId(), again.alreadyImportedBatch());
            assertEquals(before, ImportFixture.dump(ledger));
            ledger.read(s -> {
                assertEquals(1, s.importBatches().history().size(), "no second batch");
                return null;
            });
        }
    }

    @Test
    void abortWritesNothingWhenARowIsRejectedAndSkipWritesTheValidRows() throws IOException {
        Path bad = csv("bad.csv", HEADER,
                "张伟," + ZHANG + ",13800000001," + UNIT + ",少先路街道,群众",
                "坏号," + ZHANG.substring(0, 17) + "0,13800000002," + UNIT + ",少先路街道,群众",
                "李娜," + LI + ",13800000003," + UNIT + ",少先路街道,群众");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("ab.xldb"))) {
            Map<String, List<String>> before = ImportFixture.dump(ledger);
            ImportResult aborted = ImportFixture.run(ledger, ImportFixture.request(bad, ImportType.WORKERS));
            assertEquals(1, aborted.rejected());
            assertEquals(2, aborted.inserted(), "what would have been inserted");
            assertFalse(aborted.written());
            assertEquals(2, aborted.exitCode());
            assertEquals(before, ImportFixture.dump(ledger));
            ledger.read(s -> {
                assertTrue(s.importBatches().history().isEmpty());
                return null;
            });
            ImportResult skipped = ImportFixture.run(ledger, ImportFixture.request(bad, ImportType.WORKERS).skip());
            assertTrue(skipped.written());
            assertEquals(1, skipped.exitCode());
            ledger.read(s -> {
                assertEquals(2, s.workers().count());
                return null;
            });
            ImportResult dry = ImportFixture.run(ledger, ImportFixture.request(second(), ImportType.WORKERS).dryRun());
            assertEquals(2, dry.inserted());
            assertEquals(1, dry.updated());
            ledger.read(s -> {
                assertEquals(2, s.workers().count(), "a dry run writes nothing");
                return null;
            });
        }
    }

    @Test
    void rosterModeListsTheUnitsWorkersMissingAndMarksThemNeverDeletes() throws IOException {
        Path roster = csv("roster.csv", "序号,姓名,身份证号,手机号", "1,张伟," + ZHANG + ",13800000001",
                "2,孙丽," + SUN + ",13800000005");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("ro.xldb"))) {
            ImportFixture.run(ledger, ImportFixture.request(first(), ImportType.WORKERS));
            ImportResult listed = ImportFixture.run(ledger, ImportFixture.request(roster, ImportType.WORKERS)
                    .enterprise(UNIT).dryRun());
            assertEquals(List.of("李娜", "王芳"), listed.missing().stream().map(ImportStore.RosterEntry::name).sorted().toList());
            Map<String, List<String>> before = ImportFixture.dump(ledger);
            ImportResult marked = ImportFixture.run(ledger, ImportFixture.request(roster, ImportType.WORKERS)
                    .enterprise(UNIT_CODE).reconcile().markMissing(WorkerStatus.TO_VERIFY)
                    .source(ImportSource.ENTERPRISE_ROSTER));
            assertEquals(2, marked.missing().size());
            ledger.read(s -> {
                assertEquals(4, s.workers().count(), "nobody deleted");
                assertEquals(WorkerStatus.TO_VERIFY, s.workers().byIdNumber(LI).orElseThrow().status());
                assertEquals(ImportFixture.unitId(s), s.workers().byIdNumber(SUN).orElseThrow().employerId(),
                        "a roster row without employer belongs to the roster's unit");
                return null;
            });
            Importer.undoLast(ledger, false);
            assertEquals(before, ImportFixture.dump(ledger));
        }
    }

    @Test
    void sourcesDisagreeingAndCountsThatDifferAreListed() throws IOException {
        Path canvass = csv("mp.csv", HEADER,
                "张伟," + ZHANG + ",13800000001,安捷物流总部,少先路街道,群众",
                "李娜," + LI + ",13700000002," + UNIT + ",少先路街道,中共党员");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("src.xldb"))) {
            ImportFixture.run(ledger, ImportFixture.request(first(), ImportType.WORKERS)
                    .source(ImportSource.ENTERPRISE_ROSTER));
            ImportFixture.run(ledger, ImportFixture.request(canvass, ImportType.WORKERS)
                    .source(ImportSource.CANVASSING));
            ledger.writing(s -> org.xinye.ledger.store.Sql.update(s.connection(),
                    "UPDATE enterprise SET declared_workers = 5 WHERE credit_code = ?", UNIT_CODE));
            ledger.read(s -> {
                ReconcileQueries st = s.reconcile();
                assertEquals(List.of("王芳"), st.singleSource().stream().map(ReconcileQueries.SingleSource::name).toList());
                assertEquals(List.of("张伟", "李娜"), st.disagreements().stream()
                        .map(ReconcileQueries.Disagreement::name).sorted().toList());
                ReconcileQueries.Disagreement zhang = st.disagreements().stream().filter(d -> d.name().equals("张伟"))
                        .findFirst().orElseThrow();
                assertEquals(List.of("安捷物流总部", UNIT), zhang.sources().stream()
                        .map(ImportStore.SourceRow::employerText).sorted().toList());
                List<ReconcileQueries.CountMismatch> counts = st.countMismatches();
                assertEquals(1, counts.size());
                assertEquals(5, counts.get(0).declared());
                assertEquals(2, counts.get(0).inLedger(), "张伟 moved away; 李娜 and 王芳 remain");
                return null;
            });
        }
    }

    @Test
    void employerByCreditCodeFirstAndTownshipsQualifiedByCounty() throws IOException {
        Path f = csv("code.csv", "姓名,身份证号,工作单位,统一社会信用代码,区县,所在街道",
                "张伟," + ZHANG + ",写错的单位名," + UNIT_CODE + ",,少先路街道",
                "李娜," + LI + ",,,昆都仑区,少先路街道",
                "王芳," + WANG + ",,,,昆都仑区/少先路街道");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("t.xldb"))) {
            ledger.writing(s -> s.regions().upsert(List.of(new Region("150202099000", "少先路街道", RegionLevel.TOWNSHIP,
                    "150202000000"))));
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS));
            assertEquals(1, r.warnings());
            Issue w = r.warningList().get(0);
            assertEquals("township.ambiguous", w.code());
            assertEquals(2, w.row());
            assertEquals("区划待匹配：“少先路街道”在 东河区、昆都仑区 都有，已照原文记录。", w.message());
            ledger.read(s -> {
                assertEquals(ImportFixture.unitId(s), s.workers().byIdNumber(ZHANG).orElseThrow().employerId(),
                        "the credit code decides over a mistyped name");
                assertEquals("150203001000", s.workers().byIdNumber(LI).orElseThrow().townshipCode());
                assertEquals("150203001000", s.workers().byIdNumber(WANG).orElseThrow().townshipCode());
                assertEquals(1, s.reconcile().unmatched().size(), "张伟's township waits in the follow-up list");
                return null;
            });
        }
    }

    @Test
    void aTownshipWhoseNameBeginsWithItsCitysNameIsFoundAsWritten() throws IOException {
        Path f = csv("park.csv", "姓名,身份证号,所在街道",
                "张伟," + ZHANG + ",包头市装备制造产业园区",
                "李娜," + LI + ",青山区包头市装备制造产业园区",
                "王芳," + WANG + ",包头市少先路");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("park.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS));
            assertEquals(List.of(), r.warningList());
            ledger.read(s -> {
                assertEquals("150204401000", s.workers().byIdNumber(ZHANG).orElseThrow().townshipCode());
                assertEquals("150204401000", s.workers().byIdNumber(LI).orElseThrow().townshipCode());
                assertEquals("150203001000", s.workers().byIdNumber(WANG).orElseThrow().townshipCode(),
                        "a city's name before a township's is still taken off");
                return null;
            });
        }
    }

    @Test
    void aCodeThatPointsAtOneUnitWithTheNameOfAnotherIsFlagged() throws IOException {
        String other = "安捷物流总部";
        Path units = csv("units2.csv", "单位名称,统一社会信用代码", other + ",", UNIT + "," + UNIT_CODE);
        Path crossed = csv("crossed.csv", "单位名称,统一社会信用代码", other + "," + UNIT_CODE);
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("crossed.xldb"))) {
            ImportFixture.run(ledger, ImportFixture.request(units, ImportType.ENTERPRISES));
            List<ParsedRow> rows = new java.util.ArrayList<>();
            new Importer(ledger, java.time.Clock.systemDefaultZone()).run(
                    ImportFixture.request(crossed, ImportType.ENTERPRISES).build(), rows::add, ImportProgress.NONE, 0);
            Issue warning = rows.get(0).issues().stream().filter(i -> i.code().equals("unit.codeNameConflict"))
                    .findFirst().orElseThrow();
            assertTrue(warning.message().contains("“" + UNIT + "”") && warning.message().contains("“" + other + "”"),
                    warning.message());
        }
    }

    @Test
    void aNameIsUpdatedOnlyWhenItReallyDiffersAndIsStoredAsTyped() throws IOException {
        String full = "迅达快递（包头）有限公司";
        Path units = csv("units.csv", "单位名称,统一社会信用代码,备注", full + ",,（总部）", UNIT + "," + UNIT_CODE + ",");
        Path ascii = csv("ascii.csv", "单位名称,统一社会信用代码,备注", "迅达快递(包头)有限公司,,(总部)",
                "迅达快递少先路站（新）," + UNIT_CODE + ",");
        Path workers = csv("w.csv", "姓名,身份证号,工作单位", "阿依古丽·买买提," + ZHANG + ",新开的驿站（东）");
        Path workersAgain = csv("w2.csv", "姓名,身份证号,工作单位", "阿依古丽 · 买买提," + ZHANG + ",新开的驿站(东)");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("names.xldb"))) {
            assertEquals(1, ImportFixture.run(ledger, ImportFixture.request(units, ImportType.ENTERPRISES)).inserted());
            List<ParsedRow> rows = new java.util.ArrayList<>();
            ImportResult r = new Importer(ledger, java.time.Clock.systemDefaultZone()).run(
                    ImportFixture.request(ascii, ImportType.ENTERPRISES).build(), rows::add, ImportProgress.NONE, 0);
            assertEquals(ParsedRow.Outcome.UNCHANGED, rows.get(0).outcome(), "only normalization differs");
            assertEquals(List.of(Field.UNIT_NAME), rows.get(1).changed(), "a real rename, found by its code");
            assertEquals(1, r.updated());
            ImportFixture.run(ledger, ImportFixture.request(workers, ImportType.WORKERS));
            ImportResult again = ImportFixture.run(ledger, ImportFixture.request(workersAgain, ImportType.WORKERS));
            assertEquals(1, again.unchanged());
            ledger.read(s -> {
                assertEquals(1, s.enterprises().byName(full).size(), "stored as typed, full-width brackets kept");
                assertEquals("（总部）", s.enterprises().byName(full).get(0).notes());
                assertEquals("迅达快递少先路站（新）", s.enterprises().byCreditCode(UNIT_CODE).orElseThrow().name());
                Worker w = s.workers().byIdNumber(ZHANG).orElseThrow();
                assertEquals("阿依古丽·买买提", w.name());
                assertEquals("新开的驿站（东）", w.employerText());
                return null;
            });
        }
    }

    @Test
    void wizardChoicesCreateOrMapUnmatchedEmployers() throws IOException {
        Path f = csv("new.csv", HEADER, "张伟," + ZHANG + ",13800000001,新开的驿站,少先路街道,群众",
                "李娜," + LI + ",13800000002,安捷物流,少先路街道,群众");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("w.xldb"))) {
            ImportResult preview = ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS).dryRun());
            assertEquals(Map.of("新开的驿站", 1, "安捷物流", 1), preview.unmatchedEmployers());
            long other = ledger.read(ImportFixture::otherUnitId);
            Map<String, List<String>> before = ImportFixture.dump(ledger);
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS)
                    .choose("新开的驿站", ImportRequest.CREATE).choose("安捷物流", other));
            assertEquals(0, r.warnings());
            ledger.read(s -> {
                long created = s.enterprises().byName("新开的驿站").get(0).id();
                assertEquals(created, s.workers().byIdNumber(ZHANG).orElseThrow().employerId());
                assertEquals(other, s.workers().byIdNumber(LI).orElseThrow().employerId());
                return null;
            });
            Importer.undoLast(ledger, false);
            assertEquals(before, ImportFixture.dump(ledger), "the unit created by the import goes with it");
        }
    }

    @Test
    void columnsCanBeMappedByHandAndAMissingRequiredColumnIsNamed() throws IOException {
        Path f = csv("odd.csv", "人名,证件,电话", "张伟," + ZHANG + ",13800000001");
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("m.xldb"))) {
            FileRefusedException e = assertThrows(FileRefusedException.class,
                    () -> ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS).map("证件", "idNumber")));
            assertEquals(FileRefusedException.Cause.LAYOUT, e.refusal());
            assertEquals("文件 odd.csv 缺少必需的列：姓名。现有的列：人名、证件、电话。请在“列对应”中指定对应的列（命令行 --map 表头=字段）。",
                    e.getLocalizedMessage());
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS)
                    .map("证件", "idNumber").map("人名", "姓名").map("电话", "mobile"));
            assertEquals(1, r.inserted());
            ImportResult byColumn = ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS)
                    .map("证件", "idNumber").map("人名", "name").column(2, null).dryRun());
            assertEquals(1, byColumn.unchanged(), "the phone column left out: nothing to change");
        }
    }

    @Test
    void aQuoteLeftOpenRefusesTheFileWhereverItIsAndWritesNothing() throws IOException {
        List<String> near = new java.util.ArrayList<>(List.of("姓名,身份证号,备注", "甲九," + TestIds.id(9) + ",好",
                "甲十," + TestIds.id(10) + ",\"未闭合", "甲十一," + TestIds.id(11) + ",正常"));
        // Far below the rows searched for the header, so the refusal comes from the reading thread.
        List<String> far = new java.util.ArrayList<>(List.of("姓名,身份证号,备注"));
        for (int i = 0; i < 2500; i++) {
            far.add("人员" + i + "," + TestIds.id(100 + i) + ",");
        }
        far.addAll(near.subList(2, 4));
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("q.xldb"))) {
            Map<String, List<String>> before = ImportFixture.dump(ledger);
            for (Path f : List.of(csv("near.csv", near.toArray(String[]::new)),
                    csv("far.csv", far.toArray(String[]::new)))) {
                FileRefusedException e = assertThrows(FileRefusedException.class,
                        () -> ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS).skip()));
                String line = f.getFileName().toString().equals("near.csv") ? "第 3 行" : "第 2502 行";
                assertTrue(e.getLocalizedMessage().contains(f.getFileName().toString())
                        && e.getLocalizedMessage().contains(line), e.getLocalizedMessage());
            }
            assertEquals(before, ImportFixture.dump(ledger));
        }
    }

    @Test
    void aHeaderLostToAGuessedEncodingSaysTheEncodingMayBeWrong() throws IOException {
        Path f = dir.resolve("bytes.csv");
        byte[] text = ("姓名,身份证号,备注\n张伟," + ZHANG + ",").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
        bytes[text.length] = (byte) 0xFF;
        bytes[text.length + 1] = '\n';
        Files.write(f, bytes);
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("enc.xldb"))) {
            FileRefusedException e = assertThrows(FileRefusedException.class,
                    () -> ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS)));
            assertEquals(FileRefusedException.Cause.LAYOUT, e.refusal());
            assertTrue(e.getLocalizedMessage().contains("bytes.csv") && e.getLocalizedMessage().contains("GB18030")
                    && e.getLocalizedMessage().contains("CSV UTF-8"), e.getLocalizedMessage());
        }
    }
}
