package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.RegionLevel;

class LedgerTest {
    @TempDir
    Path dir;

    @Test
    void createsALedgerWithIdentityVersionPragmasAndTheDefaultRegionTree() throws Exception {
        Path file = dir.resolve("new.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            ledger.read(s -> {
                assertEquals(Ledger.APPLICATION_ID, s.applicationId());
                assertEquals(Ledger.schemaVersion(), s.userVersion());
                assertEquals(102, s.regions().count());
                assertEquals(10, s.regions().byLevel(RegionLevel.COUNTY).size());
                assertEquals(91, s.regions().byLevel(RegionLevel.TOWNSHIP).size());
                assertEquals("包头市", s.regions().city().orElseThrow().name());
                assertEquals("wal", Sql.one(s.connection(), "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
                return null;
            });
            assertEquals(1L, (long) ledger.write(s -> Sql.count(s.connection(), "PRAGMA foreign_keys")));
            assertEquals(2L, (long) ledger.write(s -> Sql.count(s.connection(), "PRAGMA synchronous")), "FULL");
        }
        assertFalse(Files.exists(dir.resolve("new.xldb.creating")), "no temporary file is left behind");
    }

    @Test
    void everyWriteIsOneTransaction() {
        Path file = dir.resolve("tx.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            assertThrows(IllegalStateException.class, () -> ledger.write(s -> {
                s.enterprises().insert(Enterprise.of("甲", EnterpriseKind.OUTLET, Industry.EXPRESS, null));
                s.enterprises().insert(Enterprise.of("乙", EnterpriseKind.OUTLET, Industry.EXPRESS, null));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0L, (long) ledger.read(s -> s.enterprises().count()));
        }
    }

    @Test
    void readersSeeEachCommittedWriteAndDoNotPinTheWal() throws Exception {
        Path file = dir.resolve("fresh.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            for (int i = 1; i <= 3; i++) {
                ledger.writing(s -> s.enterprises().insert(Enterprise.of("单位", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
                assertEquals((long) i, (long) ledger.read(s -> s.enterprises().count()));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = c.createStatement();
                 var rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1), "no reader holds an old snapshot, so the WAL can be emptied");
            }
        }
    }

    @Test
    void foreignKeysAndChecksAreEnforced() {
        try (Ledger ledger = Ledger.open(dir.resolve("fk.xldb"), Ledger.Mode.WRITE)) {
            StoreException e = assertThrows(StoreException.class, () -> ledger.writing(s -> s.enterprises().insert(
                    Enterprise.of("甲", EnterpriseKind.OUTLET, Industry.EXPRESS, "999999999999"))));
            assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
        }
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItAlone() throws IOException {
        Path file = dir.resolve("notes.xldb");
        Files.writeString(file, "这是一个文本文件，不是台账。".repeat(20));
        byte[] before = Files.readAllBytes(file);
        for (Ledger.Mode mode : Ledger.Mode.values()) {
            StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, mode));
            assertEquals(StoreException.Kind.NOT_A_LEDGER, e.kind());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesAForeignSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
            st.execute("INSERT INTO t VALUES (1)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, Ledger.Mode.WRITE));
        assertEquals(StoreException.Kind.NOT_A_LEDGER, e.kind());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesATruncatedLedger() throws IOException {
        Path file = dir.resolve("cut.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            assertTrue(ledger.read(s -> s.regions().count()) > 0);
        }
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2 + 100);
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, Ledger.Mode.WRITE));
        assertEquals(StoreException.Kind.TRUNCATED, e.kind());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesALedgerFromANewerVersionWithoutTouchingIt() throws IOException {
        Path file = dir.resolve("future.xldb");
        Ledger.open(file, Ledger.Mode.WRITE).close();
        setUserVersion(file, Ledger.schemaVersion() + 1);
        byte[] before = Files.readAllBytes(file);
        for (Ledger.Mode mode : Ledger.Mode.values()) {
            StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, mode));
            assertEquals(StoreException.Kind.NEWER_VERSION, e.kind());
            assertTrue(e.getLocalizedMessage().contains(String.valueOf(Ledger.schemaVersion() + 1)));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    /** Writes user_version straight into the header, as a newer build would have. */
    static void setUserVersion(Path file, int version) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(60);
            raf.write(ByteBuffer.allocate(4).putInt(version).array());
        }
    }

    @Test
    void aSecondWriterIsRefusedWhileReadersMayProceed() {
        Path file = dir.resolve("shared.xldb");
        try (Ledger first = Ledger.open(file, Ledger.Mode.WRITE)) {
            StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, Ledger.Mode.WRITE));
            assertEquals(StoreException.Kind.LOCKED, e.kind());
            assertTrue(e.getLocalizedMessage().contains("shared.xldb"), e.getLocalizedMessage());
            try (Ledger reader = Ledger.open(file, Ledger.Mode.READ)) {
                assertEquals(102L, (long) reader.read(s -> s.regions().count()));
                assertTrue(reader.isReadOnly());
                assertThrows(StoreException.class, () -> reader.writing(s -> { }));
            }
            first.writing(s -> s.enterprises().insert(Enterprise.of("甲", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
        }
        try (Ledger again = Ledger.open(file, Ledger.Mode.WRITE)) {
            assertEquals(1L, (long) again.read(s -> s.enterprises().count()), "the lock goes with the first writer");
        }
    }

    @Test
    void readModeNeedsAnExistingFile() {
        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(dir.resolve("none.xldb"), Ledger.Mode.READ));
        assertEquals(StoreException.Kind.NOT_FOUND, e.kind());
        assertFalse(Files.exists(dir.resolve("none.xldb")));
    }

    @Test
    void anEmptyFileBecomesANewLedgerOnlyWhenWriting() throws IOException {
        Path file = dir.resolve("empty.xldb");
        Files.createFile(file);
        assertEquals(StoreException.Kind.NOT_A_LEDGER,
                assertThrows(StoreException.class, () -> Ledger.open(file, Ledger.Mode.INSPECT)).kind());
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            assertEquals(102L, (long) ledger.read(s -> s.regions().count()));
        }
    }

    @Test
    void saveAsWritesAConsistentCopyThatOpensAsALedger() {
        Path file = dir.resolve("a.xldb");
        Path copy = dir.resolve("sub/b.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            ledger.writing(s -> s.enterprises().insert(Enterprise.of("甲", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
            ledger.copyTo(copy);
        }
        try (Ledger c = Ledger.open(copy, Ledger.Mode.READ)) {
            assertEquals(1L, (long) c.read(s -> s.enterprises().count()));
            assertEquals(Ledger.APPLICATION_ID, (int) c.read(Session::applicationId));
        }
    }

    @Test
    void checkReportsIntegrityVersionAndCounts() {
        Path file = dir.resolve("c.xldb");
        Ledger.open(file, Ledger.Mode.WRITE).close();
        LedgerCheck.Report r = LedgerCheck.run(file);
        assertTrue(r.ok());
        assertEquals(List.of("ok"), r.integrity());
        assertEquals(102L, r.counts().get("region"));
        assertEquals(Ledger.schemaVersion(), r.schemaVersion());
    }

    @Test
    void migrationScriptsSplitAtStatementsOutsideQuotesAndTriggers() {
        List<String> parts = Migrations.split("""
                -- a comment; with a semicolon
                CREATE TABLE a(x TEXT DEFAULT 'a;b');
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  UPDATE a SET x = 'y'; DELETE FROM a WHERE x = 'z';
                END;
                INSERT INTO a VALUES ("q;r");
                """);
        assertEquals(3, parts.size(), parts.toString());
        assertTrue(parts.get(1).startsWith("CREATE TRIGGER") && parts.get(1).endsWith("END;"));
        assertTrue(new String(parts.get(0).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("'a;b'"));
    }
    /**
     * A checkpoint copies pages from the WAL into the file in page order, page 1 (with the new
     * page count) first. Killed right after it, the file is shorter than its header says while
     * the WAL still holds every page: the ledger opens, SQLite replays the WAL, nothing is lost.
     */
    @Test
    void aFileKilledMidCheckpointOpensFromItsWal() throws Exception {
        Path live = dir.resolve("live.xldb");
        Path crashed = dir.resolve("crashed.xldb");
        try (Ledger ledger = Ledger.open(live, Ledger.Mode.WRITE)) {
            ledger.writing(s -> {
                for (int i = 0; i < 400; i++) {
                    s.enterprises().insert(Enterprise.of("网点" + i + "号".repeat(200), EnterpriseKind.OUTLET,
                            Industry.EXPRESS, null));
                }
            });
            // Raw copies while the writes are still only in the WAL, as a crash would leave them.
            Files.copy(live, crashed);
            Files.copy(live.resolveSibling("live.xldb-wal"), dir.resolve("crashed.xldb-wal"));
        }
        byte[] wal = Files.readAllBytes(dir.resolve("crashed.xldb-wal"));
        int pageSize = ByteBuffer.wrap(wal, 8, 4).getInt();
        byte[] page1 = null;
        for (int at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
            if (ByteBuffer.wrap(wal, at, 4).getInt() == 1) {
                page1 = java.util.Arrays.copyOfRange(wal, at + 24, at + 24 + pageSize);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(crashed.toFile(), "rw")) {
            f.write(page1);
            long claimed = Integer.toUnsignedLong(ByteBuffer.wrap(page1, 28, 4).getInt()) * pageSize;
            assertTrue(f.length() < claimed, "the file is shorter than its new header says");
        }

        try (Ledger ledger = Ledger.open(crashed, Ledger.Mode.WRITE)) {
            assertEquals(400L, (long) ledger.read(s -> s.enterprises().count()));
            assertEquals(List.of("ok"), ledger.quickCheck());
        }
    }
}
