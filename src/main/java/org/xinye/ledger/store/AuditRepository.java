package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.xinye.ledger.domain.AuditEntry;

/** The audit log (操作日志): append-only. */
public final class AuditRepository {
    private final Connection c;

    AuditRepository(Connection c) {
        this.c = c;
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("who"), rs.getString("entity"),
                Sql.longOrNull(rs, "entity_id"), rs.getString("action"), rs.getString("before"), rs.getString("after"));
    }

    /** Appends an entry now, by the OS user. */
    public long append(String entity, Long entityId, String action, String before, String after) {
        return append(new AuditEntry(null, Instant.now(), currentUser(), entity, entityId, action, before, after));
    }

    public long append(AuditEntry e) {
        return Sql.insert(c, "INSERT INTO audit_log(at, who, entity, entity_id, action, before, after) VALUES (?,?,?,?,?,?,?)",
                e.at(), e.who(), e.entity(), e.entityId(), e.action(), e.before(), e.after());
    }

    public List<AuditEntry> of(String entity, long entityId) {
        return Sql.list(c, "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC",
                AuditRepository::map, entity, entityId);
    }

    public List<AuditEntry> recent(int limit) {
        return Sql.list(c, "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", AuditRepository::map, limit);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM audit_log");
    }

    public static String currentUser() {
        return System.getProperty("user.name", "?");
    }
}
