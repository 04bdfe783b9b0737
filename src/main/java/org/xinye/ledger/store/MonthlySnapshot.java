package org.xinye.ledger.store;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The month's coverage snapshot of every county, every township and the whole ledger, as
 * the trend charts read them. Taken on demand (记录本月快照) and once when a ledger is first
 * opened in a new month.
 */
public final class MonthlySnapshot {
    private MonthlySnapshot() {
    }

    /** Records (or replaces) this month's snapshot; gives the number of regions written. */
    public static int take(Session s, YearMonth month, Instant now) {
        CoverageQueries q = s.coverage();
        List<RegionCoverage> rows = new ArrayList<>(q.byCounty());
        rows.addAll(q.byTownship(null));
        rows.add(q.total());
        int n = 0;
        for (RegionCoverage r : rows) {
            if (!RegionCoverage.UNASSIGNED.equals(r.code())) {
                s.snapshots().put(r.code(), month, r.counts(), now);
                n++;
            }
        }
        return n;
    }

    /** Takes the month's snapshot unless one exists; true when it was taken. */
    public static boolean takeIfMissing(Session s, YearMonth month, Instant now) {
        if (Sql.count(s.connection(), "SELECT COUNT(*) FROM coverage_snapshot WHERE region_code = ? AND month = ?",
                SnapshotRepository.TOTAL, month) > 0) {
            return false;
        }
        take(s, month, now);
        return true;
    }
}
