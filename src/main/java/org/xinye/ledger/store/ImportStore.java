package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * The bulk reads and writes of a spreadsheet import: updates of workers through one
 * prepared statement, what each source says about each worker, the units the matcher
 * needs and a unit's roster. The batch record is {@link ImportBatches}, the undo journal
 * {@link ImportJournal}, the 对账 queries {@link ReconcileQueries}.
 */
public final class ImportStore {
    private final Connection c;

    ImportStore(Connection c) {
        this.c = c;
    }

    /** The connection's page cache setting ({@code PRAGMA cache_size}: pages, or KiB when negative). */
    public long cacheSize() {
        return Sql.count(c, "PRAGMA cache_size");
    }

    public void cacheSize(long value) {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + value);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    // ---- workers in bulk ----

    /** Updates many workers through one statement; every updated row gets the same {@code at}. */
    public void updateWorkers(List<Worker> workers, Instant at) {
        String set = String.join(" = ?, ", WorkerRepository.COLUMNS.split(", ")) + " = ?, updated_at = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE worker SET " + set + " WHERE id = ?")) {
            int n = 0;
            for (Worker w : workers) {
                Object[] v = WorkerRepository.columnValues(w);
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

    // ---- sources ----

    /** What one source last said about a worker. */
    public record SourceRow(long workerId, ImportSource source, Long batchId, Instant confirmedAt, String employerText,
                            String mobile) {
    }

    /** Inserts or refreshes what each source says about each worker, batch after batch: the statements stay prepared until closed. */
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
                add(r);
            }
            bulk.flush();
        }

        // A row's work in a method of its own, compiled soon (see WorkerRepository.Loader.workers).
        private void add(SourceRow r) {
            bulk.add(r.workerId(), r.source(), r.batchId(), text(r.confirmedAt()), r.employerText(), r.mobile());
        }

        /** An import confirms every row at the same instant: written out once, not once per row. */
        private String text(Instant t) {
            if (!Objects.equals(t, at)) {
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

    // ---- references of a load written without foreign keys enforced ----

    /** Whether SQLite enforces foreign keys on this connection: not during a bulk load ({@link Ledger#writeBulkIf}). */
    public boolean enforcesForeignKeys() {
        return Sql.count(c, "PRAGMA foreign_keys") == 1;
    }

    /**
     * For a load written without foreign keys enforced: refuses, as SQLite would have refused the
     * row, a reference to a row that is not there, so the import rolls back. The workers'
     * employers and streets are checked as the sets they are (a roster names few); the other
     * tables the import may write (the units and orgs it creates, memberships, its journal) by
     * SQLite's own check. The employment and source rows refer to the workers and the batch the
     * same transaction has just written.
     */
    public void requireReferences(Collection<Long> employers, Collection<String> townships) {
        requireAll("SELECT id FROM enterprise WHERE id IN IN_LIST", employers, "worker.employer_id");
        requireAll("SELECT code FROM region WHERE code IN IN_LIST", townships, "worker.township_code");
        for (String table : List.of("enterprise", "party_org", "membership", "import_change")) {
            if (Sql.one(c, "PRAGMA foreign_key_check(" + table + ")", rs -> Boolean.TRUE).isPresent()) {
                throw missingReference(table);
            }
        }
    }

    private void requireAll(String sql, Collection<?> keys, String column) {
        int[] found = {0};
        InChunks.query(c, sql, keys, rs -> found[0]++);
        if (found[0] != keys.size()) {
            throw missingReference(column);
        }
    }

    private static StoreException missingReference(String where) {
        return new StoreException(StoreException.Kind.CONSTRAINT, "store.constraint", null,
                "FOREIGN KEY constraint failed (" + where + ")");
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
}
