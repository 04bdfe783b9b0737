package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinye.ledger.io.CorpusFiles.ID_HUANG;
import static org.xinye.ledger.io.CorpusFiles.ID_LI;
import static org.xinye.ledger.io.CorpusFiles.ID_WANG;
import static org.xinye.ledger.io.CorpusFiles.ID_ZHANG;
import static org.xinye.ledger.io.CorpusFiles.ID_ZHAO;
import static org.xinye.ledger.io.CorpusFiles.UNIT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.Ledger;

/** Each file of the corpus, imported, with its exact counts, codes and messages. */
class ImportCorpusTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    static Path corpus(String name) {
        return Path.of("src/test/resources/org/xinye/ledger/io/corpus", name);
    }

    private static String codes(List<Issue> issues) {
        return issues.stream().map(i -> i.row() + ":" + i.code()).collect(Collectors.joining(" "));
    }

    @Test
    void wpsStyleXlsxRoster() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("a.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(corpus("workers_wps.xlsx"), ImportType.WORKERS)
                    .skip());
            assertWorkersCorpus(r, ledger, "花名册");
        }
    }

    @Test
    void xlsRoster() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("b.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(corpus("workers.xls"), ImportType.WORKERS)
                    .skip());
            assertWorkersCorpus(r, ledger, "花名册");
        }
    }

    /** The same roster as a web system's HTML "export to Excel" (GBK, spans) and as Excel 2003 XML: the same results. */
    @Test
    void webPageAndExcel2003XmlRostersImportLikeTheirXlsxTwin() {
        for (String name : List.of("workers_web.xls", "workers_2003xml.xls")) {
            try (Ledger ledger = ImportFixture.ledger(dir.resolve(name + ".xldb"))) {
                ImportResult r = ImportFixture.run(ledger, ImportFixture.request(corpus(name), ImportType.WORKERS)
                        .skip());
                assertWorkersCorpus(r, ledger, name.endsWith("web.xls") ? "表 2" : "花名册");
                if (name.endsWith("web.xls")) {
                    assertEquals("身份证号被存成了数字（1.5020*E+17），末几位已经丢失：请把该列设为“文本”格式后重新录入。",
                            r.errors().get(0).message(), "a page shows the number as the sheet it came from did");
                }
            }
        }
    }

    /** A page's tables are its sheets: named 表 1, 表 2 … (or by caption), chosen as a sheet is; the largest by default. */
    @Test
    void aWebPagesTableIsChosenByName() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("tables.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(corpus("workers_web.xls"), ImportType.WORKERS)
                    .sheet("表2").skip().dryRun());
            assertEquals("表 2", r.sheet());
            assertEquals(9, r.rows());
            org.xinye.ledger.io.sheet.FileRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.xinye.ledger.io.sheet.FileRefusedException.class, () -> ImportFixture.run(ledger,
                            ImportFixture.request(corpus("workers_web.xls"), ImportType.WORKERS).sheet("表 1")));
            assertEquals(org.xinye.ledger.io.sheet.FileRefusedException.Cause.LAYOUT, e.refusal(),
                    "the navigation table has no roster header: " + e.getLocalizedMessage());
        }
    }

    private static void assertWorkersCorpus(ImportResult r, Ledger ledger, String sheet) {
        assertEquals(sheet, r.sheet(), "the hidden sheet is skipped");
        assertEquals(3, r.layout().headerRow(), "below the title and the stamp line");
        assertEquals(List.of("包头市昆都仑区新就业群体从业人员花名册", "填报单位（盖章）：迅达快递少先路站 填报日期：2024年6月1日"),
                r.layout().preamble());
        assertTrue(r.layout().columns().get(0).sequence(), "序号 is not imported");
        assertEquals(9, r.rows(), "the 合计 line and everything after 填表人 are not data");
        assertEquals(5, r.inserted());
        assertEquals(4, r.rejected());
        assertEquals(5, r.warnings());
        assertEquals("7:id.numeric 8:dup.id 9:name.empty 10:id.check", codes(r.errors()));
        assertEquals("11:gender.mismatch 11:mobile.invalid 11:value.unknown 11:employer.unmatched 11:township.unmatched",
                codes(r.warningList()));
        Issue numeric = r.errors().get(0);
        assertEquals("身份证号码（18位）", numeric.column());
        assertTrue(numeric.message().startsWith(r.format().equals("html") ? "身份证号被存成了数字（1.5020"
                : "身份证号被存成了数字（150203********"), numeric.message());
        assertEquals("请把该列设为“文本”格式，重新录入完整的 18 位号码。", numeric.hint());
        assertEquals("与第 4 行的身份证号重复，本行未导入。", r.errors().get(1).message());
        assertEquals("150203********" + ID_ZHANG.substring(14), r.errors().get(1).shownValue(), "values are masked");
        assertEquals("性别“男”与身份证号不符（身份证号为女），已按身份证号记录。", r.warningList().get(0).message());
        assertEquals("“党外人士”不是可识别的政治面貌，该项留空。", r.warningList().get(2).message());
        assertEquals("单位待匹配：台账中没有单位“不存在的公司”，已照原文记录。", r.warningList().get(3).message());
        assertTrue(r.written());
        ledger.read(s -> {
            Worker zhang = s.workers().byIdNumber(ID_ZHANG).orElseThrow();
            assertEquals("13800000001", zhang.mobile(), "+86 and dashes removed");
            assertEquals(PoliticalStatus.MEMBER, zhang.politicalStatus());
            assertEquals(ImportFixture.unitId(s), zhang.employerId());
            assertEquals("150203001000", zhang.townshipCode());
            Worker li = s.workers().byIdNumber(ID_LI).orElseThrow();
            assertEquals("李娜", li.name(), "the 15-digit number was upgraded");
            assertEquals(PoliticalStatus.PROBATIONARY, li.politicalStatus());
            assertEquals("150203003000", li.townshipCode(), "昆都仑区沼潭街道: county-qualified");
            Worker wang = s.workers().byIdNumber(ID_WANG).orElseThrow();
            assertEquals(ImportFixture.unitId(s), wang.employerId(), "employer from the merged cell above");
            assertEquals("150203004000", wang.townshipCode(), "林荫路 → 林荫路街道");
            assertEquals(PoliticalStatus.LEAGUE, wang.politicalStatus());
            Worker zhao = s.workers().byIdNumber(ID_ZHAO).orElseThrow();
            assertEquals(Gender.FEMALE, zhao.gender(), "gender from the ID, not the file");
            assertNull(zhao.mobile(), "an invalid optional value leaves the field empty");
            assertEquals(PoliticalStatus.MASSES, zhao.politicalStatus());
            assertNull(zhao.employerId());
            assertEquals("不存在的公司", zhao.employerText(), "unmatched employer kept as typed");
            assertEquals("某某街道", zhao.townshipText());
            assertEquals("新入职", zhao.notes());
            Worker huang = s.workers().byIdNumber(ID_HUANG).orElseThrow();
            assertEquals("13800000009", huang.mobile(), "the cached value of the formula");
            assertEquals(LocalDate.of(2021, 1, 1), s.workers().employments(huang.id()).get(0).from(),
                    "入职日期 given as an Excel serial");
            assertEquals(LocalDate.of(2021, 3, 5), s.workers().employments(zhang.id()).get(0).from());
            assertEquals(5, s.workers().count(), "the hidden sheet's and the footer's people are not imported");
            return null;
        });
    }

    @Test
    void gb18030CsvAndUtf16TabText() {
        for (String name : List.of("workers_gb18030.csv", "workers_utf16.txt")) {
            try (Ledger ledger = ImportFixture.ledger(dir.resolve(name + ".xldb"))) {
                ImportResult r = ImportFixture.run(ledger, ImportFixture.request(corpus(name), ImportType.WORKERS)
                        .skip());
                assertEquals(2, r.layout().headerRow(), name);
                assertEquals(4, r.rows(), name);
                assertEquals(3, r.inserted(), name);
                assertEquals("5:id.numeric", codes(r.errors()), name);
                assertEquals("6:employer.unmatched", codes(r.warningList()), name);
                assertEquals("单位待匹配：台账中没有单位“迅达快递, 少先路站”，已照原文记录。", r.warningList().get(0).message());
                assertEquals(1, r.exitCode());
                ledger.read(s -> {
                    assertEquals("张伟", s.workers().byIdNumber(ID_ZHANG).orElseThrow().name());
                    return null;
                });
            }
        }
    }

    @Test
    void enterprisesWithCoverageFacts() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("e.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(corpus("enterprises.xlsx"),
                    ImportType.ENTERPRISES).skip());
            assertEquals(2, r.layout().headerRow());
            assertEquals(5, r.rows());
            assertEquals(2, r.inserted());
            assertEquals(1, r.updated());
            assertEquals(2, r.rejected());
            assertEquals("6:unit.nameEmpty 7:dup.unit", codes(r.errors()));
            assertEquals("与第 3 行是同一单位，本行未导入。", r.errors().get(1).message());
            ledger.read(s -> {
                var unit = s.enterprises().get(ImportFixture.unitId(s)).orElseThrow();
                assertEquals(12, unit.declaredWorkers(), "12人");
                assertTrue(unit.hasUnion());
                var tongyuan = s.enterprises().byName("通远速运昆区网点").get(0);
                assertEquals("150203003000", tongyuan.townshipCode());
                assertEquals(org.xinye.ledger.domain.Industry.EXPRESS, tongyuan.industry(), "速运: from the name");
                var baole = s.enterprises().byName("饱了么外卖沼潭站").get(0);
                assertEquals(org.xinye.ledger.domain.EnterpriseKind.FRANCHISE, baole.kind());
                assertTrue(baole.hasYouthLeague() && baole.hasWomensFederation());
                var joint = s.orgs().byName("少先路快递物流联合党支部");
                assertEquals(1, joint.size(), "two units naming one org share it");
                assertEquals(OrgForm.JOINT, joint.get(0).form());
                assertEquals(2, s.orgs().coveredCount(joint.get(0).id()));
                assertEquals(OrgForm.SINGLE, s.orgs().byName(UNIT + "党支部").get(0).form());
                var statuses = s.coverage().unitStatuses();
                assertEquals(CoverageStatus.ORG_SINGLE, statuses.get(unit.id()));
                assertEquals(CoverageStatus.ORG_JOINT, statuses.get(tongyuan.id()));
                assertEquals(1, s.instructors().assignmentsOf(tongyuan.id()).size(), "王指导 assigned");
                assertEquals(1, s.instructors().assignmentsOf(baole.id()).size(), "李联络 assigned");
                return null;
            });
            ImportResult again = ImportFixture.run(ledger, ImportFixture.request(corpus("enterprises.xlsx"),
                    ImportType.ENTERPRISES).skip());
            assertEquals(3, again.unchanged(), "the same file again changes nothing");
            assertFalse(again.written());
        }
    }

    @Test
    void sourceOfTheBatchIsRecordedPerWorker() {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("s.xldb"))) {
            ImportFixture.run(ledger, ImportFixture.request(corpus("workers_gb18030.csv"), ImportType.WORKERS).skip()
                    .source(ImportSource.CANVASSING));
            ledger.read(s -> {
                assertEquals(3, s.reconcile().singleSource().size());
                assertTrue(s.reconcile().singleSource().stream().allMatch(x -> x.source() == ImportSource.CANVASSING));
                return null;
            });
        }
    }
}
