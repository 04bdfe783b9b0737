package org.xinye.ledger.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** How the store connects to a ledger file, and the quiet endings of a failed transaction. */
final class Connections {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final System.Logger LOG = System.getLogger(Connections.class.getName());

    private Connections() {
    }

    static Connection connect(Path path, boolean readOnly) throws SQLException {
        SqliteNative.prepare();
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.enforceForeignKeys(true);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // Readers must begin DEFERRED: the driver opens the next transaction right after each commit, and an
        // IMMEDIATE begin on a read-only connection pins its snapshot there, so it would never see later commits.
        cfg.setTransactionMode(readOnly ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
        // The driver would fetch generated keys after every insert (~2.5x slower bulk writes); ids come from RETURNING.
        cfg.setGetGeneratedKeys(false);
        if (!readOnly) {
            // Deleted rows are overwritten with zeros, so a removed person's ID number does not linger in free pages.
            cfg.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        }
        if (readOnly) {
            cfg.setOpenMode(SQLiteOpenMode.READONLY);
            cfg.resetOpenMode(SQLiteOpenMode.CREATE);
            cfg.setReadOnly(true);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + path, cfg.toProperties());
    }

    /** SQLite's {@code quick_check}: {@code ["ok"]} for a sound file, else what it found. */
    static List<String> quickCheck(Connection c) {
        return Sql.list(c, "PRAGMA quick_check", rs -> rs.getString(1));
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
