package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xinye.ledger.store.Listings;
import org.xinye.ledger.store.Sql;

/**
 * What a city ledger shows of a person beyond the counted record: their jobs as every counted
 * submission lists them, each with the district (or department) that lists it. They stay in the
 * submissions' rows rather than being copied into the city's {@code employment} table.
 */
public final class CityRecords {
    private CityRecords() {
    }

    /**
     * Refuses an edit by hand on a city ledger: its records are rebuilt from the submissions at every
     * roll-up, so an edit there would be lost without a word. They are corrected where they come from.
     */
    public static void refuseEdits(Connection c) {
        if (Sql.count(c, "SELECT COUNT(*) FROM ledger_scope WHERE kind = 'CITY'") > 0) {
            throw new org.xinye.ledger.store.StoreException(org.xinye.ledger.store.StoreException.Kind.READ_ONLY,
                    "rollup.cityReadOnly", null);
        }
    }

    /**
     * On a city ledger, the submission each of these units is counted from, as people read it (东河区 2026-05
     * 上报, and how many other parties list it); empty on any other ledger.
     */
    public static java.util.Map<Long, String> sources(Connection c, java.util.Collection<Long> unitIds) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (unitIds.isEmpty() || Sql.count(c, "SELECT COUNT(*) FROM ledger_scope WHERE kind = 'CITY'") == 0) {
            return out;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(unitIds);
        for (var e : Sql.list(c, """
                SELECT u.enterprise_id, r.scope_name, r.period, u.claims FROM rollup_unit u
                JOIN rollup_submission r ON r.id = u.submission_id""", rs -> new Object[] {rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getInt(4)})) {
            long id = (Long) e[0];
            if (wanted.contains(id)) {
                int others = (Integer) e[3] - 1;
                out.put(id, org.xinye.ledger.domain.Messages.get(others > 0 ? "rollup.source.shared" : "rollup.source",
                        e[1], e[2], others));
            }
        }
        return out;
    }

    /** A person's jobs on a city ledger; empty on any other ledger, which keeps its own. */
    public static Optional<List<Listings.EmploymentRow>> employments(Connection c, long workerId) {
        if (Sql.count(c, "SELECT COUNT(*) FROM ledger_scope WHERE kind = 'CITY'") == 0) {
            return Optional.empty();
        }
        String ids = Sql.list(c, """
                SELECT id FROM rollup_submission r WHERE state = 'CURRENT'
                AND period = (SELECT MAX(period) FROM rollup_submission x WHERE x.scope_key = r.scope_key
                              AND x.state = 'CURRENT')""", rs -> Long.toString(rs.getLong(1)))
                .stream().collect(Collectors.joining(","));
        if (ids.isEmpty()) {
            return Optional.of(List.of());
        }
        // The ids are this ledger's own row numbers, written into the query as numbers.
        return Optional.of(Sql.list(c, """
                SELECT COALESCE(e.name, m.employer_text, '') || '（' || r.scope_name || '）' AS employer,
                       m.start_date, m.end_date
                FROM worker w JOIN rollup_submission r ON r.id IN (""" + ids + """
                )
                JOIN sub_worker l ON l.submission_id = r.id AND l.id_number = w.id_number
                JOIN sub_employment m ON m.submission_id = r.id AND m.worker_src_id = l.src_id
                LEFT JOIN sub_enterprise e ON e.submission_id = m.submission_id AND e.src_id = m.enterprise_src_id
                WHERE w.id = ? ORDER BY m.start_date DESC, r.scope_name""", rs -> new Listings.EmploymentRow(-1,
                rs.getString(1), Sql.date(rs, "start_date"), Sql.date(rs, "end_date")), workerId));
    }
}
