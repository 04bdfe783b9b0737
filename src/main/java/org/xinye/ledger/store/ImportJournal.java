package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.ImportSource;

/**
 * Records, in order, what one import batch changes, so {@link ImportUndo} can take it back
 * exactly: every inserted row, and every updated row's full state before. Obtain one per
 * batch from {@link Session#importJournal}; not thread-safe.
 */
public final class ImportJournal implements AutoCloseable {
    /** Tables an import writes, and the columns naming a row of those without a rowid. */
    static final Map<String, List<String>> TABLES = Map.of(
            "worker", List.of("id"), "enterprise", List.of("id"), "employment", List.of("id"),
            "party_org", List.of("id"), "instructor", List.of("id"), "assignment", List.of("id"),
            "worker_source", List.of("worker_id", "source"), "org_coverage", List.of("org_id", "enterprise_id"),
            "membership", List.of("worker_id"));
    /** In a journal key: the last id of a range of inserted rows. */
    static final String RANGE_END = "id_to";
    private static final int FLUSH_EVERY = 1000;

    private final Connection c;
    private final long batch;
    private final PreparedStatement ps;
    private int seq;
    private int pending;

    ImportJournal(Connection c, long batch) {
        this.c = c;
        this.batch = batch;
        try {
            this.ps = c.prepareStatement(
                    "INSERT INTO import_change(batch_id, seq, entity, entity_id, action, before, entity_key) "
                            + "VALUES (?,?,?,?,?,?,?)");
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** A row the batch inserted (undo deletes it). */
    public void inserted(String table, long id) {
        add(table, id, "INSERT", null, null);
    }

    /** Rows {@code from..to} (ids the caller assigned in one run) the batch inserted: one entry, not one per row. */
    public void insertedRange(String table, long from, long to) {
        add(table, from, "INSERT", null, RowJson.write(Map.of(RANGE_END, to)));
    }

    /** A row without rowid the batch inserted, named by its key columns. */
    public void insertedKey(String table, long id, Map<String, ?> key) {
        add(table, id, "INSERT", null, RowJson.write(key));
    }

    /** A row the batch is about to update, with its full state before (from {@link #snapshots}). */
    public void updated(String table, long id, String before) {
        add(table, id, "UPDATE", before, null);
    }

    /** A row without rowid the batch is about to update. */
    public void updatedKey(String table, long id, Map<String, ?> key, String before) {
        add(table, id, "UPDATE", before, RowJson.write(key));
    }

    /** Each row's full current state as journal JSON, by id, in one query per few hundred ids. */
    public Map<Long, String> snapshots(String table, Collection<Long> ids) {
        if (!TABLES.containsKey(table) || !TABLES.get(table).equals(List.of("id"))) {
            throw new IllegalArgumentException("not a rowid import table: " + table);
        }
        Map<Long, String> out = new HashMap<>();
        InChunks.query(c, "SELECT * FROM " + table + " WHERE id IN IN_LIST", ids, rs -> {
            out.put(rs.getLong("id"), RowJson.of(rs));
            return null;
        });
        return out;
    }

    /** The rows of {@code worker_source} of one source for these workers, as journal JSON by worker id. */
    public Map<Long, String> sourceSnapshots(ImportSource source, Collection<Long> workerIds) {
        return byWorker("SELECT * FROM worker_source WHERE source = ? AND worker_id IN IN_LIST", workerIds, source);
    }

    /** The 组织关系 rows of these workers, as journal JSON by worker id (those without one are absent). */
    public Map<Long, String> membershipSnapshots(Collection<Long> workerIds) {
        return byWorker("SELECT * FROM membership WHERE worker_id IN IN_LIST", workerIds);
    }

    private Map<Long, String> byWorker(String sql, Collection<Long> workerIds, Object... leading) {
        Map<Long, String> out = new HashMap<>();
        InChunks.query(c, sql, workerIds, rs -> {
            out.put(rs.getLong("worker_id"), RowJson.of(rs));
            return null;
        }, leading);
        return out;
    }

    private void add(String table, long id, String action, String before, String key) {
        if (!TABLES.containsKey(table)) {
            throw new IllegalArgumentException("not an import table: " + table);
        }
        try {
            Sql.bind(ps, batch, ++seq, table, id, action, before, key);
            ps.addBatch();
            if (++pending >= FLUSH_EVERY) {
                flush();
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    public void flush() {
        try {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            ps.close();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }
}
