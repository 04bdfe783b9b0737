package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.cli.CliTest;
import org.xinye.ledger.domain.Messages;

/**
 * A ledger changed in an SQLite tool, then opened, checked, restored from or unpacked: each
 * planted or changed object is refused with a message naming it, by every door, and the file
 * and its folder are exactly as they were (no {@code -wal}, {@code -shm} or lock file left).
 */
class UntrustedLedgerTest {
    @TempDir
    static Path shared;
    static Path clean;
    @TempDir
    Path dir;

    @BeforeAll
    static void demo() {
        Messages.use(Messages.CHINESE);
        clean = shared.resolve("clean.xldb");
        CliTest.Run r = CliTest.runCli("demo", "--db", clean.toString(), "--workers", "300", "--seed", "5");
        assertEquals(0, r.code(), r.err());
    }

    @BeforeEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    static List<Tampering.Plant> plants() {
        return Tampering.PLANTS;
    }

    private Path tampered(Tampering.Plant plant) throws IOException {
        Path file = dir.resolve("from-elsewhere.xldb");
        Files.copy(clean, file, StandardCopyOption.REPLACE_EXISTING);
        Tampering.apply(file, plant);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void checkListsItAndFails(Tampering.Plant plant) throws IOException {
        Path file = tampered(plant);
        Tampering.FolderState before = Tampering.FolderState.of(dir);
        CliTest.Run r = CliTest.runCli("check", "--db", file.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(plant.objectName()), r.out());
        assertTrue(r.out().contains(Messages.get("cli.check.structure", "").trim()), r.out());
        before.assertUnchanged("check only reads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void openingForReadingOrWritingRefusesIt(Tampering.Plant plant) throws IOException {
        Path file = tampered(plant);
        Tampering.FolderState before = Tampering.FolderState.of(dir);
        CliTest.Run r = CliTest.runCli("coverage", "--db", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(plant.objectName()) && r.err().contains("请从备份恢复"), r.err());
        for (Ledger.Mode mode : List.of(Ledger.Mode.WRITE, Ledger.Mode.READ)) {
            StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, mode));
            assertEquals(StoreException.Kind.FOREIGN, e.kind());
            assertTrue(e.getLocalizedMessage().contains(plant.objectName()), e.getLocalizedMessage());
        }
        before.assertUnchanged("no -wal, -shm or lock file is left beside a refused file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void restoreFromItRefusesAndLeavesTheCurrentLedgerAsItWas(Tampering.Plant plant) throws IOException {
        Path source = tampered(plant);
        Path current = dir.resolve("current.xldb");
        Files.copy(clean, current);
        Tampering.FolderState before = Tampering.FolderState.of(dir);
        CliTest.Run r = CliTest.runCli("restore", "--db", current.toString(), "--from", source.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(plant.objectName()) && r.err().contains("当前台账未作任何改动"), r.err());
        before.assertUnchanged("source and ledger as they were");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void unpackingAPackageHoldingItRefusesAndWritesNoFile(Tampering.Plant plant) throws IOException {
        Path ledger = tampered(plant);
        Path pkg = dir.resolve("from-elsewhere.xlpk");
        char[] password = "一二三四五六七八".toCharArray();
        TransferPackage.seal(ledger, pkg, password);
        Files.delete(ledger);
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, new String(password), StandardCharsets.UTF_8);
        Tampering.FolderState before = Tampering.FolderState.of(dir);
        Path target = dir.resolve("unpacked.xldb");
        CliTest.Run r = CliTest.runCli("unpack", "--in", pkg.toString(), "--db", target.toString(), "--password-file",
                pw.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(plant.objectName()) && r.err().contains("没有写入任何文件"), r.err());
        assertFalse(Files.exists(target));
        before.assertUnchanged("no file written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void aBackupChangedInTheBackupFolderIsNotOfferedForRestoringADamagedLedger(Tampering.Plant plant) throws IOException {
        Path current = dir.resolve("current.xldb");
        Files.copy(clean, current);
        Backups backups = new Backups(java.time.Clock.systemDefaultZone());
        try (Ledger l = Ledger.open(current, Ledger.Mode.WRITE)) {
            backups.take(l, Backups.MANUAL);
        }
        Path backup = backups.list(current).get(0).file();
        Tampering.apply(backup, plant);
        assertTrue(backups.newestVerified(current).isEmpty());
    }
}
