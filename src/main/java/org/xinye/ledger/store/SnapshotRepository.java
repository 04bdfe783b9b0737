package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.xinye.ledger.domain.CoverageCounts;

/** Monthly coverage snapshots per region, for trend charts. Region {@code total} is the whole ledger. */
public final class SnapshotRepository {
    public static final String TOTAL = "total";
    private final Connection c;

    SnapshotRepository(Connection c) {
        this.c = c;
    }

    public record Snapshot(String regionCode, YearMonth month, CoverageCounts counts, Instant takenAt) {
    }

    static Snapshot map(ResultSet rs) throws SQLException {
        return new Snapshot(rs.getString("region_code"), YearMonth.parse(rs.getString("month")),
                new CoverageCounts(rs.getInt("in_scope"), rs.getInt("org_single"), rs.getInt("org_joint"),
                        rs.getInt("org_area"), rs.getInt("work_covered"), rs.getInt("uncovered"), rs.getInt("workers"),
                        rs.getInt("party_members")), Sql.instant(rs, "taken_at"));
    }

    /** Records (or replaces) the counts of a region for a month. */
    public void put(String regionCode, YearMonth month, CoverageCounts k, Instant takenAt) {
        Sql.update(c, """
                INSERT OR REPLACE INTO coverage_snapshot(region_code, month, in_scope, org_single, org_joint, org_area,
                    work_covered, uncovered, workers, party_members, taken_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                regionCode, month, k.inScope(), k.orgSingle(), k.orgJoint(), k.orgArea(), k.workCovered(),
                k.uncovered(), k.workers(), k.partyMembers(), takenAt);
    }

    /** A region's snapshots, oldest first. */
    public List<Snapshot> of(String regionCode) {
        return Sql.list(c, "SELECT * FROM coverage_snapshot WHERE region_code = ? ORDER BY month",
                SnapshotRepository::map, regionCode);
    }

    public List<YearMonth> months() {
        return Sql.list(c, "SELECT DISTINCT month FROM coverage_snapshot ORDER BY month",
                rs -> YearMonth.parse(rs.getString(1)));
    }
}
