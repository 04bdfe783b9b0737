package org.xinye.ledger.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.AuditEntry;

/**
 * Searching the audit log (操作日志) by who, entity, action and day range: for its page and
 * its export, which take the same filter keys ({@code who}, {@code entity}, {@code action},
 * {@code from}, {@code to}; days are local dates, both ends included).
 */
public final class AuditSearch {
    private AuditSearch() {
    }

    /** Empty fields do not filter. */
    public record Filter(String who, String entity, String action, LocalDate from, LocalDate to) {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        /** The same filter in the export's terms. */
        public Map<String, String> asMap() {
            Map<String, String> m = new LinkedHashMap<>();
            put(m, "who", who);
            put(m, "entity", entity);
            put(m, "action", action);
            if (from != null) {
                m.put("from", from.toString());
            }
            if (to != null) {
                m.put("to", to.toString());
            }
            return m;
        }

        private static void put(Map<String, String> m, String k, String v) {
            if (v != null && !v.isBlank()) {
                m.put(k, v);
            }
        }
    }

    private record Where(String sql, Object[] params) {
    }

    private static Where where(Filter f) {
        StringBuilder b = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        for (var cond : List.of(Map.entry("who", String.valueOf(f.who())), Map.entry("entity", String.valueOf(f.entity())),
                Map.entry("action", String.valueOf(f.action())))) {
            String v = cond.getValue();
            if (!"null".equals(v) && !v.isBlank()) {
                b.append(" AND ").append(cond.getKey()).append(" = ?");
                params.add(v);
            }
        }
        if (f.from() != null) {
            b.append(" AND at >= ?");
            params.add(startOf(f.from()));
        }
        if (f.to() != null) {
            b.append(" AND at < ?");
            params.add(startOf(f.to().plusDays(1)));
        }
        return new Where(b.toString(), params.toArray());
    }

    /** Entries are stored as UTC instants; a local day starts where the user is. */
    private static String startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
    }

    /** The newest {@code limit} entries that match. */
    public static List<AuditEntry> find(Session s, Filter f, int limit) {
        Where w = where(f);
        Object[] params = java.util.Arrays.copyOf(w.params(), w.params().length + 1);
        params[params.length - 1] = limit;
        return Sql.list(s.connection(), "SELECT * FROM audit_log" + w.sql() + " ORDER BY id DESC LIMIT ?",
                AuditRepository::map, params);
    }

    public static long count(Session s, Filter f) {
        Where w = where(f);
        return Sql.count(s.connection(), "SELECT COUNT(*) FROM audit_log" + w.sql(), w.params());
    }

    /** The values a column takes, for the filter choices: {@code who}, {@code entity} or {@code action}. */
    public static List<String> values(Session s, String column) {
        if (!List.of("who", "entity", "action").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return Sql.list(s.connection(), "SELECT DISTINCT " + column + " FROM audit_log ORDER BY 1", rs -> rs.getString(1));
    }
}
