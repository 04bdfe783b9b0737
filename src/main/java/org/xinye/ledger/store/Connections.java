package org.xinye.ledger.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Every SQLite connection the app opens, with the settings that make a file from elsewhere
 * safe to open (the developer guide's data-safety chapter says why each is there):
 * {@code trusted_schema} off, so no function with side effects and no virtual table can run
 * from a view, trigger, CHECK, DEFAULT or index expression stored in a file; extension loading
 * off; {@code cell_size_check} on, so a damaged b-tree cell is reported instead of read; and
 * limits that no ledger comes near but a crafted file or statement might. SQLite's defensive
 * flag ({@code SQLITE_DBCONFIG_DEFENSIVE}) is not reachable through sqlite-jdbc, which binds no
 * {@code sqlite3_db_config}; what it would forbid is never issued by the app, and
 * {@link LedgerSchema} refuses the objects (virtual tables and their shadow tables) it protects.
 * Also the quiet endings of a failed transaction.
 */
final class Connections {
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Longest string, blob or row: far above any ledger value (the largest is an audit entry's JSON). */
    static final int MAX_LENGTH = 64 << 20;
    /** Longest statement: the longest the app writes is a 100-row bulk insert of a few kilobytes. */
    static final int MAX_SQL_LENGTH = 1_000_000;
    /** Bound parameters per statement: SQLite's classic limit, which the bulk insert is sized for. */
    static final int MAX_VARIABLES = 32_766;
    /** Columns in a table, index, view or result: the widest ledger table has under 50. */
    static final int MAX_COLUMNS = 1_000;
    /** Nested trigger calls. The ledger schema has no triggers; a later migration may add a few. */
    static final int MAX_TRIGGER_DEPTH = 10;
    /** One attached database: {@code VACUUM INTO} attaches its target; the app attaches nothing else. */
    static final int MAX_ATTACHED = 1;

    private static final System.Logger LOG = System.getLogger(Connections.class.getName());

    private Connections() {
    }

    /**
     * Opens {@code path} for writing, or for reading only. A reader is opened read-write with
     * {@code query_only} on where it can be: a connection opened read-only cannot remove the
     * {@code -wal} and {@code -shm} files SQLite creates beside a WAL-mode file, so every file
     * read (a ledger checked, a source refused) would be left with them. Where the file or its
     * folder cannot be written, or a journal or WAL with content lies beside it (which a
     * read-write connection would merge into the file), it is opened read-only.
     */
    static Connection connect(Path path, boolean readOnly) throws SQLException {
        if (readOnly && canTidy(path)) {
            Connection c = open(path.toString(), Access.QUERY_ONLY);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = ON");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }
        return open(path.toString(), readOnly ? Access.READ_ONLY : Access.WRITE);
    }

    /** A strictly read-only connection: for {@code VACUUM INTO}, which {@code query_only} forbids. */
    static Connection openReadOnly(Path path) throws SQLException {
        return open(path.toString(), Access.READ_ONLY);
    }

    static Connection memory() throws SQLException {
        return open(":memory:", Access.WRITE);
    }

    private static boolean canTidy(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        return Files.isWritable(path) && folder != null && Files.isWritable(folder)
                && sizeOf(sibling(path, "-wal")) == 0 && sizeOf(sibling(path, "-journal")) == 0;
    }

    private static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    /** How a file is opened: read-write (created when missing), read-write but only read, or read-only. */
    private enum Access {
        WRITE, QUERY_ONLY, READ_ONLY
    }

    private static Connection open(String target, Access access) throws SQLException {
        boolean readOnly = access != Access.WRITE;
        SqliteNative.prepare();
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.enforceForeignKeys(true);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enableLoadExtension(false);
        // Readers must begin DEFERRED: the driver opens the next transaction right after each commit, and an
        // IMMEDIATE begin on a read-only connection pins its snapshot there, so it would never see later commits.
        cfg.setTransactionMode(readOnly ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
        // The driver would fetch generated keys after every insert (~2.5x slower bulk writes); ids come from RETURNING.
        cfg.setGetGeneratedKeys(false);
        cfg.setPragma(SQLiteConfig.Pragma.LIMIT_LENGTH, String.valueOf(MAX_LENGTH));
        cfg.setPragma(SQLiteConfig.Pragma.LIMIT_SQL_LENGTH, String.valueOf(MAX_SQL_LENGTH));
        cfg.setPragma(SQLiteConfig.Pragma.LIMIT_VARIABLE_NUMBER, String.valueOf(MAX_VARIABLES));
        cfg.setPragma(SQLiteConfig.Pragma.LIMIT_COLUMN, String.valueOf(MAX_COLUMNS));
        cfg.setPragma(SQLiteConfig.Pragma.LIMIT_TRIGGER_DEPTH, String.valueOf(MAX_TRIGGER_DEPTH));
        cfg.setPragma(SQLiteConfig.Pragma.LIMIT_ATTACHED, String.valueOf(MAX_ATTACHED));
        if (!readOnly) {
            // Deleted rows are overwritten with zeros, so a removed person's ID number does not linger in free pages.
            cfg.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        }
        if (access == Access.READ_ONLY) {
            cfg.setOpenMode(SQLiteOpenMode.READONLY);
            cfg.resetOpenMode(SQLiteOpenMode.READWRITE);
            cfg.setReadOnly(true);
        }
        if (readOnly) {
            cfg.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + target, cfg.toProperties());
        try (Statement st = c.createStatement()) {
            // Neither reads the schema: they take effect before anything stored in the file is used.
            st.execute("PRAGMA trusted_schema = OFF");
            st.execute("PRAGMA cell_size_check = ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** SQLite's {@code quick_check}: {@code ["ok"]} for a sound file, else what it found. */
    static List<String> quickCheck(Connection c) {
        return fileCheck(c, "quick_check");
    }

    /**
     * {@code quick_check} of a copy the app has just made of its own open ledger (a backup):
     * pages, cells and NOT NULL as {@link #quickCheck}, but the rows' CHECK constraints are not
     * evaluated again, as SQLite evaluated them on every write to the ledger copied. That part
     * is three quarters of a quick_check's CPU (100,000 workers: 270 ms → 70 ms).
     */
    static List<String> quickCheckOfOwnCopy(Connection c) {
        Sql.update(c, "PRAGMA ignore_check_constraints = ON");
        try {
            return fileCheck(c, "quick_check");
        } finally {
            Sql.update(c, "PRAGMA ignore_check_constraints = OFF");
        }
    }

    /**
     * SQLite's {@code integrity_check}: {@code ["ok"]} for a sound file, else what it found.
     * It looks every row up in each of its indexes; a page cache that holds the file (up to
     * {@link #CHECK_CACHE_KIB}) saves those lookups their reads (100,000 workers: 1.12 s → 0.83 s
     * CPU). The cache is let go when the check ends.
     */
    static List<String> integrityCheck(Connection c) {
        long before = Sql.count(c, "PRAGMA cache_size");
        Sql.update(c, "PRAGMA cache_size = -" + CHECK_CACHE_KIB);
        try {
            return fileCheck(c, "integrity_check");
        } finally {
            Sql.update(c, "PRAGMA cache_size = " + before);
        }
    }

    /** Page cache for an {@code integrity_check}, in KiB: a 100,000-worker ledger is 45 MB. */
    static final int CHECK_CACHE_KIB = 64 << 10;

    /**
     * A whole-file check with {@code cell_size_check} off for its length: the check validates
     * every cell itself, and the per-read check would cost it a quarter more CPU (integrity_check
     * of a 100,000-worker ledger: 1.12 s → 1.41 s), which restore and open pay on every run.
     */
    private static List<String> fileCheck(Connection c, String pragma) {
        Sql.update(c, "PRAGMA cell_size_check = OFF");
        try {
            return Sql.list(c, "PRAGMA " + pragma, rs -> rs.getString(1));
        } finally {
            Sql.update(c, "PRAGMA cell_size_check = ON");
        }
    }

    static boolean isOk(List<String> check) {
        return check.size() == 1 && "ok".equals(check.get(0));
    }

    /** A file's size; 0 when it is missing or cannot be read. */
    static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Back to autocommit. The driver ends its transaction with a COMMIT here, which fails when
     * SQLite has already rolled back by itself (disk full, I/O error); that failure must not
     * replace the error that explains what happened.
     */
    static void endTransactionMode(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "leaving transaction mode after failure: {0}", e.getMessage());
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "rollback after failure: {0}", e.getMessage());
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "close: {0}", e.getMessage());
        }
    }
}
