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
                JOIN sub_employment m ON m.submission_id = r.id AND m.id_number = w.id_number
                LEFT JOIN sub_enterprise e ON e.submission_id = m.submission_id AND e.src_id = m.enterprise_src_id
                WHERE w.id = ? ORDER BY m.start_date DESC, r.scope_name""", rs -> new Listings.EmploymentRow(-1,
                rs.getString(1), Sql.date(rs, "start_date"), Sql.date(rs, "end_date")), workerId));
    }
}
