package org.xinye.ledger.store.rollup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * The city's figures both ways: 各区上报合计 (what the counted county submissions carry, added up)
 * and 去重后 (the city's own count, one person per ID number, one unit per credit code), so the
 * inflation by repeated reporting shows.
 */
public final class CityFigures {
    /** Both sums for one county (or the city, code {@code total}), and the submission the county's figures came from. */
    public record Row(String code, String name, CoverageCounts reported, CoverageCounts deduplicated, Long submissionId,
                      String period) {
    }

    /** The county rows and the total; listings is the number of people rows in the counted submissions. */
    public record Comparison(Map<String, Row> rows, long listings, long persons) {
        public Row total() {
            return rows.get(RegionCoverage.TOTAL);
        }
    }

    private CityFigures() {
    }

    /** What the counted county submissions carry in total, how many submissions are counted, their latest period. */
    public record Reported(CoverageCounts counts, int submissions, String period) {
    }

    /** On a city ledger with counted submissions, what they report in total; empty on any other ledger. */
    public static java.util.Optional<Reported> reported(Session s) {
        var counted = CityMerge.counted(s);
        if (counted.isEmpty() || Sql.count(s.connection(), "SELECT COUNT(*) FROM ledger_scope WHERE kind = 'CITY'") == 0) {
            return java.util.Optional.empty();
        }
        CoverageCounts sum = CoverageCounts.ZERO;
        String period = "";
        for (var src : counted) {
            if (src.countyCode() != null) {
                sum = sum.plus(SubmissionFigures.received(s, src.id()).getOrDefault(RegionCoverage.TOTAL,
                        CoverageCounts.ZERO));
            }
            period = src.period().toString().compareTo(period) > 0 ? src.period().toString() : period;
        }
        return java.util.Optional.of(new Reported(sum, counted.size(), period));
    }

    public static Comparison of(Session s) {
        return of(s, true);
    }

    /** Only the total row: what a roll-up on the command line reports, without counting each county again. */
    public static Comparison total(Session s) {
        return of(s, false);
    }

    private static Comparison of(Session s, boolean perCounty) {
        Map<String, Row> out = new LinkedHashMap<>();
        record Reported(long id, String county, String period, CoverageCounts counts) {
        }
        Map<String, Reported> byCounty = new LinkedHashMap<>();
        for (var src : CityMerge.counted(s)) {
            if (src.countyCode() == null) {
                continue;
            }
            CoverageCounts k = SubmissionFigures.received(s, src.id()).getOrDefault(RegionCoverage.TOTAL,
                    CoverageCounts.ZERO);
            byCounty.put(src.countyCode(), new Reported(src.id(), src.countyCode(), src.period().toString(), k));
        }
        CoverageCounts reportedTotal = CoverageCounts.ZERO;
        if (perCounty) {
            for (RegionCoverage r : s.coverage().byCounty()) {
                Reported rep = byCounty.get(r.code());
                CoverageCounts reported = rep == null ? CoverageCounts.ZERO : rep.counts();
                reportedTotal = reportedTotal.plus(reported);
                out.put(r.code(), new Row(r.code(), r.name(), reported, r.counts(), rep == null ? null : rep.id(),
                        rep == null ? null : rep.period()));
            }
        } else {
            for (var county : s.regions().byLevel(RegionLevel.COUNTY)) {
                Reported rep = byCounty.get(county.code());
                reportedTotal = rep == null ? reportedTotal : reportedTotal.plus(rep.counts());
            }
        }
        RegionCoverage total = s.coverage().total();
        out.put(RegionCoverage.TOTAL, new Row(RegionCoverage.TOTAL, total.name(), reportedTotal, total.counts(), null,
                null));
        long listings = Sql.count(s.connection(), """
                SELECT COUNT(*) FROM sub_worker w JOIN rollup_submission r ON r.id = w.submission_id
                WHERE r.state = 'CURRENT' AND r.period = (SELECT MAX(period) FROM rollup_submission x
                                                          WHERE x.scope_key = r.scope_key AND x.state = 'CURRENT')""");
        return new Comparison(out, listings, s.workers().count());
    }
}
