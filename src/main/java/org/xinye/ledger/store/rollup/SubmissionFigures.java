package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.store.Failures;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * The coverage figures a submission carries: the ledger's own coverage by township (and the
 * unassigned rest) with the total, computed by the same queries as every other view, rows of
 * zeros left out. The district computes them on the file it writes; the city computes them again
 * on the file it receives and takes it only when the two agree.
 */
public final class SubmissionFigures {
    /**
     * Setting of a submission file: the day its coverage is evaluated on (instructor assignments
     * run from and to dates), so the city recomputes the figures of that day, not of its own.
     */
    public static final String AS_OF = "rules.asOf";
    private static final String COLUMNS = "in_scope, org_single, org_joint, org_area, work_covered, uncovered, workers, "
            + "party_members";

    private SubmissionFigures() {
    }

    /** Region code (a township, {@code unassigned}, {@code total}) → figures. */
    public static Map<String, CoverageCounts> compute(Session s) {
        Map<String, CoverageCounts> out = new TreeMap<>();
        List<RegionCoverage> rows = s.coverage().byTownship(null);
        for (RegionCoverage r : rows) {
            if (!r.counts().equals(CoverageCounts.ZERO)) {
                out.put(r.code(), r.counts());
            }
        }
        out.put(RegionCoverage.TOTAL, s.coverage().total().counts());
        return out;
    }

    /** Writes the figures into the file's {@code submission_figure}. */
    static void write(Connection c, Map<String, CoverageCounts> figures) {
        Sql.update(c, "DELETE FROM submission_figure");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission_figure(region_code, " + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (var e : figures.entrySet()) {
                CoverageCounts k = e.getValue();
                Sql.bind(ps, e.getKey(), k.inScope(), k.orgSingle(), k.orgJoint(), k.orgArea(), k.workCovered(),
                        k.uncovered(), k.workers(), k.partyMembers());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** The figures a file carries. */
    public static Map<String, CoverageCounts> carried(Session s) {
        Map<String, CoverageCounts> out = new TreeMap<>();
        for (var e : Sql.list(s.connection(), "SELECT region_code, " + COLUMNS + " FROM submission_figure",
                rs -> Map.entry(rs.getString(1), counts(rs, 2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The figures a city ledger received with one submission. */
    public static Map<String, CoverageCounts> received(Session s, long submissionId) {
        Map<String, CoverageCounts> out = new TreeMap<>();
        for (var e : Sql.list(s.connection(), "SELECT region_code, " + COLUMNS + " FROM rollup_figure WHERE submission_id = ?",
                rs -> Map.entry(rs.getString(1), counts(rs, 2)), submissionId)) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    static CoverageCounts counts(ResultSet rs, int first) throws SQLException {
        return new CoverageCounts(rs.getInt(first), rs.getInt(first + 1), rs.getInt(first + 2), rs.getInt(first + 3),
                rs.getInt(first + 4), rs.getInt(first + 5), rs.getInt(first + 6), rs.getInt(first + 7));
    }

    static String columns() {
        return COLUMNS;
    }
}
