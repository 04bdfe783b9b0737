package org.xinye.ledger.report;

import java.time.LocalDate;
import java.util.List;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.CoverageQueries.Filter;
import org.xinye.ledger.store.CoverageScope;
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
 * @param issuingUnit the unit the report is issued by (制发单位), empty until set
 */
public record CoverageData(String regionCode, String regionName, Filter filter, List<RegionCoverage> rows,
                           RegionCoverage total, List<CoverageQueries.IndustryCoverage> industries,
                           List<CoverageQueries.OccupationCount> occupations, List<SnapshotRepository.Snapshot> trend,
                           int orgRateTarget, LocalDate dataDate, FollowUpLists followUps,
                           String issuingUnit) {

    /** The same data issued by {@code unit} (typed in the window before it could be kept in the ledger). */
    public CoverageData withIssuingUnit(String unit) {
        return new CoverageData(regionCode, regionName, filter, rows, total, industries, occupations, trend,
                orgRateTarget, dataDate, followUps, unit == null ? "" : unit.strip());
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
        CoverageScope scope;
        if (countyCode == null) {
            name = s.regions().city().map(Region::name).orElse(Messages.get("coverage.total"));
            rows = q.byCounty(filter);
            total = q.total(filter);
            scope = CoverageScope.ALL;
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
            scope = CoverageScope.county(countyCode);
        }
        FollowUpLists follow = withFollowUps ? FollowUpLists.load(s, countyCode, today) : null;
        return new CoverageData(countyCode, name, filter, rows, total, q.byIndustry(scope, filter),
                q.byOccupation(scope, filter),
                s.snapshots().of(countyCode == null ? SnapshotRepository.TOTAL : countyCode),
                s.settings().orgRateTarget(), today, follow, s.settings().issuingUnit());
    }
}
