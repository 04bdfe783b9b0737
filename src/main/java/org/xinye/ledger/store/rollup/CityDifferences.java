package org.xinye.ledger.store.rollup;

import java.time.Instant;
import java.util.List;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/** 待办 ▸ 市级差异 on a county's or department's ledger: the rows of the city's list still to follow up. */
public final class CityDifferences {
    /** One row: about a person ({@code workerId}), a unit ({@code enterpriseId}) or someone to add (neither). */
    public record Row(long id, String period, Differences.Kind kind, Long workerId, Long enterpriseId, String subject,
                      String detail) {
    }

    private CityDifferences() {
    }

    public static List<Row> open(Session s) {
        return Sql.list(s.connection(), """
                SELECT id, period, kind, worker_id, enterprise_id, subject, detail FROM city_difference
                WHERE resolved_at IS NULL ORDER BY period DESC, kind, id""", rs -> new Row(rs.getLong(1),
                rs.getString(2), Differences.Kind.valueOf(rs.getString(3)), Sql.longOrNull(rs, "worker_id"),
                Sql.longOrNull(rs, "enterprise_id"), rs.getString(6), rs.getString(7)));
    }

    /** Marks a row as dealt with; it leaves the list. */
    public static void resolve(Session s, long id, Instant at) {
        Sql.update(s.connection(), "UPDATE city_difference SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
                at, id);
    }
}
