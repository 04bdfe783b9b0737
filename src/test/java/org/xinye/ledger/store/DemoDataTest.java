package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.store.demo.DemoData;

class DemoDataTest {
    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void fillsEveryEntityWithValidAndVariedData() {
        try (Ledger ledger = Ledger.open(dir.resolve("demo.xldb"), Ledger.Mode.WRITE)) {
            DemoData.Result r = new DemoData(1, 6000, TODAY).fill(ledger, p -> { });
            assertEquals(400, r.units());
            assertEquals(6000, r.workers());
            double memberShare = (double) r.partyMembers() / r.workers();
            assertTrue(memberShare >= 0.02 && memberShare <= 0.04, "2–4% party members: " + memberShare);
            ledger.read(s -> {
                var units = s.enterprises().all();
                EnumSet<EnterpriseKind> kinds = EnumSet.noneOf(EnterpriseKind.class);
                EnumSet<Industry> industries = EnumSet.noneOf(Industry.class);
                units.forEach(u -> {
                    kinds.add(u.kind());
                    industries.add(u.industry());
                    if (u.creditCode() != null) {
                        assertTrue(org.xinye.ledger.domain.CreditCode.check(u.creditCode()).isOk(), u.creditCode());
                    }
                });
                assertEquals(EnumSet.allOf(EnterpriseKind.class), kinds);
                assertEquals(EnumSet.allOf(Industry.class), industries);
                EnumSet<OrgForm> forms = EnumSet.noneOf(OrgForm.class);
                s.orgs().all().forEach(o -> forms.add(o.form()));
                assertEquals(EnumSet.allOf(OrgForm.class), forms);
                for (var o : s.orgs().all()) {
                    if (o.form() == OrgForm.JOINT) {
                        int n = s.orgs().coveredCount(o.id());
                        assertTrue(n >= 2 && n <= 7, o.name() + " covers " + n);
                    }
                }
                List<String> ids = Sql.list(s.connection(), "SELECT id_number FROM worker", rs -> rs.getString(1));
                assertEquals(6000, ids.size());
                ids.forEach(id -> assertTrue(IdNumber.check(id).isOk(), id));
                assertEquals(6000L, Sql.count(s.connection(), "SELECT COUNT(DISTINCT id_number) FROM worker"));
                assertTrue(Sql.count(s.connection(), "SELECT COUNT(*) FROM membership WHERE relation_status = ?",
                        RelationStatus.MOBILE) > 0);
                assertTrue(Sql.count(s.connection(), "SELECT COUNT(*) FROM double_report") > 0);
                assertTrue(Sql.count(s.connection(), "SELECT COUNT(*) FROM designation") > 0);
                assertTrue(Sql.count(s.connection(), "SELECT COUNT(*) FROM visit") > 0);
                assertTrue(s.stations().count() > 0);
                assertEquals(12, s.snapshots().months().size());
                assertEquals(s.coverage().total().counts(),
                        s.snapshots().of(SnapshotRepository.TOTAL).get(11).counts(), "this month's snapshot is today's coverage");
                return null;
            });
            var followUps = ledger.read(s -> s.followUps().counts(TODAY));
            assertTrue(followUps.shouldBuild() > 0 && followUps.overdueVisits() > 0 && followUps.annualChecksDue() > 0
                    && followUps.missingRelations() > 0 && followUps.jointOverLimit() > 0, followUps.toString());
        }
    }

    @Test
    void isDeterministicForASeed() {
        String a = fingerprint("a.xldb", 5);
        String b = fingerprint("b.xldb", 5);
        String c = fingerprint("c.xldb", 6);
        assertEquals(a, b);
        assertFalse(a.equals(c));
    }

    private String fingerprint(String name, long seed) {
        try (Ledger ledger = Ledger.open(dir.resolve(name), Ledger.Mode.WRITE)) {
            new DemoData(seed, 800, TODAY).fill(ledger, p -> { });
            return ledger.read(s -> Sql.one(s.connection(),
                    "SELECT group_concat(id_number || name, ',') FROM (SELECT * FROM worker ORDER BY id)",
                    rs -> rs.getString(1)).orElseThrow() + s.coverage().total());
        }
    }

    @Test
    void refusesALedgerThatHoldsData() {
        try (Ledger ledger = Ledger.open(dir.resolve("full.xldb"), Ledger.Mode.WRITE)) {
            new DemoData(1, 300, TODAY).fill(ledger, p -> { });
            StoreException e = assertThrows(StoreException.class, () -> new DemoData(1, 300, TODAY).fill(ledger, p -> { }));
            assertTrue(e.getLocalizedMessage().contains("full.xldb"));
            assertEquals(300L, (long) ledger.read(s -> s.workers().count()));
        }
    }
}
