package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.xinye.ledger.domain.AuditEntry;

/**
 * Edits by hand, written to the audit log so that each can be seen and undone. An edit
 * names the records it touches; the log keeps each one's whole {@link Aggregate} as JSON
 * before and after, under one change id. Undoing a change puts every touched record back
 * exactly as it was (a deleted unit returns with its org links, assignments and visits, and
 * its workers point at it again), and refuses when the records have moved on since.
 */
public final class ChangeLog {
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String UNDO = "UNDO";
    public static final String REVEAL = "REVEAL";

    /** One record: its aggregate kind and id. */
    public record Key(Aggregate aggregate, long id) {
        public static Key of(Aggregate aggregate, long id) {
            return new Key(aggregate, id);
        }
    }

    /** A new record's id and the change that created it. */
    public record Created(long id, long changeId) {
    }

    /** What an undo put back. */
    public record Undone(long changeId, String action, List<Key> keys) {
    }

    private final Connection c;

    ChangeLog(Connection c) {
        this.c = c;
    }

    /**
     * Runs {@code work} (which must touch only the named records' aggregates) and logs it as one
     * change. Gives the change id, or 0 when nothing changed.
     */
    public long edit(String action, List<Key> keys, Runnable work) {
        org.xinye.ledger.store.rollup.CityRecords.refuseEdits(c);
        List<String> before = new ArrayList<>();
        for (Key k : keys) {
            before.add(capture(k));
        }
        work.run();
        return log(action, keys, before);
    }

    public long edit(String action, Key key, Runnable work) {
        return edit(action, List.of(key), work);
    }

    /** Inserts a record ({@code insert} gives its id) and logs its creation. */
    public Created create(Aggregate aggregate, LongSupplier insert) {
        org.xinye.ledger.store.rollup.CityRecords.refuseEdits(c);
        long id = insert.getAsLong();
        List<String> before = new ArrayList<>();
        before.add(null);
        long change = log(CREATE, List.of(Key.of(aggregate, id)), before);
        return new Created(id, change);
    }

    /** Deletes a record with everything that cascades with it; undo brings all of it back. */
    public long delete(Key key) {
        return edit(DELETE, key, () -> Sql.update(c, "DELETE FROM " + key.aggregate().table() + " WHERE id = ?", key.id()));
    }

    /** Notes that the user deliberately showed a record's unmasked personal data. */
    public void reveal(Key key) {
        insertRow(key.aggregate().table(), key.id(), REVEAL, null, null, null, Instant.now(), AuditRepository.currentUser());
    }

    private long log(String action, List<Key> keys, List<String> before) {
        Instant at = Instant.now();
        String who = AuditRepository.currentUser();
        Long change = null;
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            String after = capture(k);
            if (Objects.equals(before.get(i), after)) {
                continue;
            }
            long row = insertRow(k.aggregate().table(), k.id(), action, before.get(i), after, change, at, who);
            if (change == null) {
                change = row;
                Sql.update(c, "UPDATE audit_log SET change_id = ? WHERE id = ?", row, row);
            }
        }
        return change == null ? 0 : change;
    }

    private long insertRow(String entity, long id, String action, String before, String after, Long change,
                           Instant at, String who) {
        return Sql.insert(c, """
                INSERT INTO audit_log(at, who, entity, entity_id, action, before, after, change_id)
                VALUES (?,?,?,?,?,?,?,?)""", at, who, entity, id, action, before, after, change);
    }

    private record Logged(long auditId, Key key, String action, String before, String after, Long undoneBy) {
    }

    /**
     * Puts back what a change altered. Refused (nothing written) when it was undone already
     * or when a touched record has changed since, e.g. by a later import.
     */
    public Undone undo(long changeId) {
        List<Logged> rows = Sql.list(c, "SELECT * FROM audit_log WHERE change_id = ? ORDER BY id", rs -> new Logged(
                rs.getLong("id"), Key.of(aggregateOf(rs.getString("entity")), rs.getLong("entity_id")),
                rs.getString("action"), rs.getString("before"), rs.getString("after"), Sql.longOrNull(rs, "undone_by")),
                changeId);
        if (rows.isEmpty()) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "changes.unknown", null, changeId);
        }
        if (rows.stream().anyMatch(r -> r.undoneBy() != null)) {
            throw new StoreException(StoreException.Kind.CONSTRAINT, "changes.alreadyUndone", null);
        }
        // Its personal numbers are masked: putting it back would write the masks into the record.
        if (rows.get(0).auditId() <= Privacy.undoEndedThrough(new Session(c))) {
            throw new StoreException(StoreException.Kind.CONSTRAINT, "changes.ended", null);
        }
        for (Logged r : rows) {
            if (!Objects.equals(capture(r.key()), r.after())) {
                throw new StoreException(StoreException.Kind.CONSTRAINT, "changes.stale", null);
            }
        }
        Instant at = Instant.now();
        String who = AuditRepository.currentUser();
        List<Key> keys = new ArrayList<>();
        List<State> states = new ArrayList<>();
        for (Logged r : rows) {
            states.add(state(r.key().aggregate(), r.before()));
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            restore(rows.get(i).key(), states.get(i));
        }
        for (Logged r : rows) {
            String now = capture(r.key());
            if (!Objects.equals(now, r.before())) {
                throw new IllegalStateException("undo did not restore " + r.key() + " exactly");
            }
            long undoRow = insertRow(r.key().aggregate().table(), r.key().id(), UNDO, r.after(), r.before(), null, at, who);
            Sql.update(c, "UPDATE audit_log SET undone_by = ? WHERE id = ?", undoRow, r.auditId());
            keys.add(r.key());
        }
        return new Undone(changeId, rows.get(0).action(), keys);
    }

    // ---- capture and restore ----

    /** The record's aggregate as canonical JSON, or null when the record does not exist. */
    public String capture(Key key) {
        Aggregate a = key.aggregate();
        List<Map<String, Object>> root = rows("SELECT * FROM " + a.table() + " WHERE id = ?", key.id());
        if (root.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("row", root.get(0));
        Map<String, Object> parts = new LinkedHashMap<>();
        for (Aggregate.Part p : a.parts()) {
            parts.put(p.table(), rows("SELECT * FROM " + p.table() + " WHERE " + p.column() + " = ? ORDER BY "
                    + Aggregate.orderOf(p.table()), key.id()));
        }
        out.put("parts", parts);
        Map<String, Object> refs = new LinkedHashMap<>();
        for (Aggregate.Ref r : a.refs()) {
            refs.put(r.table() + "." + r.column(), Sql.list(c, "SELECT " + r.key() + " FROM " + r.table() + " WHERE "
                    + r.column() + " = ? ORDER BY " + r.key(), rs -> rs.getLong(1), key.id()));
        }
        out.put("refs", refs);
        return RecordJson.write(out);
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        return Sql.list(c, sql, ChangeLog::row, params);
    }

    static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof Integer n) {
                v = n.longValue();
            } else if (v instanceof Float f) {
                v = f.doubleValue();
            }
            m.put(md.getColumnName(i), v);
        }
        return m;
    }

    /** A record's aggregate as a change-log entry stores it, every name in it checked against the schema. */
    private record State(Map<String, Object> row, Map<String, List<Map<String, Object>>> parts,
                         Map<String, Object> refs) {
    }

    /**
     * {@code json} (what {@link #capture} wrote) read and checked; null for null. A name the schema
     * does not have, or a shape the app does not write, is the refusal: a log altered outside the app.
     */
    private static State state(Aggregate a, String json) {
        if (json == null) {
            return null;
        }
        String where = StoredNames.CHANGE_LOG;
        Map<String, Object> state = StoredNames.object(where, json);
        Map<String, Object> row = StoredNames.row(where, a.table(), state.get("row"));
        Map<String, Object> parts = StoredNames.map(where, state.getOrDefault("parts", Map.of()));
        Map<String, List<Map<String, Object>>> partRows = new LinkedHashMap<>();
        for (Aggregate.Part p : a.parts()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object r : StoredNames.list(where, parts.getOrDefault(p.table(), List.of()))) {
                rows.add(StoredNames.row(where, p.table(), r));
            }
            partRows.put(p.table(), rows);
        }
        Map<String, Object> refs = StoredNames.map(where, state.getOrDefault("refs", Map.of()));
        for (Object ids : refs.values()) {
            if (StoredNames.list(where, ids).stream().anyMatch(id -> !(id instanceof Long))) {
                throw StoredNames.malformed(where);
            }
        }
        return new State(row, partRows, refs);
    }

    /** Makes the record's aggregate what {@code state} says (null: the record does not exist). */
    private void restore(Key key, State state) {
        Aggregate a = key.aggregate();
        if (state == null) {
            Sql.update(c, "DELETE FROM " + a.table() + " WHERE id = ?", key.id());
            return;
        }
        Map<String, Object> row = state.row();
        Map<String, Object> refs = state.refs();
        for (Aggregate.Part p : a.parts()) {
            Sql.update(c, "DELETE FROM " + p.table() + " WHERE " + p.column() + " = ?", key.id());
        }
        boolean exists = Sql.count(c, "SELECT COUNT(*) FROM " + a.table() + " WHERE id = ?", key.id()) > 0;
        if (exists) {
            List<String> cols = new ArrayList<>(row.keySet());
            cols.remove("id");
            List<Object> values = new ArrayList<>();
            cols.forEach(col -> values.add(row.get(col)));
            values.add(key.id());
            execute("UPDATE " + a.table() + " SET " + String.join(" = ?, ", cols) + " = ? WHERE id = ?", values);
        } else {
            insert(a.table(), row);
        }
        for (Aggregate.Part p : a.parts()) {
            for (Map<String, Object> r : state.parts().get(p.table())) {
                insert(p.table(), r);
            }
        }
        for (Aggregate.Ref r : a.refs()) {
            String ids = RecordJson.write(refs.getOrDefault(r.table() + "." + r.column(), List.of()));
            Sql.update(c, "UPDATE " + r.table() + " SET " + r.column() + " = NULL WHERE " + r.column() + " = ? AND "
                    + r.key() + " NOT IN (SELECT value FROM json_each(?))", key.id(), ids);
            Sql.update(c, "UPDATE " + r.table() + " SET " + r.column() + " = ? WHERE " + r.key()
                    + " IN (SELECT value FROM json_each(?))", key.id(), ids);
        }
    }

    /** The aggregate a logged entry names; a name the app does not log refuses the undo. */
    private static Aggregate aggregateOf(String table) {
        for (Aggregate a : Aggregate.values()) {
            if (a.table().equals(table)) {
                return a;
            }
        }
        throw StoredNames.unknownName(StoredNames.CHANGE_LOG, table);
    }

    private void insert(String table, Map<String, Object> row) {
        List<String> cols = new ArrayList<>(row.keySet());
        execute("INSERT INTO " + table + "(" + String.join(", ", cols) + ") VALUES ("
                + "?, ".repeat(cols.size() - 1) + "?)", new ArrayList<>(row.values()));
    }

    private void execute(String sql, List<Object> values) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (v instanceof Long n) {
                    ps.setLong(i + 1, n);
                } else if (v instanceof Double d) {
                    ps.setDouble(i + 1, d);
                } else if (v instanceof Boolean b) {
                    ps.setInt(i + 1, b ? 1 : 0);
                } else {
                    ps.setString(i + 1, v.toString());
                }
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    // ---- history ----

    /**
     * The log of one record, newest first, from its latest creation on (SQLite reuses the id
     * of a deleted last row, and a new record must not inherit the old one's history).
     */
    public List<AuditLine> history(Key key) {
        String entity = key.aggregate().table();
        AuditFormat format = new AuditFormat(new Session(c));
        return Sql.list(c, """
                SELECT * FROM audit_log WHERE entity = ? AND entity_id = ?
                  AND id >= (SELECT COALESCE(MAX(id), 0) FROM audit_log
                             WHERE entity = ? AND entity_id = ? AND action = 'CREATE')
                ORDER BY id DESC""",
                rs -> format.line(AuditRepository.map(rs), Sql.longOrNull(rs, "change_id"), Sql.longOrNull(rs, "undone_by")),
                entity, key.id(), entity, key.id());
    }
}
