package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.ImportUndo;
import org.xinye.ledger.store.Ledger;

/** 党组织, 组织关系状态 and 入党日期 in a 摸排表: imported into the relation, reconciled, undone, counted. */
class PartyMembersImportTest {
    @TempDir
    Path dir;

    static final String ORG = "迅达快递少先路站党支部";
    static final String A = TestIds.id(1);
    static final String B = TestIds.id(3);
    static final String C = TestIds.id(5);
    static final String D = TestIds.id(7);
    static final String E = TestIds.id(9);

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private Path roster(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "姓名,身份证号,政治面貌,所在党组织,组织关系状态,入党时间\n" + String.join("\n", lines) + "\n");
        return f;
    }

    private static long org(Ledger ledger) {
        return ledger.write(s -> s.orgs().insert(PartyOrg.of(ORG, OrgLevel.BRANCH, OrgForm.SINGLE, "150203001000")));
    }

    private static String codes(List<Issue> issues) {
        return issues.stream().map(i -> i.row() + ":" + i.code()).collect(Collectors.joining(" "));
    }

    @Test
    void membersComeWithTheirRelationMatchedByOrgName() throws IOException {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("a.xldb"))) {
            long org = org(ledger);
            Path f = roster("摸排.csv",
                    "张伟," + A + ",中共党员," + ORG.replace("党支部", " 党支部") + ",已转入,2015-07-01",
                    "李娜," + B + ",,,流动党员,2018年6月",
                    "王芳," + C + ",预备党员,不存在的党支部,,",
                    "刘强," + D + ",群众," + ORG + ",,",
                    "陈杰," + E + ",群众,,,");
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(f, ImportType.WORKERS));
            assertEquals(5, r.inserted());
            assertEquals("4:org.unmatched 5:relation.notMember", codes(r.warningList()));
            assertEquals(Map.of("不存在的党支部", 1), r.unmatchedOrgs());
            ledger.read(s -> {
                Worker zhang = s.workers().byIdNumber(A).orElseThrow();
                assertEquals(new Membership(zhang.id(), org, RelationStatus.TRANSFERRED_IN, null, null, null, null,
                        LocalDate.of(2015, 7, 1), null), s.memberships().get(zhang.id()).orElseThrow(),
                        "the org matched by name, spaces aside");
                Worker li = s.workers().byIdNumber(B).orElseThrow();
                assertEquals(PoliticalStatus.MEMBER, li.politicalStatus(), "a relation given: a party member");
                Membership liM = s.memberships().get(li.id()).orElseThrow();
                assertEquals(RelationStatus.MOBILE, liM.relationStatus());
                assertEquals(LocalDate.of(2018, 6, 1), liM.joinedDate());
                Worker wang = s.workers().byIdNumber(C).orElseThrow();
                assertEquals(PoliticalStatus.PROBATIONARY, wang.politicalStatus());
                Membership wangM = s.memberships().get(wang.id()).orElseThrow();
                assertNull(wangM.orgId());
                assertEquals("不存在的党支部", wangM.orgText(), "kept as typed, for the wizard or a cadre to link");
                Worker liu = s.workers().byIdNumber(D).orElseThrow();
                assertEquals(PoliticalStatus.MASSES, liu.politicalStatus());
                assertTrue(s.memberships().get(liu.id()).isEmpty(), "no relation for a non-member");
                assertEquals(3, s.coverage().total().counts().partyMembers(), "counted in coverage");
                return null;
            });
        }
    }

    @Test
    void aChangedRelationIsReportedWrittenAndUndoneAndTheWizardCanCreateTheOrg() throws IOException {
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("b.xldb"))) {
            long org = org(ledger);
            ImportFixture.run(ledger, ImportFixture.request(roster("一.csv",
                    "张伟," + A + ",中共党员," + ORG + ",,2015-07-01", "李娜," + B + ",群众,,,"), ImportType.WORKERS));
            Map<String, List<String>> before = ImportFixture.dump(ledger);
            Path second = roster("二.csv", "张伟," + A + ",,新建的联合党支部,,", "李娜," + B + ",,,,2020-07-01");
            ImportResult dry = ImportFixture.run(ledger, ImportFixture.request(second, ImportType.WORKERS).dryRun());
            assertEquals(Map.of("新建的联合党支部", 1), dry.unmatchedOrgs());
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(second, ImportType.WORKERS)
                    .chooseOrg("新建的联合党支部", ImportRequest.CREATE));
            assertEquals(2, r.updated());
            assertEquals("", codes(r.warningList()), "the org chosen for creation matches");
            ledger.read(s -> {
                PartyOrg created = s.orgs().byName("新建的联合党支部").get(0);
                assertEquals(OrgLevel.JOINT_BRANCH, created.level());
                assertEquals(OrgForm.JOINT, created.form());
                Worker zhang = s.workers().byIdNumber(A).orElseThrow();
                Membership m = s.memberships().get(zhang.id()).orElseThrow();
                assertEquals(created.id(), m.orgId());
                assertEquals(LocalDate.of(2015, 7, 1), m.joinedDate(), "an empty cell keeps what was stored");
                Worker li = s.workers().byIdNumber(B).orElseThrow();
                assertEquals(PoliticalStatus.MEMBER, li.politicalStatus(), "群众 became a member by the new roster");
                assertEquals(RelationStatus.NOT_TRANSFERRED, s.memberships().get(li.id()).orElseThrow()
                        .relationStatus(), "no org known: the relation is still at home");
                assertTrue(org != created.id());
                return null;
            });
            ImportUndo.Outcome undone = Importer.undoLast(ledger, false);
            assertTrue(undone instanceof ImportUndo.Undone, String.valueOf(undone));
            Map<String, List<String>> after = ImportFixture.dump(ledger);
            after.remove("worker_source");
            before.remove("worker_source");
            assertEquals(before, after, "undo puts relations, orgs and people back exactly");
        }
    }
}
