package org.xinye.ledger.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.CoverageQueries.Filter;
import org.xinye.ledger.store.CoverageQueries.Scope;
import org.xinye.ledger.store.FollowUpQueries;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.SnapshotRepository;

/**
 * Everything the charts and the meeting report show about one area (the whole ledger or
 * one county), read in one transaction so every part tells the same numbers.
 *
 * @param regionCode the county, or null for the whole ledger
 * @param regionName the county's name, or the city's
 * @param rows       counties (whole ledger) or the county's townships
 * @param total      the area as a whole: the ledger's total, or the sum of the county's rows
 * @param followUps  null unless asked for
 */
public record CoverageData(String regionCode, String regionName, Filter filter, List<RegionCoverage> rows,
                           RegionCoverage total, List<CoverageQueries.IndustryCoverage> industries,
                           List<CoverageQueries.OccupationCount> occupations, List<SnapshotRepository.Snapshot> trend,
                           int orgRateTarget, LocalDate dataDate, FollowUps followUps) {

    /** The follow-up lists of the area, for the report. */
    public record FollowUps(List<FollowUpQueries.ShouldBuild> shouldBuild,
                            List<FollowUpQueries.JointOverLimit> jointOverLimit,
                            List<FollowUpQueries.OverdueVisit> overdueVisits) {
    }

    /**
     * Reads the area. A county gives its townships and totals like {@code coverage --region};
     * the trend reads the area's monthly snapshots (they do not know filters).
     */
    public static CoverageData load(Session s, String countyCode, Filter filter, LocalDate today, boolean withFollowUps) {
        CoverageQueries q = s.coverage();
        String name;
        List<RegionCoverage> rows;
        RegionCoverage total;
        Scope scope;
        if (countyCode == null) {
            name = s.regions().city().map(Region::name).orElse(Messages.get("coverage.total"));
            rows = q.byCounty(filter);
            total = q.total(filter);
            scope = Scope.ALL;
        } else {
            Region county = s.regions().get(countyCode)
                    .filter(r -> r.level() == RegionLevel.COUNTY)
                    .orElseThrow(() -> new ReportException("report.noCounty", countyCode));
            name = county.name();
            rows = q.byTownship(countyCode, filter);
            CoverageCounts sum = CoverageCounts.ZERO;
            for (RegionCoverage r : rows) {
                sum = sum.plus(r.counts());
            }
            total = new RegionCoverage(RegionCoverage.TOTAL, Messages.get("coverage.total"), null, sum);
            scope = Scope.county(countyCode);
        }
        FollowUps follow = withFollowUps ? followUps(s, countyCode, scope, today) : null;
        return new CoverageData(countyCode, name, filter, rows, total, q.byIndustry(scope, filter),
                q.byOccupation(scope, filter),
                s.snapshots().of(countyCode == null ? SnapshotRepository.TOTAL : countyCode),
                s.settings().orgRateTarget(), today, follow);
    }

    /** The lists of the whole ledger, or of the units (and the orgs placed) in the county. */
    private static FollowUps followUps(Session s, String countyCode, Scope scope, LocalDate today) {
        var f = s.followUps();
        if (countyCode == null) {
            return new FollowUps(f.shouldBuild(), f.jointOrgsOverLimit(), f.overdueVisits(today));
        }
        Set<Long> units = new HashSet<>();
        s.coverage().units(scope, CoverageQueries.Count.IN_SCOPE, Filter.NONE).forEach(u -> units.add(u.id()));
        List<FollowUpQueries.JointOverLimit> joint = new ArrayList<>();
        for (var j : f.jointOrgsOverLimit()) {
            String place = s.orgs().get(j.orgId()).map(o -> o.regionCode()).orElse(null);
            String parent = place == null ? null : s.regions().get(place).map(Region::parentCode).orElse(null);
            if (countyCode.equals(place) || countyCode.equals(parent)) {
                joint.add(j);
            }
        }
        return new FollowUps(f.shouldBuild().stream().filter(b -> units.contains(b.enterpriseId())).toList(), joint,
                f.overdueVisits(today).stream().filter(v -> units.contains(v.enterpriseId())).toList());
    }
}
