package org.xinye.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sqlite.SQLiteConnection;

/**
 * An open ledger file. One writer connection (behind the single-instance lock) and a small
 * pool of read-only connections; WAL lets readers run while a write is under way.
 * Every {@link #write} is one transaction.
 */
public final class Ledger implements AutoCloseable {
    /** {@code PRAGMA application_id} of ledger files: "XYLG". */
    public static final int APPLICATION_ID = 0x58594C47;
    private static final int READERS = 2;

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
    private final ReaderPool readers;
    private volatile boolean closed;
    /** The file's whole-file check when it was put off until after opening; null once passed (or never put off). */
    private final DeferredCheck deferred;

    Ledger(Path file, Mode mode, InstanceLock lock, Connection writer) {
        this(file, mode, lock, writer, false);
    }

    Ledger(Path file, Mode mode, InstanceLock lock, Connection writer, boolean checkLater) {
        this.file = file;
        this.mode = mode;
        this.lock = lock;
        this.writer = writer;
        this.readers = new ReaderPool(file, READERS);
        this.deferred = checkLater ? new DeferredCheck(file) : null;
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
        return LedgerOpener.open(file, mode, Long.MAX_VALUE);
    }

    /**
     * Opens for writing like {@link #open} with {@link Mode#WRITE}, but a file bigger than
     * {@code checkLaterAbove} bytes that needs no upgrade is not put through SQLite's
     * {@code quick_check} here (seconds on a city's ledger): its identity and schema are checked
     * as always, and it stays read-only ({@link #checkPending()}, writes refused with
     * {@code store.checkPending}) until {@link #completeCheck()} has passed. A file that needs an
     * upgrade, or is not yet in WAL mode, is checked whole first, as {@link #open} does.
     */
    public static Ledger openCheckingLater(Path file, long checkLaterAbove) {
        return LedgerOpener.open(file, Mode.WRITE, checkLaterAbove);
    }

    public Path file() {
        return file;
    }

    public Mode mode() {
        return mode;
    }

    /** Nothing can be written now: opened for reading, or its put-off whole-file check has not passed. */
    public boolean isReadOnly() {
        return writer == null || checkPending();
    }

    /** Opened with {@link #openCheckingLater} and its whole-file check has not passed (yet, or it found damage). */
    public boolean checkPending() {
        return deferred != null && !deferred.passed();
    }

    /**
     * Runs the whole-file check {@link #openCheckingLater} put off, on a connection of its own
     * (readers go on meanwhile; {@link #close} interrupts it), then what opening does once a
     * file is known sound (names' pinyin keys). Afterwards the ledger is writable. Damage
     * throws {@link StoreException} ({@code store.damaged}) and writes stay refused.
     */
    public void completeCheck() {
        ensureOpen();
        if (deferred == null || deferred.passed()) {
            return;
        }
        deferred.run();
        writeLock.lock();
        try {
            ensureOpen();
            WorkerRepository.fillPinyinAlone(writer);
            deferred.pass();
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read-only connection (a consistent snapshot). */
    public <T> T read(Function<Session, T> work) {
        ensureOpen();
        Connection c = readers.borrow();
        try {
            // One read transaction, so a multi-query read sees one consistent state. It must end
            // here: the driver opens a new transaction after commit(), and a reader left inside one
            // keeps seeing an old snapshot and stops the WAL from being checkpointed.
            c.setAutoCommit(false);
            try {
                return work.apply(new Session(c));
            } finally {
                Connections.rollbackQuietly(c);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            readers.giveBack(c);
        }
    }

    /** Runs {@code work} in one write transaction: all of it lands, or none of it. */
    public <T> T write(Function<Session, T> work) {
        ensureOpen();
        requireWritable();
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.apply(new Session(writer));
                writer.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                // SQLite may already have rolled back (disk full, I/O error); a second rollback then fails harmlessly.
                Connections.rollbackQuietly(writer);
                throw e instanceof SQLException se ? Failures.translate(se) : (RuntimeException) e;
            } finally {
                Connections.endTransactionMode(writer);
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} in one write transaction with foreign keys not enforced, for rebuilding
     * derived tables in bulk (the city's records from its roll-up) where every reference is made by
     * a join within the same transaction: checking each row again would cost a lookup per key.
     * SQLite switches enforcement only outside a transaction, hence this call. A test of the caller
     * holds {@code PRAGMA foreign_key_check} empty.
     */
    public <T> T writeUnchecked(Function<Session, T> work) {
        ensureOpen();
        requireWritable();
        writeLock.lock();
        try {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            try {
                return write(work);
            } finally {
                try (Statement st = writer.createStatement()) {
                    st.execute("PRAGMA foreign_keys = ON");
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * {@link #write}, with foreign keys not enforced when {@code bulk} holds for the ledger as it
     * is. {@code bulk} is asked on the writing connection under the write lock, right before the
     * transaction, so nothing changes in between. For a bulk load that makes or checks its own
     * references: the first roster into a ledger without people, where SQLite's look-up of every
     * row's street, employer, worker and batch was an eighth of the writing
     * ({@code ImportStore.requireReferences} checks them once at the end).
     */
    public <T> T writeBulkIf(Predicate<Session> bulk, Function<Session, T> work) {
        ensureOpen();
        requireWritable();
        writeLock.lock();
        try {
            return bulk.test(new Session(writer)) ? writeUnchecked(work) : write(work);
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
        requireWritable();
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
        LedgerCopy.write(file, target);
    }

    /** SQLite's {@code quick_check}: {@code ["ok"]} for a sound file, else what it found. */
    public List<String> quickCheck() {
        return read(s -> Connections.quickCheck(s.connection()));
    }

    /**
     * Merges the WAL into the file and truncates it. With secure delete on, removed rows are
     * zeroed in the file, but their old page images stay in the WAL until it is truncated:
     * call this after removing personal data. Readers still on an older snapshot make the
     * checkpoint partial; the WAL is then emptied when the last connection closes.
     */
    public void scrub() {
        ensureOpen();
        requireWritable();
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
     * (sqlite-jdbc would happily copy an empty or foreign file), including its {@code integrity_check}.
     * An older source is migrated.
     */
    void replaceContent(Path source) {
        ensureOpen();
        requireWritable();
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
            Migrations.upgrade(writer, version, file);
            WorkerRepository.fillPinyinAlone(writer);
            // The backup API copies the validated file page for page, so its integrity_check holds for what was
            // written (a second quick_check here cost a restore 0.27 s); the structure is compared once more in
            // case the staged file was changed after it was validated.
            if (!LedgerSchema.verify(writer).ok()) {
                throw new StoreException(StoreException.Kind.IO, "restore.failed", null, source, "schema");
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

    private void requireWritable() {
        if (writer == null) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "store.openedReadOnly", null, file);
        }
        if (deferred != null) {
            deferred.requirePassed();
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
        if (deferred != null) {
            deferred.interrupt();
        }
        readers.close();
        if (writer != null) {
            writeLock.lock();
            try {
                Connections.closeQuietly(writer);
            } finally {
                writeLock.unlock();
            }
        }
        if (lock != null) {
            lock.close();
        }
    }
}
