package org.xinye.ledger.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The way into a ledger file: the checks that refuse a file before anything is written to
 * it, creation of a new ledger, and the upgrade of an older one. A refusal throws
 * {@link StoreException} and leaves the file as it was.
 */
final class LedgerOpener {
    private static final System.Logger LOG = System.getLogger(LedgerOpener.class.getName());

    private LedgerOpener() {
    }

    /** See {@link Ledger#open} and {@link Ledger#openCheckingLater}. */
    static Ledger open(Path file, Ledger.Mode mode, long checkLaterAbove) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.isFolder", null, path);
        }
        boolean exists = Files.exists(path);
        boolean reading = mode != Ledger.Mode.WRITE;
        if (!exists && reading) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "store.notFound", null, path);
        }
        if (exists) {
            inspectHeader(path, reading);
        }
        return reading ? openReading(path, mode) : openWriting(path, exists, checkLaterAbove);
    }

    private static Ledger openReading(Path path, Ledger.Mode mode) {
        Ledger ledger = new Ledger(path, mode, null, null);
        int version;
        try {
            // A file being checked is reported on by its check, which names what differs.
            version = ledger.read(s -> mode == Ledger.Mode.INSPECT ? s.verifyIdentity(path)
                    : LedgerGate.admit(s.connection(), path, "schema.refused.open", false));
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        if (mode == Ledger.Mode.READ && version < Migrations.current()) {
            // A file from an older build: upgrade it once (as the app would) and read on.
            ledger.close();
            open(path, Ledger.Mode.WRITE, Long.MAX_VALUE).close();
            return open(path, Ledger.Mode.READ, Long.MAX_VALUE);
        }
        return ledger;
    }

    private static Ledger openWriting(Path path, boolean exists, long checkLaterAbove) {
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
        if (exists && Connections.sizeOf(path) > 0) {
            // A foreign or altered file is refused before the lock file is made beside it.
            try (Connection c = Connections.connect(path, true)) {
                LedgerGate.admit(c, path, "schema.refused.open", false);
            } catch (SQLException e) {
                throw Failures.translate(e);
            }
        }
        InstanceLock lock = InstanceLock.acquire(path, "write");
        try {
            if (!Files.exists(path) || Connections.sizeOf(path) == 0) {
                create(path);
            }
            Connection c;
            try {
                c = Connections.connect(path, false);
            } catch (SQLException e) {
                throw Failures.translate(e);
            }
            try {
                // Before anything is written (WAL switch, migrations): a damaged or altered file is refused untouched.
                int version = LedgerGate.admit(c, path, "schema.refused.open", false);
                // A big current file in WAL mode has nothing written to it on opening: its whole-file
                // check may wait until after the first frame, the ledger read-only until it passes.
                boolean checkLater = Connections.sizeOf(path) > checkLaterAbove && version == Migrations.current()
                        && "wal".equalsIgnoreCase(Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElse(""));
                if (!checkLater) {
                    LedgerGate.requireSound(c, path);
                }
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = WAL");
                }
                Migrations.upgrade(c, version, path);
                if (!checkLater) {
                    WorkerRepository.fillPinyinAlone(c);
                }
                return new Ledger(path, Ledger.Mode.WRITE, lock, c, checkLater);
            } catch (RuntimeException | SQLException e) {
                Connections.closeQuietly(c);
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
            try (Connection c = Connections.connect(temp, false)) {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA application_id = " + Ledger.APPLICATION_ID);
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

    /** Refuses, from the raw header and before SQLite opens it, a file that is not ours, truncated or too new. */
    static void inspectHeader(Path path, boolean forReading) {
        if (examineHeader(path, forReading) instanceof HeaderVerdict.Refused r) {
            throw r.whenOpening(path);
        }
    }

    /** What the raw header says; an empty file is sound only when it is about to be written as a new ledger. */
    static HeaderVerdict examineHeader(Path path, boolean forReading) {
        FileHeader h;
        try {
            h = FileHeader.read(path);
        } catch (IOException e) {
            return new HeaderVerdict.Refused(HeaderVerdict.Reason.CANT_READ, e.getMessage());
        }
        long size = Connections.sizeOf(path);
        if (h == null) {
            if (size == 0 && !forReading) {
                return HeaderVerdict.SOUND;
            }
            return new HeaderVerdict.Refused(size == 0 ? HeaderVerdict.Reason.EMPTY_FILE
                    : HeaderVerdict.Reason.NOT_SQLITE);
        }
        if (!h.isSqlite()) {
            return new HeaderVerdict.Refused(HeaderVerdict.Reason.NOT_SQLITE);
        }
        // With an unmerged WAL beside it, the main file's header may lag; SQLite's own view is checked after opening.
        boolean walPending = Connections.sizeOf(path.resolveSibling(path.getFileName() + "-wal")) > 0;
        if (h.isTruncated(walPending)) {
            return new HeaderVerdict.Refused(HeaderVerdict.Reason.TRUNCATED, h.fileSize(), h.pageCount() * h.pageSize());
        }
        if (!walPending && h.applicationId() != Ledger.APPLICATION_ID) {
            return new HeaderVerdict.Refused(HeaderVerdict.Reason.NOT_LEDGER);
        }
        if (h.userVersion() > Migrations.current()) {
            return new HeaderVerdict.Refused(HeaderVerdict.Reason.NEWER_VERSION, h.userVersion(), Migrations.current());
        }
        return HeaderVerdict.SOUND;
    }
}
