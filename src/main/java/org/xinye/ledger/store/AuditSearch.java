package org.xinye.ledger.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.xinye.ledger.domain.AuditEntry;

/**
 * Searching the audit log (操作日志) by who, entity, action and day range: for its page and
 * its export, which take the same {@link Filter}.
 */
public final class AuditSearch {
    private AuditSearch() {
    }

    /**
     * Empty fields do not filter; {@code from} and {@code to} are local days, both included;
     * {@code text} searches the records before and after (the export's {@code q}).
     */
    public record Filter(String who, String entity, String action, LocalDate from, LocalDate to, String text)
            implements TableFilter {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        /** The page's filter: who, entity, action and the day range. */
        public Filter(String who, String entity, String action, LocalDate from, LocalDate to) {
            this(who, entity, action, from, to, null);
        }

        /** The conditions on the columns of {@code audit_log}. */
        public Where where() {
            Where w = new Where().equal("who", blankToNull(who)).equal("entity", blankToNull(entity))
                    .equal("action", blankToNull(action));
            if (from != null) {
                w.and("at >= ?", startOf(from));
            }
            if (to != null) {
                w.and("at < ?", startOf(to.plusDays(1)));
            }
            TextSearch.anyContains(w, text, "before", "after");
            return w;
        }

        private static String blankToNull(String v) {
            return v == null || v.isBlank() ? null : v;
        }
    }

    /** Entries are stored as UTC instants; a local day starts where the user is. */
    private static String startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
    }

    /** The newest {@code limit} entries that match. */
    public static List<AuditEntry> find(Session s, Filter f, int limit) {
        Where w = f.where();
        return Sql.list(s.connection(), "SELECT * FROM audit_log" + w.sql() + " ORDER BY id DESC LIMIT ?",
                AuditRepository::map, w.params(limit));
    }

    /** The newest {@code limit} entries that match, as sentences ({@link AuditFormat}). */
    public static List<AuditLine> lines(Session s, Filter f, int limit) {
        Where w = f.where();
        AuditFormat format = new AuditFormat(s);
        return Sql.list(s.connection(), "SELECT * FROM audit_log" + w.sql() + " ORDER BY id DESC LIMIT ?",
                rs -> format.line(AuditRepository.map(rs), Sql.longOrNull(rs, "change_id"), Sql.longOrNull(rs, "undone_by")),
                w.params(limit));
    }

    public static long count(Session s, Filter f) {
        Where w = f.where();
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
