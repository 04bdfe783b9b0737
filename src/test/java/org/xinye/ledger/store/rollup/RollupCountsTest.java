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
                assertEquals(List.of(), Sql.list(s.connection(), "PRAGMA foreign_key_check", rs -> rs.getString(1)),
                        "the rebuild runs without enforcement; every reference it made must hold");
                // Every employment of every district is kept: 275 listings, one job each; a person listed by
                // two counties shows both jobs, each with the county that lists it.
                assertEquals(275, Sql.count(s.connection(), "SELECT COUNT(*) FROM sub_employment"));
                long p90 = s.workers().byIdNumber(SampleDistricts.person(90)).orElseThrow().id();
                assertEquals(List.of("A0快递站（东河区）", "B0快递站（昆都仑区）"),
                        s.listings().employments(p90).stream().map(e -> e.employer()).sorted().toList());
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

    /** The command line's total alone is the total of the page's county-by-county comparison. */
    @Test
    void theTotalAloneIsTheTotalOfTheComparison() {
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            CityFigures.Comparison whole = l.read(CityFigures::of);
            CityFigures.Comparison total = l.read(CityFigures::total);
            assertEquals(whole.total(), total.total());
            assertEquals(new CoverageCounts(15, 3, 0, 0, 0, 12, 254, 12), total.total().deduplicated());
            assertEquals(275, total.listings());
            assertEquals(255, total.persons());
            assertEquals(whole.listings(), total.listings());
            assertEquals(whole.persons(), total.persons());
        }
    }

    @Test
    void theDifferencesAreExactlyTheKnownOverlaps() {
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            List<Differences.Difference> all = l.read(Differences::all);
            Map<Differences.Kind, Integer> counts = Differences.counts(all);
            assertEquals(9, counts.get(Differences.Kind.MULTI_DISTRICT_PERSON));
            assertEquals(1, counts.get(Differences.Kind.MULTI_CLAIMED_UNIT));
            assertEquals(1, counts.get(Differences.Kind.RELATION_DISAGREES));
            assertEquals(5, counts.get(Differences.Kind.DEPARTMENT_ONLY));
            assertEquals(1, counts.get(Differences.Kind.ROSTER_MISMATCH));
            Differences.Difference x = all.stream().filter(d -> d.kind() == Differences.Kind.ROSTER_MISMATCH)
                    .findFirst().orElseThrow();
            // 16 people at X in 东河区, 16 in 昆都仑区, person 95 in both: 31 against the 50 declared.
            assertEquals("50/31", x.note());
            Differences.Difference rider = all.stream().filter(d -> d.kind() == Differences.Kind.MULTI_DISTRICT_PERSON)
                    .findFirst().orElseThrow();
            assertEquals(SampleDistricts.person(90), rider.key());
            assertEquals(List.of("东河区", "昆都仑区"), rider.listings().stream().map(Differences.Listing::scopeName).toList());
            // Both list the rider 在岗: the city counts them in the county with the smaller division code.
            assertEquals("东河区", rider.note());
            assertEquals(org.xinye.ledger.domain.Messages.get("differences.note.countedIn", "东河区"),
                    org.xinye.ledger.io.submission.DifferencesWorkbook.note(rider));
            assertTrue(all.stream().filter(d -> d.kind() == Differences.Kind.MULTI_DISTRICT_PERSON)
                    .allMatch(d -> d.note() != null), "every person in several counties names where the city counts them");
            var parties = org.xinye.ledger.io.submission.DifferencesWorkbook.byParty(all, SampleDistricts.PERIOD, false);
            assertEquals(12, parties.get("COUNTY:" + SampleDistricts.DONGHE).rows().size());
            assertEquals(12, parties.get("COUNTY:" + SampleDistricts.KUNDULUN).rows().size());
            assertEquals(5, parties.get("COUNTY:" + SampleDistricts.QINGSHAN).rows().size());
            assertEquals(5, parties.get("DEPARTMENT:" + SampleDistricts.DEPARTMENT).rows().size());
        }
    }

    @Test
    void aCountyTakesItsDifferencesBackForFollowUp(@TempDir Path out) {
        List<Path> files;
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            var all = l.read(Differences::all);
            files = org.xinye.ledger.io.submission.DifferencesWorkbook.write(out,
                    org.xinye.ledger.io.submission.DifferencesWorkbook.byParty(all, SampleDistricts.PERIOD, false),
                    SampleDistricts.PERIOD);
        }
        assertEquals(4, files.size());
        Path forKundulun = files.stream().filter(f -> f.getFileName().toString().contains("昆都仑区")).findFirst()
                .orElseThrow();
        Path forDonghe = files.stream().filter(f -> f.getFileName().toString().contains("东河区")).findFirst()
                .orElseThrow();
        Path ledger = city.resolveSibling("kundulun.xldb");
        try (Ledger l = Ledger.open(ledger, Ledger.Mode.WRITE)) {
            var r = org.xinye.ledger.io.submission.DifferencesImport.run(l, forKundulun, Clock.systemDefaultZone());
            assertEquals(12, r.imported());
            assertEquals(List.of(), r.unmatched());
            assertEquals(9L, (long) l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM city_difference d"
                    + " JOIN worker w ON w.id = d.worker_id WHERE d.kind = 'MULTI_DISTRICT_PERSON'")));
            // Again: the period's list is replaced, not doubled.
            org.xinye.ledger.io.submission.DifferencesImport.run(l, forKundulun, Clock.systemDefaultZone());
            assertEquals(12L, (long) l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM city_difference")));
            org.junit.jupiter.api.Assertions.assertThrows(org.xinye.ledger.store.StoreException.class,
                    () -> org.xinye.ledger.io.submission.DifferencesImport.run(l, forDonghe, Clock.systemDefaultZone()));
        }
    }

    @Test
    void theCityRecordsAreNotEditedByHand() {
        try (Ledger l = Ledger.open(city, Ledger.Mode.WRITE)) {
            long worker = l.read(s -> s.workers().byIdNumber(SampleDistricts.person(1)).orElseThrow().id());
            var e = org.junit.jupiter.api.Assertions.assertThrows(org.xinye.ledger.store.StoreException.class,
                    () -> l.writing(s -> s.changes().delete(org.xinye.ledger.store.ChangeLog.Key.of(
                            org.xinye.ledger.store.Aggregate.WORKER, worker))));
            assertEquals("rollup.cityReadOnly", e.messageKey());
            assertTrue(l.read(s -> s.workers().get(worker)).isPresent());
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
