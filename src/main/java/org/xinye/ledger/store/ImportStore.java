package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * The store side of spreadsheet imports: the batch record, the journal that makes the last
 * import undoable exactly (every inserted row, and every updated row's full state before),
 * bulk writes through one prepared statement each, and the 对账 queries over the sources
 * that confirm each worker.
 */
public final class ImportStore {
    /** Tables an import writes, and the columns naming a row of those without a rowid. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "worker", List.of("id"), "enterprise", List.of("id"), "employment", List.of("id"),
            "party_org", List.of("id"), "instructor", List.of("id"), "assignment", List.of("id"),
            "worker_source", List.of("worker_id", "source"), "org_coverage", List.of("org_id", "enterprise_id"));
    private static final int CHUNK = 500;
    /** In a journal key: the last id of a range of inserted rows. */
    private static final String RANGE_END = "id_to";

    private final Connection c;

    ImportStore(Connection c) {
        this.c = c;
    }

    // ---- batches ----

    /** One row of the import history. */
    public record BatchRow(long id, String fileName, String sha256, String type, ImportSource source, String sheet,
                           Instant importedAt, int rows, int inserted, int updated, int unchanged, int moved,
                           int missing, int rejected, int warnings, boolean undone) {
    }

    private static BatchRow mapBatch(ResultSet rs) throws SQLException {
        return new BatchRow(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"), rs.getString("type"),
                Sql.enumOf(ImportSource.class, rs, "source"), rs.getString("sheet"), Sql.instant(rs, "imported_at"),
                rs.getInt("rows"), rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"),
                rs.getInt("moved"), rs.getInt("missing"), rs.getInt("rejected"), rs.getInt("warnings"),
                Sql.bool(rs, "undone"));
    }

    /**
     * Starts a batch (the file's checksum and the counts follow in {@link #finishBatch}, in the
     * same transaction); its id tags everything the import writes.
     */
    public long beginBatch(String fileName, String type, ImportSource source, String sheet, Instant at) {
        return Sql.insert(c, """
                INSERT INTO import_batch(file_name, sha256, type, source, sheet, imported_at, rows, inserted, updated,
                    unchanged, rejected, warnings) VALUES (?,'',?,?,?,?,0,0,0,0,0,0)""",
                fileName, type, source, sheet, at);
    }

    /** Records the checksum and the counts; {@code at} is when the import finished, after every row it wrote. */
    public void finishBatch(long id, String sha256, int rows, int inserted, int updated, int unchanged, int moved,
                            int missing, int rejected, int warnings, Instant at) {
        Sql.update(c, """
                UPDATE import_batch SET sha256 = ?, rows = ?, inserted = ?, updated = ?, unchanged = ?, moved = ?,
                    missing = ?, rejected = ?, warnings = ?, imported_at = ? WHERE id = ?""",
                sha256, rows, inserted, updated, unchanged, moved, missing, rejected, warnings, at, id);
    }

    public List<BatchRow> history() {
        return Sql.list(c, "SELECT * FROM import_batch ORDER BY id DESC", ImportStore::mapBatch);
    }

    /** The newest batch not undone. */
    public Optional<BatchRow> lastActive() {
        return Sql.one(c, "SELECT * FROM import_batch WHERE undone = 0 ORDER BY id DESC LIMIT 1",
                ImportStore::mapBatch);
    }

    /** Whether some batch of this type is not undone. */
    public boolean hasActive(String type) {
        return Sql.count(c, "SELECT EXISTS (SELECT 1 FROM import_batch WHERE type = ? AND undone = 0)", type) != 0;
    }

    /** An earlier batch, not undone, of the same file content and type. */
    public Optional<BatchRow> activeWithHash(String sha256, String type) {
        return Sql.one(c, "SELECT * FROM import_batch WHERE sha256 = ? AND type = ? AND undone = 0 ORDER BY id DESC "
                + "LIMIT 1", ImportStore::mapBatch, sha256, type);
    }

    /** The connection's page cache setting ({@code PRAGMA cache_size}: pages, or KiB when negative). */
    public long cacheSize() {
        return Sql.count(c, "PRAGMA cache_size");
    }

    public void cacheSize(long value) {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + value);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    // ---- journal ----

    /** Records, in order, what one batch changes. Obtain one per batch; not thread-safe. */
    public final class Journal implements AutoCloseable {
        private final long batch;
        private final PreparedStatement ps;
        private int seq;
        private int pending;

        private Journal(long batch) throws SQLException {
            this.batch = batch;
            this.ps = c.prepareStatement(
                    "INSERT INTO import_change(batch_id, seq, entity, entity_id, action, before, entity_key) "
                            + "VALUES (?,?,?,?,?,?,?)");
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

        private void add(String table, long id, String action, String before, String key) {
            if (!TABLES.containsKey(table)) {
                throw new IllegalArgumentException("not an import table: " + table);
            }
            try {
                Sql.bind(ps, batch, ++seq, table, id, action, before, key);
                ps.addBatch();
                if (++pending >= 1000) {
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

    public Journal journal(long batchId) {
        try {
            return new Journal(batchId);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** Each row's full current state as journal JSON, by id, in one query per few hundred ids. */
    public Map<Long, String> snapshots(String table, Collection<Long> ids) {
        if (!TABLES.containsKey(table) || !TABLES.get(table).equals(List.of("id"))) {
            throw new IllegalArgumentException("not a rowid import table: " + table);
        }
        Map<Long, String> out = new HashMap<>();
        List<Long> list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<Long> part = list.subList(i, Math.min(list.size(), i + CHUNK));
            String sql = "SELECT * FROM " + table + " WHERE id IN (" + marks(part.size()) + ")";
            Sql.list(c, sql, rs -> {
                out.put(rs.getLong("id"), RowJson.of(rs));
                return null;
            }, part.toArray());
        }
        return out;
    }

    private static String marks(int n) {
        return "?,".repeat(n - 1) + "?";
    }

    // ---- workers in bulk ----

    /**
     * The stored workers with these ID numbers, one query per few hundred. The journal's
     * before-state of those an import changes comes from {@link #snapshots}: writing it for
     * every row looked up took most of the time of a re-import.
     */
    public Map<String, Worker> workersByIdNumber(Collection<String> idNumbers) {
        Map<String, Worker> out = new HashMap<>();
        List<String> list = new ArrayList<>(idNumbers);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<String> part = list.subList(i, Math.min(list.size(), i + CHUNK));
            Sql.list(c, "SELECT * FROM worker WHERE id_number IN (" + marks(part.size()) + ")", rs -> {
                Worker w = WorkerRepository.map(rs);
                out.put(w.idNumber(), w);
                return null;
            }, part.toArray());
        }
        return out;
    }

    /** Updates many workers through one statement; every updated row gets the same {@code at}. */
    public void updateWorkers(List<Worker> workers, Instant at) {
        String set = String.join(" = ?, ", WorkerRepository.COLUMNS.split(", ")) + " = ?, updated_at = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE worker SET " + set + " WHERE id = ?")) {
            int n = 0;
            for (Worker w : workers) {
                Object[] v = WorkerRepository.values(w);
                for (int i = 0; i < v.length; i++) {
                    Sql.bindOne(ps, i + 1, v[i]);
                }
                ps.setString(v.length + 1, at.toString());
                ps.setLong(v.length + 2, w.id());
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** The employment rows still open (no end date) of these workers: worker id → employment id. */
    public Map<Long, Long> openEmployments(Collection<Long> workerIds) {
        Map<Long, Long> out = new HashMap<>();
        List<Long> list = new ArrayList<>(workerIds);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<Long> part = list.subList(i, Math.min(list.size(), i + CHUNK));
            Sql.list(c, "SELECT id, worker_id FROM employment WHERE end_date IS NULL AND worker_id IN ("
                    + marks(part.size()) + ") ORDER BY id", rs -> {
                        out.put(rs.getLong("worker_id"), rs.getLong("id"));
                        return null;
                    }, part.toArray());
        }
        return out;
    }

    public void endEmployment(long employmentId, LocalDate to) {
        Sql.update(c, "UPDATE employment SET end_date = ? WHERE id = ?", to, employmentId);
    }

    // ---- sources ----

    /** What one source last said about a worker. */
    public record SourceRow(long workerId, ImportSource source, Long batchId, Instant confirmedAt, String employerText,
                            String mobile) {
    }

    /** The existing rows of {@code source} for these workers, with their state as journal JSON. */
    public Map<Long, String> sourceSnapshots(ImportSource source, Collection<Long> workerIds) {
        Map<Long, String> out = new HashMap<>();
        List<Long> list = new ArrayList<>(workerIds);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<Long> part = list.subList(i, Math.min(list.size(), i + CHUNK));
            Object[] params = new Object[part.size() + 1];
            params[0] = source;
            for (int k = 0; k < part.size(); k++) {
                params[k + 1] = part.get(k);
            }
            Sql.list(c, "SELECT * FROM worker_source WHERE source = ? AND worker_id IN (" + marks(part.size()) + ")",
                    rs -> {
                        out.put(rs.getLong("worker_id"), RowJson.of(rs));
                        return null;
                    }, params);
        }
        return out;
    }

    /** Inserts or refreshes what each source says about each worker. */
    public void upsertSources(List<SourceRow> rows) {
        try (SourceWriter w = sourceWriter()) {
            w.write(rows);
        }
    }

    /** {@link #upsertSources} for a load written batch after batch: the statements stay prepared until closed. */
    public SourceWriter sourceWriter() {
        return new SourceWriter();
    }

    /** Inserts or refreshes source rows; each {@link #write} has written its rows when it returns. */
    public final class SourceWriter implements AutoCloseable {
        private final BulkInsert bulk = new BulkInsert(c, "worker_source",
                List.of("worker_id", "source", "batch_id", "confirmed_at", "employer_text", "mobile"), """
                ON CONFLICT(worker_id, source) DO UPDATE SET batch_id = excluded.batch_id,
                    confirmed_at = excluded.confirmed_at, employer_text = excluded.employer_text,
                    mobile = excluded.mobile""");
        private Instant at;
        private String atText;

        private SourceWriter() {
        }

        public void write(List<SourceRow> rows) {
            for (SourceRow r : rows) {
                bulk.add(r.workerId(), r.source(), r.batchId(), text(r.confirmedAt()), r.employerText(), r.mobile());
            }
            bulk.flush();
        }

        /** An import confirms every row at the same instant: written out once, not once per row. */
        private String text(Instant t) {
            if (!java.util.Objects.equals(t, at)) {
                at = t;
                atText = t == null ? null : t.toString();
            }
            return atText;
        }

        @Override
        public void close() {
            bulk.close();
        }
    }

    // ---- units ----

    /** A unit as the matcher needs it. */
    public record UnitKey(long id, String name, String creditCode, String townshipCode) {
    }

    public List<UnitKey> unitKeys() {
        return Sql.list(c, "SELECT id, name, credit_code, township_code FROM enterprise ORDER BY id",
                rs -> new UnitKey(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                        rs.getString("township_code")));
    }

    public void setTownshipText(long enterpriseId, String text) {
        Sql.update(c, "UPDATE enterprise SET township_text = ? WHERE id = ?", text, enterpriseId);
    }

    /** The workers of a unit not yet marked left: id, ID number, name, status. */
    public record RosterEntry(long workerId, String idNumber, String name, WorkerStatus status) {
    }

    public List<RosterEntry> rosterOf(long enterpriseId) {
        return Sql.list(c, "SELECT id, id_number, name, status FROM worker WHERE employer_id = ? AND status <> 'LEFT' "
                        + "ORDER BY name",
                rs -> new RosterEntry(rs.getLong("id"), rs.getString("id_number"), rs.getString("name"),
                        WorkerStatus.valueOf(rs.getString("status"))), enterpriseId);
    }

    public void setWorkerStatus(long workerId, WorkerStatus status, Instant at) {
        Sql.update(c, "UPDATE worker SET status = ?, updated_at = ? WHERE id = ?", status, at, workerId);
    }

    // ---- undo ----

    /** What undoing a batch did. */
    public record Undone(BatchRow batch, int deleted, int restored) {
    }

    /** Rows of the batch changed by someone after it: undoing would overwrite those edits. */
    public int editedSince(long batchId) {
        return (int) Sql.count(c, """
                SELECT COUNT(*) FROM import_change ch JOIN import_batch b ON b.id = ch.batch_id
                WHERE ch.batch_id = ? AND (
                   (ch.entity = 'worker' AND EXISTS (SELECT 1 FROM worker w WHERE w.id = ch.entity_id
                        AND w.updated_at > b.imported_at))
                OR (ch.entity = 'enterprise' AND EXISTS (SELECT 1 FROM enterprise e WHERE e.id = ch.entity_id
                        AND e.updated_at > b.imported_at)))""", batchId);
    }

    /**
     * Undoes a batch: in reverse order, deletes what it inserted and puts back the full prior
     * state of what it updated; then marks it undone. Call inside one write transaction.
     */
    public Undone undo(long batchId) {
        BatchRow batch = Sql.one(c, "SELECT * FROM import_batch WHERE id = ?", ImportStore::mapBatch, batchId)
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, batchId));
        record Change(String entity, long id, String action, String before, String key) {
        }
        List<Change> changes = Sql.list(c, "SELECT * FROM import_change WHERE batch_id = ? ORDER BY seq DESC",
                rs -> new Change(rs.getString("entity"), rs.getLong("entity_id"), rs.getString("action"),
                        rs.getString("before"), rs.getString("entity_key")), batchId);
        int deleted = 0;
        int restored = 0;
        for (Change ch : changes) {
            List<String> keyCols = TABLES.get(ch.entity());
            if (keyCols == null) {
                throw new IllegalStateException("journal names an unknown table: " + ch.entity());
            }
            Map<String, Object> key = new LinkedHashMap<>();
            if (ch.key() != null) {
                key.putAll(RowJson.read(ch.key()));
            } else {
                key.put("id", ch.id());
            }
            if (key.containsKey(RANGE_END)) {
                deleted += Sql.update(c, "DELETE FROM " + ch.entity() + " WHERE id BETWEEN ? AND ?", ch.id(),
                        key.get(RANGE_END));
                continue;
            }
            String where = String.join(" = ? AND ", key.keySet()) + " = ?";
            if (ch.action().equals("INSERT")) {
                deleted += Sql.update(c, "DELETE FROM " + ch.entity() + " WHERE " + where, key.values().toArray());
            } else {
                Map<String, Object> before = RowJson.read(ch.before());
                List<String> cols = new ArrayList<>();
                List<Object> params = new ArrayList<>();
                for (Map.Entry<String, Object> e : before.entrySet()) {
                    if (!key.containsKey(e.getKey())) {
                        cols.add(e.getKey() + " = ?");
                        params.add(e.getValue());
                    }
                }
                params.addAll(key.values());
                int n = Sql.update(c, "UPDATE " + ch.entity() + " SET " + String.join(", ", cols) + " WHERE " + where,
                        params.toArray());
                if (n == 0) {
                    // The row was deleted after the import: put it back as it was.
                    List<String> names = new ArrayList<>(before.keySet());
                    Sql.update(c, "INSERT INTO " + ch.entity() + "(" + String.join(", ", names) + ") VALUES ("
                            + marks(names.size()) + ")", before.values().toArray());
                }
                restored++;
            }
        }
        Sql.update(c, "UPDATE import_batch SET undone = 1 WHERE id = ?", batchId);
        return new Undone(batch, deleted, restored);
    }

    /** How many changes a batch journalled (for tests and the history view). */
    public long changeCount(long batchId) {
        return Sql.count(c, "SELECT COUNT(*) FROM import_change WHERE batch_id = ?", batchId);
    }

    // ---- 对账: the sources side by side ----

    /** A worker confirmed by a single source. */
    public record SingleSource(long workerId, String name, String idNumber, String employer, ImportSource source,
                               Instant confirmedAt) {
    }

    /** A worker whose sources disagree on employer or phone. */
    public record Disagreement(long workerId, String name, String idNumber, List<SourceRow> sources) {
    }

    /** A unit whose workers in the ledger differ in number from the count it declared. */
    public record CountMismatch(long enterpriseId, String name, int declared, int inLedger) {
    }

    /** A worker whose employer or township is still only text (单位待匹配 / 区划待匹配). */
    public record Unmatched(long workerId, String name, String idNumber, String employerText, String townshipText) {
    }

    public List<SingleSource> singleSource() {
        return Sql.list(c, """
                SELECT w.id, w.name, w.id_number, COALESCE(e.name, w.employer_text) AS employer, s.source, s.confirmed_at
                FROM worker_source s JOIN worker w ON w.id = s.worker_id LEFT JOIN enterprise e ON e.id = w.employer_id
                WHERE w.status <> 'LEFT'
                  AND s.worker_id IN (SELECT worker_id FROM worker_source GROUP BY worker_id HAVING COUNT(*) = 1)
                ORDER BY s.source, employer, w.name""",
                rs -> new SingleSource(rs.getLong("id"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("employer"), Sql.enumOf(ImportSource.class, rs, "source"),
                        Sql.instant(rs, "confirmed_at")));
    }

    public List<Disagreement> disagreements() {
        record Line(long workerId, String name, String idNumber, SourceRow source) {
        }
        List<Line> lines = Sql.list(c, """
                SELECT w.name, w.id_number, s.* FROM worker_source s JOIN worker w ON w.id = s.worker_id
                WHERE s.worker_id IN (SELECT worker_id FROM worker_source GROUP BY worker_id
                    HAVING COUNT(DISTINCT employer_text) > 1 OR COUNT(DISTINCT mobile) > 1)
                ORDER BY w.name, w.id, s.source""",
                rs -> new Line(rs.getLong("worker_id"), rs.getString("name"), rs.getString("id_number"),
                        new SourceRow(rs.getLong("worker_id"), Sql.enumOf(ImportSource.class, rs, "source"),
                                Sql.longOrNull(rs, "batch_id"), Sql.instant(rs, "confirmed_at"),
                                rs.getString("employer_text"), rs.getString("mobile"))));
        Map<Long, Disagreement> out = new LinkedHashMap<>();
        for (Line l : lines) {
            out.computeIfAbsent(l.workerId(), k -> new Disagreement(l.workerId(), l.name(), l.idNumber(),
                    new ArrayList<>())).sources().add(l.source());
        }
        return List.copyOf(out.values());
    }

    public List<CountMismatch> countMismatches() {
        return Sql.list(c, """
                SELECT e.id, e.name, e.declared_workers,
                       (SELECT COUNT(*) FROM worker w WHERE w.employer_id = e.id AND w.status <> 'LEFT') AS n
                FROM enterprise e WHERE e.declared_workers IS NOT NULL
                  AND e.declared_workers <> (SELECT COUNT(*) FROM worker w WHERE w.employer_id = e.id
                                             AND w.status <> 'LEFT')
                ORDER BY abs(e.declared_workers - n) DESC, e.name""",
                rs -> new CountMismatch(rs.getLong("id"), rs.getString("name"), rs.getInt("declared_workers"),
                        rs.getInt("n")));
    }

    public List<Unmatched> unmatched() {
        return Sql.list(c, """
                SELECT id, name, id_number, employer_text, township_text FROM worker
                WHERE status <> 'LEFT' AND ((employer_id IS NULL AND employer_text IS NOT NULL)
                   OR (township_code IS NULL AND township_text IS NOT NULL))
                ORDER BY employer_text, name""",
                rs -> new Unmatched(rs.getLong("id"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("employer_text"), rs.getString("township_text")));
    }
}
