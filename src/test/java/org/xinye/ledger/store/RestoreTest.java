package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.TestDay;

/** Restore that cannot destroy: every bad source is refused and the current ledger stays byte for byte. */
class RestoreTest {
    @TempDir
    Path dir;
    Path current;
    Path good;
    private final Restore restore = new Restore(TestDay.CLOCK);

    @BeforeEach
    void ledgers() {
        Messages.use(Messages.CHINESE);
        current = dir.resolve("current.xldb");
        try (Ledger l = Ledger.open(current, Ledger.Mode.WRITE)) {
            l.writing(s -> s.enterprises().insert(Enterprise.of("现有单位", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
        }
        good = dir.resolve("elsewhere/good.xldb");
        try (Ledger l = Ledger.open(good, Ledger.Mode.WRITE)) {
            new DemoData(3, 300, LocalDate.of(2026, 11, 27)).fill(l, p -> { });
        }
    }

    private void assertRefusedUnchanged(Path source, StoreException.Kind kind, String phrase) throws IOException {
        byte[] before = Files.readAllBytes(current);
        byte[] sourceBefore = Files.exists(source) ? Files.readAllBytes(source) : null;
        StoreException e = assertThrows(StoreException.class, () -> restore.prepare(source, current).close());
        assertEquals(kind, e.kind(), e.getLocalizedMessage());
        assertTrue(e.getLocalizedMessage().contains(phrase), e.getLocalizedMessage());
        assertTrue(e.getLocalizedMessage().contains(source.getFileName().toString()), "names the source");
        assertTrue(e.isRefusal());
        assertArrayEquals(before, Files.readAllBytes(current), "current ledger unchanged");
        if (sourceBefore != null) {
            assertArrayEquals(sourceBefore, Files.readAllBytes(source), "source only read");
        }
        assertFalse(Files.exists(dir.resolve("current.xldb.restoring")), "no staging file left");
        try (Ledger l = Ledger.open(current, Ledger.Mode.WRITE)) {
            assertEquals("现有单位", l.read(s -> s.enterprises().all().get(0).name()));
        }
    }

    @Test
    void refusesTheLedgerItself() throws IOException {
        assertRefusedUnchanged(current, StoreException.Kind.NOT_A_LEDGER, "本身");
    }

    @Test
    void refusesAZeroByteSource() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xldb"));
        assertRefusedUnchanged(empty, StoreException.Kind.NOT_A_LEDGER, "0 字节");
    }

    @Test
    void refusesAForeignSqliteDatabaseAndANonSqliteFile() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE worker(x)");
            st.execute("INSERT INTO worker VALUES (1)");
        }
        assertRefusedUnchanged(foreign, StoreException.Kind.NOT_A_LEDGER, "不是本程序的台账");
        Path text = dir.resolve("notes.xldb");
        Files.writeString(text, "不是数据库".repeat(100), StandardCharsets.UTF_8);
        assertRefusedUnchanged(text, StoreException.Kind.NOT_A_LEDGER, "不是 SQLite");
    }

    @Test
    void refusesATruncatedANewerAndACorruptSource() throws IOException {
        Path cut = dir.resolve("cut.xldb");
        Files.copy(good, cut);
        try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
            raf.setLength(raf.length() / 2 + 7);
        }
        assertRefusedUnchanged(cut, StoreException.Kind.TRUNCATED, "不完整");

        Path newer = dir.resolve("newer.xldb");
        Files.copy(good, newer);
        LedgerTest.setUserVersion(newer, Ledger.schemaVersion() + 1);
        assertRefusedUnchanged(newer, StoreException.Kind.NEWER_VERSION, "更新版本");

        Path corrupt = dir.resolve("corrupt.xldb");
        Files.copy(good, corrupt);
        Corruption.scribbleOverATablePage(corrupt, "worker");
        assertRefusedUnchanged(corrupt, StoreException.Kind.CORRUPT, "损坏");
    }

    @Test
    void restoresThroughTheOpenLedgersOwnConnectionAfterBackingItUp() {
        try (Ledger window = Ledger.open(current, Ledger.Mode.WRITE)) {
            Backups.Backup safety;
            try (Restore.Prepared p = restore.prepare(good, current)) {
                assertEquals(300, p.workers());
                assertThrows(StoreException.class, () -> Ledger.open(current, Ledger.Mode.WRITE),
                        "a second writer stays refused throughout");
                safety = restore.restore(window, p);
            }
            assertEquals(300L, (long) window.read(s -> s.workers().count()));
            assertEquals("RESTORE", window.read(s -> s.audit().recent(1).get(0).action()));
            assertTrue(LedgerCheck.run(current).ok());
            try (Ledger old = Ledger.open(safety.file(), Ledger.Mode.INSPECT)) {
                assertEquals("现有单位", old.read(s -> s.enterprises().all().get(0).name()), "the safety backup holds what was there");
            }
            assertFalse(Files.exists(dir.resolve("current.xldb.restoring")));
        }
        assertTrue(LedgerCheck.run(current).ok());
    }

    @Test
    void aDamagedLedgerIsRefusedOnOpenUntouchedAndCanBeReplacedFromItsNewestVerifiedBackup() throws IOException {
        Backups backups = new Backups(TestDay.CLOCK);
        try (Ledger l = Ledger.open(current, Ledger.Mode.WRITE)) {
            backups.take(l, Backups.DAILY);
        }
        Corruption.scribbleOverATablePage(current, "enterprise");
        byte[] damaged = Files.readAllBytes(current);
        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(current, Ledger.Mode.WRITE));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertEquals("store.damaged", e.messageKey());
        assertEquals(current.toAbsolutePath().normalize(), e.args()[0]);
        assertArrayEquals(damaged, Files.readAllBytes(current), "nothing written to a damaged file");

        Backups.Backup newest = backups.newestVerified(current).orElseThrow();
        Path aside;
        try (Restore.Prepared p = restore.prepare(newest.file(), current)) {
            aside = restore.replaceDamaged(current, p);
        }
        assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is kept, not deleted");
        try (Ledger l = Ledger.open(current, Ledger.Mode.WRITE)) {
            assertEquals("现有单位", l.read(s -> s.enterprises().all().get(0).name()));
        }
        assertTrue(backups.list(current).stream().anyMatch(b -> b.tag().equals(Backups.DAMAGED)));
    }
}
