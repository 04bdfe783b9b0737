package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;

/** The fault bars that are not about restore: each gets its clear message and the bytes stay as they were. */
class FaultBarsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private static List<Worker> workers(int from, int n) {
        List<Worker> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(Worker.of(IdNumber.of(TestIds.id(i)), "工人" + i).withId((long) i + 1));
        }
        return out;
    }

    @Test
    void diskFullRollsTheWholeWriteBackSaysSoAndKeepsEarlierData() {
        Path file = dir.resolve("full.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            ledger.writing(s -> s.workers().insertAll(workers(0, 500)));
            long pages = ledger.read(s -> Sql.count(s.connection(), "PRAGMA page_count"));
            // The writer connection may grow the file by a few pages only: the next big write runs out of disk.
            ledger.write(s -> Sql.count(s.connection(), "PRAGMA max_page_count = " + (pages + 5)));
            StoreException e = assertThrows(StoreException.class, () -> ledger.writing(s -> {
                s.enterprises().insert(Enterprise.of("写到一半", EnterpriseKind.OUTLET, Industry.EXPRESS, null));
                s.workers().insertAll(workers(500, 20_000));
            }));
            assertEquals(StoreException.Kind.DISK_FULL, e.kind(), String.valueOf(e.getCause()));
            assertEquals("store.diskFull", e.messageKey());
            assertEquals(500L, (long) ledger.read(s -> s.workers().count()));
            assertEquals(0L, (long) ledger.read(s -> s.enterprises().count()), "nothing half-written");
            ledger.writing(s -> s.enterprises().insert(Enterprise.of("之后", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
            assertEquals(1L, (long) ledger.read(s -> s.enterprises().count()), "the ledger keeps working");
        }
        LedgerCheck.Report r = LedgerCheck.run(file);
        assertTrue(r.ok(), r.integrity().toString());
        assertEquals(500L, r.counts().get("worker"));
    }

    @Test
    void aRemovedIdNumberLeavesNoTraceInTheFileOrItsWal() throws IOException {
        Path file = dir.resolve("secure.xldb");
        String gone = TestIds.id(LocalDate.of(1990, 5, 17).getDayOfYear() * 7);
        String kept = TestIds.id(42);
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            ledger.writing(s -> {
                s.workers().insertAll(workers(100, 300));
                s.workers().insert(Worker.of(IdNumber.of(gone), "将被删除"));
                s.workers().insert(Worker.of(IdNumber.of(kept), "留下"));
            });
            ledger.scrub();
            assertTrue(contains(file, gone), "the test can see an ID in the raw bytes");
            ledger.writing(s -> s.workers().delete(s.workers().byIdNumber(gone).orElseThrow().id()));
            ledger.scrub();
            assertFalse(contains(file, gone), "not in the database file");
            assertFalse(contains(file.resolveSibling("secure.xldb-wal"), gone), "not in the WAL");
            assertTrue(contains(file, kept), "other people are still there");
            assertEquals(301L, (long) ledger.read(s -> s.workers().count()));
        }
        assertFalse(contains(file, gone));
    }

    private static boolean contains(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        byte[] hay = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void aSecondInstanceIsRefusedAndTheFileUntouched() throws IOException {
        Path file = dir.resolve("twice.xldb");
        try (Ledger first = Ledger.open(file, Ledger.Mode.WRITE)) {
            first.scrub();
            byte[] before = Files.readAllBytes(file);
            StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, Ledger.Mode.WRITE));
            assertEquals(StoreException.Kind.LOCKED, e.kind());
            assertEquals("store.locked", e.messageKey());
            assertArrayEquals(before, Files.readAllBytes(file));
        }
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndRefusesWritesWithoutChangingIt() throws Exception {
        Path file = dir.resolve("ro.xldb");
        try (Ledger l = Ledger.open(file, Ledger.Mode.WRITE)) {
            l.writing(s -> s.enterprises().insert(Enterprise.of("甲", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
        }
        assumeTrue(makeReadOnly(file), "cannot make a file read-only here");
        try {
            byte[] before = Files.readAllBytes(file);
            StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, Ledger.Mode.WRITE));
            assertEquals(StoreException.Kind.READ_ONLY, e.kind());
            assertEquals("store.fileReadOnly", e.messageKey());
            try (Ledger ro = Ledger.open(file, Ledger.Mode.READ)) {
                assertTrue(ro.isReadOnly());
                assertEquals(1L, (long) ro.read(s -> s.enterprises().count()));
                StoreException w = assertThrows(StoreException.class, () -> ro.writing(s -> { }));
                assertEquals("store.openedReadOnly", w.messageKey());
            }
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            makeWritable(file);
        }
    }

    /**
     * Makes a file read-only even for root (who ignores permission bits): the immutable
     * attribute where chattr works, permission bits otherwise.
     */
    static boolean makeReadOnly(Path file) throws Exception {
        file.toFile().setWritable(false, false);
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Process p = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && !Files.isWritable(file);
        } catch (IOException e) {
            return false;
        }
    }

    static void makeWritable(Path file) throws Exception {
        try {
            new ProcessBuilder("chattr", "-i", file.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // no chattr: only the permission bits were changed
        }
        file.toFile().setWritable(true, false);
    }

    @Test
    void aNonLedgerANewerATruncatedAndACorruptedFileAreRefusedUntouched() throws IOException {
        Path good = dir.resolve("good.xldb");
        try (Ledger l = Ledger.open(good, Ledger.Mode.WRITE)) {
            l.writing(s -> s.workers().insertAll(workers(0, 400)));
        }
        Path text = dir.resolve("text.xldb");
        Files.writeString(text, "名单\n张三,150203198001010011\n".repeat(50));
        refusedUntouched(text, StoreException.Kind.NOT_A_LEDGER, "不是台账");

        Path newer = dir.resolve("newer.xldb");
        Files.copy(good, newer);
        LedgerTest.setUserVersion(newer, Ledger.schemaVersion() + 3);
        refusedUntouched(newer, StoreException.Kind.NEWER_VERSION, "更新版本");

        Path cut = dir.resolve("cut.xldb");
        Files.copy(good, cut);
        try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
            raf.setLength(raf.length() - 4096 * 2 - 100);
        }
        refusedUntouched(cut, StoreException.Kind.TRUNCATED, "不完整");

        Path damaged = dir.resolve("damaged.xldb");
        Files.copy(good, damaged);
        Corruption.scribbleOverATablePage(damaged, "worker");
        refusedUntouched(damaged, StoreException.Kind.CORRUPT, "损坏");
    }

    private static void refusedUntouched(Path file, StoreException.Kind kind, String phrase) throws IOException {
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, Ledger.Mode.WRITE).close());
        assertEquals(kind, e.kind(), e.getLocalizedMessage());
        assertTrue(e.getLocalizedMessage().contains(phrase), e.getLocalizedMessage());
        assertTrue(e.isRefusal());
        assertArrayEquals(before, Files.readAllBytes(file), file.getFileName() + " unchanged");
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + "-wal")), "no WAL created beside it");
    }

    @Test
    void readersSeeEveryCommitOfTheWriter() {
        try (Ledger ledger = Ledger.open(dir.resolve("fresh.xldb"), Ledger.Mode.WRITE)) {
            for (int i = 1; i <= 3; i++) {
                ledger.writing(s -> s.enterprises().insert(Enterprise.of("单位", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
                assertEquals(i, (long) ledger.read(s -> s.enterprises().count()));
                assertEquals(i, (long) ledger.read(s -> s.enterprises().count()), "a pooled reader too");
            }
        }
    }
}
