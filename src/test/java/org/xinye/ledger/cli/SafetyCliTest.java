package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.LedgerCheck;

/** The data-safety verbs: export, backup, restore, pack, unpack. */
class SafetyCliTest {
    @TempDir
    static Path shared;
    static Path demo;
    @TempDir
    Path dir;

    @BeforeAll
    static void makeDemo() {
        Messages.use(Messages.CHINESE);
        demo = shared.resolve("demo.xldb");
        CliTest.Run r = CliTest.runCli("demo", "--db", demo.toString(), "--workers", "800", "--seed", "9");
        assertEquals(0, r.code(), r.err());
    }

    @BeforeEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private Path copyOfDemo(String name) throws IOException {
        Path p = dir.resolve(name);
        assertEquals(0, CliTest.runCli("backup", "--db", demo.toString(), "--out", p.toString()).code());
        return p;
    }

    @Test
    void exportMasksByDefaultAndAFullExportNeedsTheLockBecauseItIsRecorded() throws IOException {
        Path csv = dir.resolve("people.csv");
        CliTest.Run r = CliTest.runCli("export", "--db", demo.toString(), "--table", "workers", "--out", csv.toString(),
                "--filter", "status=ACTIVE");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("已遮盖"), r.out());
        assertTrue(Files.readString(csv).matches("(?s).*\\d{6}\\*{8}[0-9X]{4}.*"));

        Path db = copyOfDemo("locked.xldb");
        try (Ledger window = Ledger.open(db, Ledger.Mode.WRITE)) {
            CliTest.Run full = CliTest.runCli("export", "--db", db.toString(), "--table", "workers", "--out",
                    dir.resolve("full.xlsx").toString(), "--unmask");
            assertEquals(2, full.code());
            assertTrue(full.err().contains("另一个窗口"), full.err());
            assertFalse(Files.exists(dir.resolve("full.xlsx")));
            assertEquals(0, CliTest.runCli("export", "--db", db.toString(), "--table", "enterprises", "--out",
                    dir.resolve("units.xlsx").toString()).code(), "a masked export only reads");
        }
        CliTest.Run full = CliTest.runCli("export", "--db", db.toString(), "--table", "workers", "--out",
                dir.resolve("full.xlsx").toString(), "--unmask");
        assertEquals(0, full.code(), full.err());
        try (Ledger l = Ledger.open(db, Ledger.Mode.READ)) {
            assertEquals("EXPORT_UNMASKED", l.read(s -> s.audit().recent(1).get(0).action()));
        }
        assertEquals(2, CliTest.runCli("export", "--db", db.toString(), "--table", "people", "--out", "x.csv").code());
        assertEquals(2, CliTest.runCli("export", "--db", db.toString(), "--table", "workers", "--out", "x.txt").code());
        assertEquals(2, CliTest.runCli("export", "--db", db.toString(), "--table", "workers", "--out",
                dir.resolve("x.csv").toString(), "--filter", "colour=red").code());
    }

    @Test
    void backupIntoTheFolderAndRestoreFromItWithTheCurrentLedgerBackedUpFirst() throws IOException {
        Path db = copyOfDemo("ledger.xldb");
        CliTest.Run b = CliTest.runCli("backup", "--db", db.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("校验通过"), b.out());
        Path backup = Backups.folderOf(db).resolve(Files.list(Backups.folderOf(db)).findFirst().orElseThrow().getFileName());
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            l.writing(s -> s.workers().delete(s.workers().nextId() - 1));
        }
        CliTest.Run r = CliTest.runCli("restore", "--db", db.toString(), "--from", backup.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("人员 800 名"), r.out());
        assertTrue(LedgerCheck.run(db).ok());
        assertEquals(800L, LedgerCheck.run(db).counts().get("worker"));
        assertTrue(Files.list(Backups.folderOf(db)).anyMatch(p -> p.toString().endsWith(".before-restore.xldb")));
    }

    @Test
    void restoreRefusesBadSourcesAndAWindowHoldingTheFileLeavingTheLedgerUnchanged() throws IOException {
        Path db = copyOfDemo("keep.xldb");
        byte[] before = Files.readAllBytes(db);
        Path empty = Files.createFile(dir.resolve("empty.xldb"));
        Path foreign = dir.resolve("foreign.xlsx");
        Files.write(foreign, "PK\u0003\u0004 a spreadsheet, not a ledger".repeat(20).getBytes());
        Path cut = copyOfDemo("cut.xldb");
        try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
            raf.setLength(raf.length() / 3);
        }
        for (Path bad : List.of(empty, foreign, cut, dir.resolve("missing.xldb"))) {
            CliTest.Run r = CliTest.runCli("restore", "--db", db.toString(), "--from", bad.toString());
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertTrue(r.err().contains(bad.getFileName().toString()), r.err());
            assertArrayEquals(before, Files.readAllBytes(db), "ledger unchanged after " + bad.getFileName());
        }
        Path good = copyOfDemo("good.xldb");
        try (Ledger window = Ledger.open(db, Ledger.Mode.WRITE)) {
            long logged = window.read(s -> s.audit().count());
            CliTest.Run r = CliTest.runCli("restore", "--db", db.toString(), "--from", good.toString());
            assertEquals(2, r.code());
            assertTrue(r.err().contains("另一个窗口"), r.err());
            assertEquals(logged, (long) window.read(s -> s.audit().count()), "nothing restored behind the window's back");
        }
        assertFalse(Files.exists(dir.resolve("keep.xldb.restoring")));
    }

    /** The password file of {@link #pack}. */
    private Path password() throws IOException {
        return Files.writeString(dir.resolve("pw.txt"), "正确的口令 2026\n");
    }

    /** The demo ledger packed with {@link #password}. */
    private Path pack() throws IOException {
        Path pkg = dir.resolve("carry.xlpk");
        CliTest.Run p = CliTest.runCli("pack", "--db", demo.toString(), "--out", pkg.toString(), "--password-file",
                password().toString());
        assertEquals(0, p.code(), p.err());
        return pkg;
    }

    private CliTest.Run unpack(Path pkg, Path out, Path passwordFile) {
        return CliTest.runCli("unpack", "--in", pkg.toString(), "--db", out.toString(), "--password-file",
                passwordFile.toString());
    }

    @Test
    void aPackageCarriesNoReadableLedgerAndUnpacksIntoASoundOne() throws IOException {
        Path pkg = pack();
        assertFalse(new String(Files.readAllBytes(pkg), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("SQLite format 3"));
        Path out = dir.resolve("arrived.xldb");
        CliTest.Run u = unpack(pkg, out, password());
        assertEquals(0, u.code(), u.err());
        assertEquals(800L, LedgerCheck.run(out).counts().get("worker"));
        assertTrue(LedgerCheck.run(out).ok());
    }

    @Test
    void unpackNeverReplacesAnExistingFile() throws IOException {
        Path pkg = pack();
        Path out = dir.resolve("arrived.xldb");
        assertEquals(0, unpack(pkg, out, password()).code());
        byte[] existing = Files.readAllBytes(out);
        CliTest.Run again = unpack(pkg, out, password());
        assertEquals(2, again.code());
        assertTrue(again.err().contains(Messages.get("unpack.targetExists", out.toAbsolutePath().normalize()))
                || again.err().contains(Messages.get("unpack.targetExists", out)), again.err());
        assertArrayEquals(existing, Files.readAllBytes(out));
    }

    @Test
    void aWrongPasswordWritesNothing() throws IOException {
        Path pkg = pack();
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "不对的口令 2026");
        CliTest.Run bad = unpack(pkg, dir.resolve("w.xldb"), wrong);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(Messages.get("unpack.badPassword", pkg)), bad.err());
        assertFalse(Files.exists(dir.resolve("w.xldb")));
    }

    @Test
    void oneChangedByteAnywhereIsRefusedAndWritesNothing() throws IOException {
        byte[] sealed = Files.readAllBytes(pack());
        for (int at : new int[] {12, sealed.length / 2, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[at] ^= 0x01;
            Path t = Files.write(dir.resolve("tampered" + at + ".xlpk"), tampered);
            CliTest.Run tr = unpack(t, dir.resolve("t" + at + ".xldb"), password());
            assertEquals(2, tr.code(), "byte " + at);
            assertTrue(tr.err().contains(Messages.get("unpack.badPassword", t)), tr.err());
            assertFalse(Files.exists(dir.resolve("t" + at + ".xldb")));
            assertFalse(Files.exists(dir.resolve("t" + at + ".xldb.unpacking")));
        }
    }

    @Test
    void packRefusesAShortPasswordAndALedgerAsItsTarget() throws IOException {
        Path pw = password();
        Path out = dir.resolve("arrived.xldb");
        assertEquals(0, unpack(pack(), out, pw).code());
        byte[] existing = Files.readAllBytes(out);
        Files.writeString(dir.resolve("short.txt"), "1234567");
        assertEquals(2, CliTest.runCli("pack", "--db", demo.toString(), "--out", dir.resolve("s.xlpk").toString(),
                "--password-file", dir.resolve("short.txt").toString()).code(), "a short password is refused");
        CliTest.Run overLedger = CliTest.runCli("pack", "--db", demo.toString(), "--out", out.toString(), "--password-file",
                pw.toString());
        assertEquals(1, overLedger.code());
        assertArrayEquals(existing, Files.readAllBytes(out), "a package never overwrites a ledger");
    }
}
