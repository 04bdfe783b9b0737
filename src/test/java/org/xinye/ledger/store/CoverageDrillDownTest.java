package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.CoverageQueries.Filter;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.TestDay;

/** Every count of the coverage table opens to exactly the units it counted; filters and splits add up. */
class CoverageDrillDownTest {
    @TempDir
    static Path dir;
    static Ledger ledger;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @BeforeAll
    static void demo() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("drill.xldb"), Ledger.Mode.WRITE);
        new DemoData(7, 4500, TODAY).fill(ledger, p -> { });
        // A unit with no township must still be counted and listed (under 未落实区划).
        ledger.writing(s -> s.enterprises().insert(org.xinye.ledger.domain.Enterprise.of("无区划网点",
                EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void everyCountOfEveryCountyAndTownshipListsItsUnits() {
        ledger.read(s -> {
            CoverageQueries q = s.coverage();
            List<RegionCoverage> counties = q.byCounty();
            assertEquals(RegionCoverage.UNASSIGNED, counties.get(counties.size() - 1).code());
            for (RegionCoverage county : counties) {
                for (CoverageCount c : CoverageCount.values()) {
                    var units = q.units(CoverageScope.county(county.code()), c, Filter.NONE);
                    assertEquals(c.of(county.counts()), units.size(), county.name() + " " + c);
                    units.forEach(u -> assertTrue(c.statuses().contains(u.status())));
                }
                if (RegionCoverage.UNASSIGNED.equals(county.code())) {
                    continue;
                }
                for (RegionCoverage township : q.byTownship(county.code())) {
                    for (CoverageCount c : CoverageCount.values()) {
                        assertEquals(c.of(township.counts()),
                                q.units(CoverageScope.township(township.code()), c, Filter.NONE).size(),
                                township.name() + " " + c);
                    }
                }
            }
            assertEquals(q.total().counts().inScope(), q.units(CoverageScope.ALL, CoverageCount.IN_SCOPE, Filter.NONE).size());
            return null;
        });
    }

    @Test
    void filtersSplitTheTotalsWithoutLosingAUnitOrAPerson() {
        ledger.read(s -> {
            CoverageQueries q = s.coverage();
            CoverageCounts all = q.total().counts();
            CoverageCounts byIndustry = CoverageCounts.ZERO;
            for (Industry i : Industry.values()) {
                CoverageCounts k = q.total(new Filter(i, null)).counts();
                byIndustry = byIndustry.plus(k);
                int countySum = q.byCounty(new Filter(i, null)).stream().mapToInt(r -> r.counts().inScope()).sum();
                assertEquals(k.inScope(), countySum, "counties add up for " + i);
            }
            assertEquals(all.inScope(), byIndustry.inScope());
            assertEquals(all.orgCovered(), byIndustry.orgCovered());
            assertEquals(all.uncovered(), byIndustry.uncovered());
            int kinds = 0;
            for (EnterpriseKind k : EnterpriseKind.values()) {
                kinds += q.total(new Filter(null, k)).counts().inScope();
            }
            assertEquals(all.inScope(), kinds);

            Filter express = new Filter(Industry.EXPRESS, EnterpriseKind.OUTLET);
            RegionCoverage first = q.byCounty(express).get(0);
            var units = q.units(CoverageScope.county(first.code()), CoverageCount.IN_SCOPE, express);
            assertEquals(first.counts().inScope(), units.size());
            units.forEach(u -> assertTrue(u.industry() == Industry.EXPRESS && u.kind() == EnterpriseKind.OUTLET));
            return null;
        });
    }

    @Test
    void industriesAndOccupationsAddUpToTheTotal() {
        ledger.read(s -> {
            CoverageQueries q = s.coverage();
            CoverageCounts all = q.total().counts();
            CoverageCounts industries = CoverageCounts.ZERO;
            for (var i : q.byIndustry(CoverageScope.ALL, Filter.NONE)) {
                industries = industries.plus(i.counts());
            }
            assertEquals(all.inScope(), industries.inScope());
            assertEquals(all.orgSingle(), industries.orgSingle());
            assertEquals(all.workCovered(), industries.workCovered());
            var occupations = q.byOccupation(CoverageScope.ALL, Filter.NONE);
            assertEquals(all.workers(), occupations.stream().mapToInt(CoverageQueries.OccupationCount::workers).sum());
            assertEquals(all.partyMembers(),
                    occupations.stream().mapToInt(CoverageQueries.OccupationCount::partyMembers).sum());
            RegionCoverage county = q.byCounty().get(0);
            var inCounty = q.byOccupation(CoverageScope.county(county.code()), Filter.NONE);
            assertEquals(county.counts().partyMembers(),
                    inCounty.stream().mapToInt(CoverageQueries.OccupationCount::partyMembers).sum());
            return null;
        });
    }

    @Test
    void monthlySnapshotIsTakenOnceAMonthAndHoldsTodaysCounts() {
        YearMonth next = YearMonth.from(TODAY).plusMonths(1);
        boolean first = ledger.write(s -> MonthlySnapshot.takeIfMissing(s, next, TestDay.CLOCK.instant()));
        boolean second = ledger.write(s -> MonthlySnapshot.takeIfMissing(s, next, TestDay.CLOCK.instant()));
        assertTrue(first);
        assertFalse(second);
        ledger.read(s -> {
            var snaps = s.snapshots().of(SnapshotRepository.TOTAL);
            assertEquals(next, snaps.get(snaps.size() - 1).month());
            assertEquals(s.coverage().total().counts(), snaps.get(snaps.size() - 1).counts());
            String township = s.coverage().byTownship(null).get(0).code();
            assertFalse(s.snapshots().of(township).isEmpty(), "townships are recorded too");
            return null;
        });
    }

    @Test
    void orgRateTargetIsASettingOfTheLedger() {
        ledger.read(s -> {
            assertEquals(SettingsRepository.DEFAULT_ORG_RATE_TARGET, s.settings().orgRateTarget());
            return null;
        });
        ledger.writing(s -> s.settings().setOrgRateTarget(85));
        assertEquals(85, (int) ledger.read(s -> s.settings().orgRateTarget()));
        ledger.writing(s -> s.settings().setOrgRateTarget(SettingsRepository.DEFAULT_ORG_RATE_TARGET));
    }
}
