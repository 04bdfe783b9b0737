package org.xinye.ledger.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * Restoring a ledger from a backup (or any ledger file) so that nothing can be lost: the
 * source is copied to a staging file beside the ledger and validated there (SQLite header,
 * {@code application_id}, schema not newer, {@code integrity_check}, our tables present);
 * only then is the current ledger backed up and its content replaced. A source that fails
 * any check leaves the current ledger byte for byte as it was.
 */
public final class Restore {
    private static final System.Logger LOG = System.getLogger(Restore.class.getName());
    private static final List<String> REQUIRED_TABLES = List.of("setting", "region", "enterprise", "worker", "audit_log");

    /** A validated copy of the source, ready to restore; closing it removes the staging file. */
    public static final class Prepared implements AutoCloseable {
        private final Path source;
        private final Path staging;
        private final int schemaVersion;
        private final long units;
        private final long workers;

        private Prepared(Path source, Path staging, int schemaVersion, long units, long workers) {
            this.source = source;
            this.staging = staging;
            this.schemaVersion = schemaVersion;
            this.units = units;
            this.workers = workers;
        }

        public Path source() {
            return source;
        }

        public int schemaVersion() {
            return schemaVersion;
        }

        public long units() {
            return units;
        }

        public long workers() {
            return workers;
        }

        Path staging() {
            return staging;
        }

        @Override
        public void close() {
            Backups.deleteQuietly(staging);
        }
    }

    private final Backups backups;

    public Restore(Clock clock) {
        this.backups = new Backups(clock);
    }

    /**
     * Copies {@code source} beside {@code ledgerFile} and validates the copy. The source is
     * only read (it may sit on a read-only stick); refusals name it and say why.
     */
    public Prepared prepare(Path source, Path ledgerFile) {
        Path src = source.toAbsolutePath().normalize();
        Path target = ledgerFile.toAbsolutePath().normalize();
        if (src.equals(target)) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "restore.sameFile", null, src);
        }
        Path staging = target.resolveSibling(target.getFileName() + ".restoring");
        return validateCopy(src, staging, true, "schema.refused.restore");
    }

    /**
     * Validates {@code src} by way of a copy at {@code staging}; with {@code copy} false the
     * file is already there (an unpacked package). The staging file is removed on refusal.
     * {@code refusedKey} words the refusal of a file whose structure differs from a ledger's.
     */
    static Prepared validateCopy(Path src, Path staging, boolean copy, String refusedKey) {
        Path examined = copy ? src : staging;
        if (Files.isDirectory(examined)) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.isFolder", null, src);
        }
        if (!Files.isRegularFile(examined)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "store.notFound", null, src);
        }
        if (Connections.sizeOf(examined) == 0) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "restore.emptySource", null, src);
        }
        if (LedgerOpener.examineHeader(examined, true) instanceof HeaderVerdict.Refused r) {
            throw new StoreException(r.kind(), "restore.sourceRefused", null, src, r.whenRestoring(examined));
        }
        try {
            if (copy) {
                Backups.deleteQuietly(staging);
                Files.copy(src, staging, StandardCopyOption.REPLACE_EXISTING);
                Path wal = src.resolveSibling(src.getFileName() + "-wal");
                if (Connections.sizeOf(wal) > 0) {
                    // Committed changes not yet merged into the copied file live in its WAL.
                    Files.copy(wal, staging.resolveSibling(staging.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
                    settle(staging);
                }
            }
            return check(src, staging, refusedKey);
        } catch (IOException e) {
            Backups.deleteQuietly(staging);
            throw new StoreException(StoreException.Kind.IO, "store.cantRead", e, src, e.getMessage());
        } catch (RuntimeException e) {
            Backups.deleteQuietly(staging);
            throw e;
        }
    }

    /** Merges a copied WAL into the staging file, so that the file alone is the whole source. */
    private static void settle(Path staging) {
        try (Connection c = Connections.connect(staging, false); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** What the checks need from a staged file, read in one go so SQLite's own errors can be told apart. */
    private record Facts(int appId, int version, long tables, SchemaCheck structure, List<String> integrity, long units,
                         long workers) {
    }

    private static Prepared check(Path src, Path staging, String refusedKey) {
        Facts f;
        try (Connection c = Connections.connect(staging, true)) {
            f = facts(c);
        } catch (SQLException e) {
            throw damaged(src, e, e.getMessage());
        } catch (StoreException e) {
            throw damaged(src, e, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
        if (f.appId() != Ledger.APPLICATION_ID) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "store.notLedger", null, src);
        }
        if (f.version() > Ledger.schemaVersion()) {
            throw new StoreException(StoreException.Kind.NEWER_VERSION, "store.newerVersion", null, src, f.version(),
                    Ledger.schemaVersion());
        }
        if (f.version() < 1 || f.tables() < REQUIRED_TABLES.size()) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "restore.noContent", null, src);
        }
        if (!f.structure().ok()) {
            throw new StoreException(StoreException.Kind.FOREIGN, refusedKey, null, src, f.structure().listing());
        }
        if (!Connections.isOk(f.integrity())) {
            throw damaged(src, null, String.join("; ", f.integrity().subList(0, Math.min(3, f.integrity().size()))));
        }
        return new Prepared(src, staging, f.version(), f.units(), f.workers());
    }

    private static Facts facts(Connection c) {
        int appId = (int) Sql.count(c, "PRAGMA application_id");
        int version = (int) Sql.count(c, "PRAGMA user_version");
        long tables = 0;
        for (String t : REQUIRED_TABLES) {
            tables += Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", t);
        }
        if (appId != Ledger.APPLICATION_ID || tables < REQUIRED_TABLES.size() || version > Ledger.schemaVersion()) {
            return new Facts(appId, version, tables, null, List.of(), 0, 0);
        }
        // Nothing is counted in a file whose structure differs: counting would run what was planted.
        SchemaCheck structure = LedgerSchema.verify(c);
        if (!structure.ok()) {
            return new Facts(appId, version, tables, structure, List.of(), 0, 0);
        }
        return new Facts(appId, version, tables, structure, Sql.list(c, "PRAGMA integrity_check", rs -> rs.getString(1)),
                Sql.count(c, "SELECT COUNT(*) FROM enterprise"), Sql.count(c, "SELECT COUNT(*) FROM worker"));
    }

    private static StoreException damaged(Path src, Throwable cause, String detail) {
        // SQLite's own words ("database disk image is malformed") help support, not the user: they go to the log.
        LOG.log(Level.INFO, "restore source {0} is damaged: {1}", src, detail);
        return new StoreException(StoreException.Kind.CORRUPT, "restore.sourceDamaged", cause, src);
    }

    /**
     * Restores into an open ledger through its own writer connection (so the window that
     * holds the file does the restore itself): backs the current content up first, then
     * replaces it and records the restore in the audit log. Gives the safety backup.
     */
    public Backups.Backup restore(Ledger ledger, Prepared prepared) {
        Backups.Backup safety = backups.take(ledger, "before-restore");
        ledger.replaceContent(prepared.staging());
        // The driver reports only the source's errors; a restore the destination refused would look successful.
        long[] now = ledger.read(s -> new long[] {s.enterprises().count(), s.workers().count()});
        if (now[0] != prepared.units() || now[1] != prepared.workers()) {
            throw new StoreException(StoreException.Kind.IO, "restore.failed", null, prepared.source(), "count");
        }
        ledger.writing(s -> s.audit().append("ledger", null, "RESTORE", null,
                "{\"from\": \"" + jsonText(prepared.source().toString()) + "\", \"backup\": \""
                        + jsonText(safety.file().getFileName().toString()) + "\"}"));
        LOG.log(Level.INFO, "restored {0} from {1}; previous content in {2}", ledger.file(), prepared.source(), safety.file());
        return safety;
    }

    /**
     * Restores a ledger that no longer opens because it is damaged: under the single-writer
     * lock the damaged file is moved aside into the backup folder (kept, never rotated) and
     * the validated copy moved into its place. Gives where the damaged file went.
     */
    public Path replaceDamaged(Path ledgerFile, Prepared prepared) {
        Path file = ledgerFile.toAbsolutePath().normalize();
        try (InstanceLock lock = InstanceLock.acquire(file, "restore")) {
            Path aside = backups.nameFor(file, Backups.DAMAGED);
            Files.createDirectories(aside.getParent());
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.move(wal, aside.resolveSibling(aside.getFileName() + "-wal"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.move(prepared.staging(), file, StandardCopyOption.ATOMIC_MOVE);
            LOG.log(Level.WARNING, "replaced damaged ledger {0} from {1}; damaged file kept as {2}", file,
                    prepared.source(), aside);
            return aside;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "restore.cannotReplace", e, file, e.getMessage());
        }
    }

    static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
