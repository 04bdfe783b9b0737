package org.xinye.ledger.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;

/**
 * An open ledger file. One writer connection (behind the single-instance lock) and a small
 * pool of read-only connections; WAL lets readers run while a write is under way.
 * Every {@link #write} is one transaction.
 */
public final class Ledger implements AutoCloseable {
    /** {@code PRAGMA application_id} of ledger files: "XYLG". */
    public static final int APPLICATION_ID = 0x58594C47;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int READERS = 2;
    private static final System.Logger LOG = System.getLogger(Ledger.class.getName());

    public enum Mode {
        /** Create if missing, take the single-writer lock, migrate. */
        WRITE,
        /** Read only, no lock: for reading verbs and read-only files. An older file is upgraded first. */
        READ,
        /** Read only, no lock, never upgrades: for checking a file as it is. */
        INSPECT
    }

    private final Path file;
    private final Mode mode;
    private final InstanceLock lock;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private int openReaders;
    private volatile boolean closed;

    private Ledger(Path file, Mode mode, InstanceLock lock, Connection writer) {
        this.file = file;
        this.mode = mode;
        this.lock = lock;
        this.writer = writer;
    }

    /** The schema version this build writes. */
    public static int schemaVersion() {
        return Migrations.current();
    }

    /**
     * Opens a ledger. WRITE creates a missing file (with the default region tree), takes the
     * lock and migrates an older file; READ needs an existing ledger at this version.
     * Refusals throw {@link StoreException} and leave the file as it was.
     */
    public static Ledger open(Path file, Mode mode) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.isFolder", null, path);
        }
        boolean exists = Files.exists(path);
        boolean reading = mode != Mode.WRITE;
        if (!exists && reading) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "store.notFound", null, path);
        }
        if (exists) {
            inspectHeader(path, reading);
        }
        if (reading) {
            Ledger ledger = new Ledger(path, mode, null, null);
            int version;
            try {
                version = ledger.read(s -> s.verifyIdentity(path));
            } catch (RuntimeException e) {
                ledger.close();
                throw e;
            }
            if (mode == Mode.READ && version < Migrations.current()) {
                // A file from an older build: upgrade it once (as the app would) and read on.
                ledger.close();
                open(path, Mode.WRITE).close();
                return open(path, Mode.READ);
            }
            return ledger;
        }
        if (exists && !Files.isWritable(path)) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.fileReadOnly", null, path);
        }
        if (!exists) {
            try {
                Files.createDirectories(path.getParent());
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.READ_ONLY, "store.cannotCreate", e, path, e.getMessage());
            }
        }
        InstanceLock lock = InstanceLock.acquire(path, "write");
        try {
            if (!Files.exists(path) || sizeOf(path) == 0) {
                create(path);
            }
            Connection c;
            try {
                c = connect(path, false);
            } catch (SQLException e) {
                throw Failures.translate(e);
            }
            try {
                int version = new Session(c).verifyIdentity(path);
                // Before anything is written (WAL switch, migrations): a damaged file is refused untouched.
                if (!isOk(quickCheck(c))) {
                    throw new StoreException(StoreException.Kind.CORRUPT, "store.damaged", null, path);
                }
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = WAL");
                }
                migrate(c, version);
                return new Ledger(path, mode, lock, c);
            } catch (RuntimeException | SQLException e) {
                closeQuietly(c);
                throw e instanceof SQLException se ? Failures.translate(se) : (RuntimeException) e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Writes a new ledger to a temporary file and moves it into place, so a crash never leaves half a file. */
    private static void create(Path path) {
        Path temp = path.resolveSibling(path.getFileName() + ".creating");
        try {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(temp);
            try (Connection c = connect(temp, false)) {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
                Migrations.applyAfter(c, 0, Migrations.current());
                new RegionRepository(c).loadDefaultTree();
                c.commit();
            }
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.log(Level.INFO, "created ledger {0}", path);
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.cannotCreate", e, path, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove {0}", temp);
            }
        }
    }

    private static void migrate(Connection c, int from) throws SQLException {
        int to = Migrations.current();
        for (int v = from + 1; v <= to; v++) {
            final int step = v;
            if (Migrations.all().stream().noneMatch(m -> m.version() == step)) {
                continue;
            }
            c.setAutoCommit(false);
            try {
                Migrations.applyAfter(c, step - 1, step);
                c.commit();
                LOG.log(Level.INFO, "migrated ledger to schema version {0}", step);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Refuses, from the raw header and before SQLite opens it, a file that is not ours, truncated or too new. */
    static void inspectHeader(Path path, boolean forReading) {
        FileHeader h;
        try {
            h = FileHeader.read(path);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cantRead", e, path, e.getMessage());
        }
        if (h == null) {
            if (sizeOf(path) == 0 && !forReading) {
                return;
            }
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER,
                    sizeOf(path) == 0 ? "store.emptyFile" : "store.notSqlite", null, path);
        }
        if (!h.isSqlite()) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.notSqlite", null, path);
        }
        // With an unmerged WAL beside it, the main file's header may lag; SQLite's own view is checked after opening.
        boolean walPending = sizeOf(path.resolveSibling(path.getFileName() + "-wal")) > 0;
        if (h.isTruncated(walPending)) {
            throw new StoreException(StoreException.Kind.TRUNCATED, "store.truncated", null, path,
                    h.fileSize(), h.pageCount() * h.pageSize());
        }
        if (!walPending && h.applicationId() != APPLICATION_ID) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.notLedger", null, path);
        }
        if (h.userVersion() > Migrations.current()) {
            throw new StoreException(StoreException.Kind.NEWER_VERSION, "store.newerVersion", null, path,
                    h.userVersion(), Migrations.current());
        }
    }

    static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
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

    public Path file() {
        return file;
    }

    public Mode mode() {
        return mode;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    /** Runs {@code work} on a read-only connection (a consistent snapshot). */
    public <T> T read(Function<Session, T> work) {
        ensureOpen();
        Connection c = borrowReader();
        try {
            // One read transaction, so a multi-query read sees one consistent state. It must end
            // here: the driver opens a new transaction after commit(), and a reader left inside one
            // keeps seeing an old snapshot and stops the WAL from being checkpointed.
            c.setAutoCommit(false);
            try {
                return work.apply(new Session(c));
            } finally {
                rollbackQuietly(c);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            returnReader(c);
        }
    }

    /** Runs {@code work} in one write transaction: all of it lands, or none of it. */
    public <T> T write(Function<Session, T> work) {
        ensureOpen();
        if (writer == null) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.openedReadOnly", null, file);
        }
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.apply(new Session(writer));
                writer.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                // SQLite may already have rolled back (disk full, I/O error); a second rollback then fails harmlessly.
                rollbackQuietly(writer);
                throw e instanceof SQLException se ? Failures.translate(se) : (RuntimeException) e;
            } finally {
                endTransactionMode(writer);
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} in one write transaction with another database attached read-only, as
     * {@code alias}, for copying from it in SQL. SQLite attaches and detaches only outside a
     * transaction, hence this call. The file must have been verified and must not change while
     * attached (it is opened immutable): a private copy, never a file others can write.
     */
    public <T> T writeAttached(Path database, String alias, Function<Session, T> work) {
        ensureOpen();
        if (writer == null) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.openedReadOnly", null, file);
        }
        if (!alias.matches("[a-z_]+")) {
            throw new IllegalArgumentException("alias: " + alias);
        }
        writeLock.lock();
        try {
            try (var attach = writer.prepareStatement("ATTACH ? AS " + alias)) {
                attach.setString(1, database.toAbsolutePath().toUri() + "?mode=ro&immutable=1");
                attach.execute();
            }
            try {
                return write(work);
            } finally {
                try (Statement st = writer.createStatement()) {
                    st.execute("DETACH " + alias);
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    public void writing(Consumer<Session> work) {
        write(s -> {
            work.accept(s);
            return null;
        });
    }

    /**
     * Writes a consistent copy of the ledger to {@code target} with {@code VACUUM INTO}
     * (never a copy of the live file), first beside the target, then moved into place.
     */
    public void copyTo(Path target) {
        ensureOpen();
        Path abs = target.toAbsolutePath().normalize();
        Path temp = abs.resolveSibling(abs.getFileName() + ".writing");
        try {
            Files.createDirectories(abs.getParent());
            Files.deleteIfExists(temp);
            try (Connection c = connect(file, true); Statement st = c.createStatement()) {
                st.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
            }
            Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cannotWrite", e, abs, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove {0}", temp);
            }
        }
    }

    /** SQLite's {@code quick_check}: {@code ["ok"]} for a sound file, else what it found. */
    public List<String> quickCheck() {
        return read(s -> quickCheck(s.connection()));
    }

    static List<String> quickCheck(Connection c) {
        return Sql.list(c, "PRAGMA quick_check", rs -> rs.getString(1));
    }

    static boolean isOk(List<String> check) {
        return check.size() == 1 && "ok".equals(check.get(0));
    }

    /**
     * Merges the WAL into the file and truncates it. With secure delete on, removed rows are
     * zeroed in the file, but their old page images stay in the WAL until it is truncated:
     * call this after removing personal data. Readers still on an older snapshot make the
     * checkpoint partial; the WAL is then emptied when the last connection closes.
     */
    public void scrub() {
        ensureOpen();
        if (writer == null) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.openedReadOnly", null, file);
        }
        writeLock.lock();
        try (Statement st = writer.createStatement()) {
            settleWriter();
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Replaces the whole content with that of {@code source} through SQLite's online backup
     * API on the writer connection: one write transaction, so readers see the old or the new
     * ledger and a crash leaves the old one. The caller has validated {@code source}
     * (sqlite-jdbc would happily copy an empty or foreign file). An older source is migrated.
     */
    void replaceContent(Path source) {
        ensureOpen();
        if (writer == null) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.openedReadOnly", null, file);
        }
        writeLock.lock();
        try {
            settleWriter();
            int rc = ((SQLiteConnection) writer).getDatabase().restore("main", source.toString(), null);
            if (rc != 0) {
                throw new StoreException(StoreException.Kind.IO, "restore.failed", null, source, rc);
            }
            int version = new Session(writer).verifyIdentity(file);
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            migrate(writer, version);
            if (!isOk(quickCheck(writer))) {
                throw new StoreException(StoreException.Kind.CORRUPT, "store.damaged", null, file);
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs an empty write transaction on the writer. A connection that has just switched the
     * file to WAL is refused checkpoints and backups (SQLITE_LOCKED) until it has run one.
     */
    private void settleWriter() throws SQLException {
        writer.setAutoCommit(false);
        writer.commit();
        writer.setAutoCommit(true);
    }

    private Connection borrowReader() {
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (openReaders < READERS) {
                try {
                    Connection fresh = connect(file, true);
                    openReaders++;
                    return fresh;
                } catch (SQLException e) {
                    throw Failures.translate(e);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.IO, "store.interrupted", e);
        }
    }

    /**
     * The driver opens the next transaction right after a commit; a pooled reader left like
     * that keeps its old snapshot and the next read misses the latest write. Autocommit ends it.
     */
    private void returnReader(Connection c) {
        if (closed || !idleReaders.offer(c)) {
            closeQuietly(c);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("ledger closed: " + file);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Connection c;
        while ((c = idleReaders.poll()) != null) {
            closeQuietly(c);
        }
        if (writer != null) {
            writeLock.lock();
            try {
                closeQuietly(writer);
            } finally {
                writeLock.unlock();
            }
        }
        if (lock != null) {
            lock.close();
        }
    }

    /**
     * Back to autocommit. The driver ends its transaction with a COMMIT here, which fails when
     * SQLite has already rolled back by itself (disk full, I/O error); that failure must not
     * replace the error that explains what happened.
     */
    private static void endTransactionMode(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "leaving transaction mode after failure: {0}", e.getMessage());
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "rollback after failure: {0}", e.getMessage());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "close: {0}", e.getMessage());
        }
    }
}
