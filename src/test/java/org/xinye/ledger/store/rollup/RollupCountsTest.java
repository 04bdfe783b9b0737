package org.xinye.ledger.store.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.io.submission.RollupJob;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Sql;

/** The roll-up of the sample districts counts exactly what the counting rules say. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupCountsTest {
    private Path city;
    private RollupJob.Outcome outcome;

    @BeforeAll
    void rollUp(@TempDir Path dir) {
        List<Path> files = List.of(
                SampleDistricts.submit(SampleDistricts.donghe(dir), dir.resolve("a.xlsub"), null, null),
                SampleDistricts.submit(SampleDistricts.kundulun(dir), dir.resolve("b.xlsub"), null, null),
                SampleDistricts.submit(SampleDistricts.qingshan(dir), dir.resolve("c.xlsub"), null, null),
                SampleDistricts.submit(SampleDistricts.department(dir), dir.resolve("d.xlsub"), null, null));
        city = dir.resolve("city.xldb");
        try (Ledger l = Ledger.open(city, Ledger.Mode.WRITE)) {
            outcome = new RollupJob(l, Clock.systemDefaultZone()).run(files, null, RollupJob.Progress.NONE, () -> false);
        }
    }

    @Test
    void everyFileIsTakenIn() {
        assertEquals(List.of(), outcome.refused());
        assertEquals(4, outcome.taken().size());
        outcome.taken().forEach(t -> assertNull(t.replacedId()));
        assertEquals(4, outcome.merged().submissions());
        assertEquals(275, outcome.merged().listings());
    }

    @Test
    void onePersonPerIdNumberAndOneUnitPerCreditCode() {
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            l.read(s -> {
                assertEquals(255, s.workers().count());
                assertEquals(254, Sql.count(s.connection(), "SELECT COUNT(*) FROM worker WHERE status = 'ACTIVE'"));
                assertEquals(15, s.enterprises().count());
                assertEquals(3, s.orgs().count());
                // Unit X is claimed by 东河区 and 昆都仑区; its credit code was issued in 东河区, so it counts there.
                String x = SampleDistricts.creditCode("150202", 7777);
                assertEquals("150202001000", s.enterprises().byCreditCode(x).orElseThrow().townshipCode());
                assertEquals(2, Sql.count(s.connection(), "SELECT claims FROM rollup_unit u JOIN enterprise e"
                        + " ON e.id = u.enterprise_id WHERE e.credit_code = ?", x));
                // Every employment of every district is kept: 275 listings, one job each.
                assertEquals(275, Sql.count(s.connection(), "SELECT COUNT(*) FROM employment"));
                // Person 95 left in 东河区 but works in 昆都仑区: the 在岗 listing counts.
                assertEquals("150203001000", s.workers().byIdNumber(SampleDistricts.person(95)).orElseThrow()
                        .townshipCode());
                // Person 90 is in both; the lower county code counts, with its membership.
                assertEquals("TRANSFERRED_IN", Sql.one(s.connection(), "SELECT m.relation_status FROM membership m"
                        + " JOIN worker w ON w.id = m.worker_id WHERE w.id_number = ?", rs -> rs.getString(1),
                        SampleDistricts.person(90)).orElseThrow());
                return null;
            });
        }
    }

    @Test
    void countyFiguresAreDeduplicated() {
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            Map<String, CoverageCounts> byCounty = new HashMap<>();
            l.read(s -> s.coverage().byCountyWithTotal()).forEach(r -> byCounty.put(r.code(), r.counts()));
            assertEquals(new CoverageCounts(6, 1, 0, 0, 0, 5, 98, 12), byCounty.get(SampleDistricts.DONGHE));
            assertEquals(new CoverageCounts(5, 1, 0, 0, 0, 4, 91, 0), byCounty.get(SampleDistricts.KUNDULUN));
            assertEquals(new CoverageCounts(4, 1, 0, 0, 0, 3, 65, 0), byCounty.get(SampleDistricts.QINGSHAN));
            assertEquals(new CoverageCounts(15, 3, 0, 0, 0, 12, 254, 12), byCounty.get(RegionCoverage.TOTAL));
        }
    }

    @Test
    void theCityKnowsWhoseLedgerItIs() {
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            assertTrue(l.read(s -> new ScopeStore(s).get()).orElseThrow().kind()
                    == org.xinye.ledger.domain.LedgerScope.Kind.CITY);
        }
    }
}
