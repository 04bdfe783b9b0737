package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.Pinyin;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;

/** Workers (新就业群体人员) and their employment history. */
public final class WorkerRepository extends RecordRepository<Worker> {
    static final String COLUMNS = "id_number, name, gender, birth_date, mobile, occupation, employer_id, employer_text, "
            + "township_code, township_text, political_status, status, notes, name_key, name_py";
    WorkerRepository(Connection c) {
        super(c, "worker", COLUMNS, WorkerRepository::map);
    }

    public static Worker map(ResultSet rs) throws SQLException {
        return new Worker(rs.getLong("id"), rs.getString("id_number"), rs.getString("name"),
                Sql.enumOf(Gender.class, rs, "gender"), Sql.date(rs, "birth_date"), rs.getString("mobile"),
                Sql.enumOf(Occupation.class, rs, "occupation"), Sql.longOrNull(rs, "employer_id"),
                rs.getString("employer_text"), rs.getString("township_code"), rs.getString("township_text"),
                Sql.enumOf(PoliticalStatus.class, rs, "political_status"), Sql.enumOf(WorkerStatus.class, rs, "status"),
                rs.getString("notes"));
    }

    @Override
    long idOf(Worker w) {
        return w.id();
    }

    @Override
    Object[] values(Worker w) {
        return columnValues(w);
    }

    /** A worker's values in the order of {@link #COLUMNS}, defaults filled in. */
    static Object[] columnValues(Worker w) {
        return columnValues(w, Pinyin.sortKey(w.name()), Pinyin.searchForms(w.name()));
    }

    /** {@link #columnValues(Worker)} with the name's pinyin keys already worked out. */
    private static Object[] columnValues(Worker w, String sortKey, String searchForms) {
        return new Object[] {w.idNumber(), w.name(), w.gender(), w.birthDate(), w.mobile(), w.occupation(),
                w.employerId(), w.employerText(), w.townshipCode(), w.townshipText(),
                w.politicalStatus() == null ? PoliticalStatus.MASSES : w.politicalStatus(),
                w.status() == null ? WorkerStatus.ACTIVE : w.status(), w.notes(), sortKey, searchForms};
    }

    public Optional<Worker> byIdNumber(String idNumber) {
        return Sql.one(c, "SELECT * FROM worker WHERE id_number = ?", WorkerRepository::map, idNumber);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM worker");
    }

    /** Whether the ledger holds anyone (without counting them all). */
    public boolean any() {
        return Sql.count(c, "SELECT EXISTS (SELECT 1 FROM worker)") == 1;
    }

    public long nextId() {
        return Sql.count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM worker");
    }

    public List<Worker> ofEmployer(long enterpriseId) {
        return Sql.list(c, "SELECT * FROM worker WHERE employer_id = ? ORDER BY name", WorkerRepository::map, enterpriseId);
    }

    /**
     * Inserts many workers with ids the caller assigned, with multi-row statements: the bulk
     * path for demo data and imports.
     */
    public void insertAll(List<Worker> workers) {
        try (Loader loader = loader()) {
            loader.workers(workers);
        }
    }

    /** Bulk inserts of workers and their employment rows, for a load written batch after batch. */
    public Loader loader() {
        return new Loader();
    }

    /**
     * Writes workers (ids assigned by the caller) and employment rows through multi-row
     * statements that stay prepared until {@link #close}. Each call writes its rows before it
     * returns, so rows that refer to them can follow.
     */
    public final class Loader implements AutoCloseable {
        private final BulkInsert workers;
        private final BulkInsert employments = new BulkInsert(c, "employment",
                List.of("worker_id", "enterprise_id", "employer_text", "start_date", "end_date"), "");

        private Loader() {
            List<String> cols = new java.util.ArrayList<>(List.of("id"));
            cols.addAll(List.of(COLUMNS.split(", ")));
            cols.addAll(List.of("created_at", "updated_at"));
            workers = new BulkInsert(c, "worker", cols, "");
        }

        /** The workers, all with one creation time: now. */
        public void workers(List<Worker> list) {
            workers(list, Instant.now());
        }

        /** The workers, all created at {@code at} (an import's own time, so its undo sees them as unedited since). */
        public void workers(List<Worker> list, Instant at) {
            workers(list, null, at);
        }

        /**
         * {@link #workers(List, Instant)}, with each worker's name keys ({@link Pinyin#sortKey},
         * {@link Pinyin#searchForms}) already worked out where {@code nameKeys} has them (an import keys
         * names on its reading thread); null, or a null entry, has them worked out here.
         */
        public void workers(List<Worker> list, List<String[]> nameKeys, Instant at) {
            String now = at.toString();
            // The work of a row is in methods of their own: a loop run once per batch stays interpreted until the
            // JVM compiles it in mid-loop, after tens of thousands of rows, while a method called per row is compiled soon.
            for (int i = 0; i < list.size(); i++) {
                add(list.get(i), nameKeys == null ? null : nameKeys.get(i), now);
            }
            workers.flush();
        }

        private void add(Worker w, String[] keys, String now) {
            Object[] v = keys == null ? columnValues(w) : columnValues(w, keys[0], keys[1]);
            Object[] row = new Object[v.length + 3];
            row[0] = w.id();
            System.arraycopy(v, 0, row, 1, v.length);
            row[v.length + 1] = now;
            row[v.length + 2] = now;
            workers.add(row);
        }

        public void employments(List<Employment> rows) {
            for (Employment e : rows) {
                add(e);
            }
            employments.flush();
        }

        private void add(Employment e) {
            employments.add(e.workerId(), e.enterpriseId(), e.employerText(), e.from(), e.to());
        }

        @Override
        public void close() {
            try {
                workers.close();
            } finally {
                employments.close();
            }
        }
    }

    public long addEmployment(Employment e) {
        return Sql.insert(c, """
                INSERT INTO employment(worker_id, enterprise_id, employer_text, start_date, end_date)
                VALUES (?,?,?,?,?)""", e.workerId(), e.enterpriseId(), e.employerText(), e.from(), e.to());
    }

    /** Bulk insert of employment history with multi-row statements. */
    public void insertEmployments(List<Employment> rows) {
        try (Loader loader = loader()) {
            loader.employments(rows);
        }
    }

    public List<Employment> employments(long workerId) {
        return Sql.list(c, "SELECT * FROM employment WHERE worker_id = ? ORDER BY start_date, id",
                rs -> new Employment(rs.getLong("id"), rs.getLong("worker_id"), Sql.longOrNull(rs, "enterprise_id"),
                        rs.getString("employer_text"), Sql.date(rs, "start_date"), Sql.date(rs, "end_date")),
                workerId);
    }

    /**
     * Writes the pinyin columns of the workers whose name was written without them (a ledger
     * from before they existed, a roll-up's rebuild, a name changed by another tool); answers
     * how many. Run it inside a transaction: it may write every row.
     */
    public int fillPinyin() {
        List<Object[]> missing = Sql.list(c, "SELECT id, name FROM worker WHERE name_key IS NULL",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)});
        if (missing.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE worker SET name_key = ?, name_py = ? WHERE id = ?")) {
            for (Object[] w : missing) {
                String name = (String) w[1];
                ps.setString(1, Pinyin.sortKey(name));
                ps.setString(2, Pinyin.searchForms(name));
                ps.setLong(3, (Long) w[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
        return missing.size();
    }

    /** {@link #fillPinyin} in a transaction of its own, on a connection that commits each statement. */
    static void fillPinyinAlone(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            new WorkerRepository(c).fillPinyin();
            c.commit();
        } catch (RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
