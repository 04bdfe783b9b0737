package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;

class BackupsTest {
    @TempDir
    Path dir;

    private static Clock at(LocalDateTime t) {
        return Clock.fixed(t.toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
    }

    @Test
    void aBackupIsAVerifiedConsistentCopyInTheFolderBesideTheLedger() throws IOException {
        Path file = dir.resolve("a.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            ledger.writing(s -> s.enterprises().insert(Enterprise.of("甲", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
            Backups.Backup b = new Backups(at(LocalDateTime.of(2026, 11, 27, 9, 30))).take(ledger, Backups.MANUAL);
            assertEquals(dir.resolve("backups/a.xldb.20261127-093000.manual.xldb"), b.file());
            assertTrue(b.size() > 0);
            try (Ledger copy = Ledger.open(b.file(), Ledger.Mode.INSPECT)) {
                assertEquals(1L, (long) copy.read(s -> s.enterprises().count()));
            }
            assertEquals(List.of("ok"), LedgerCheck.run(b.file()).integrity());
            try (var files = Files.list(b.file().getParent())) {
                assertEquals(1, files.count(), "no temporary or -shm file is left beside the backup");
            }
        }
    }

    @Test
    void theDailyBackupIsTakenAtMostOnceADay() {
        Path file = dir.resolve("d.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            Backups morning = new Backups(at(LocalDateTime.of(2026, 11, 27, 8, 0)));
            assertTrue(morning.dailyIfDue(ledger).isPresent());
            assertTrue(new Backups(at(LocalDateTime.of(2026, 11, 27, 17, 0))).dailyIfDue(ledger).isEmpty());
            assertTrue(new Backups(at(LocalDateTime.of(2026, 11, 28, 8, 0))).dailyIfDue(ledger).isPresent());
            assertEquals(2, morning.list(file).size());
        }
    }

    @Test
    void rotationKeepsTodaySevenDaysAndFourWeeks() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<Backups.Backup> all = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            for (int h : new int[] {18, 9}) {
                all.add(new Backups.Backup(dir.resolve(d + "-" + h), today.minusDays(d).atTime(h, 0), "daily", 1));
            }
        }
        Set<Backups.Backup> keep = Backups.keep(all, Backups.Policy.DEFAULT, today);
        assertTrue(keep.contains(all.get(0)) && keep.contains(all.get(1)), "both of today");
        for (int d = 1; d < 7; d++) {
            assertTrue(keep.contains(all.get(2 * d)), "newest of day -" + d);
            assertFalse(keep.contains(all.get(2 * d + 1)), "older of day -" + d);
        }
        long older = keep.stream().filter(b -> b.takenAt().toLocalDate().isBefore(today.minusDays(6))).count();
        assertEquals(4, older, "one per week for four weeks");
        assertEquals(2 + 6 + 4, keep.size());
    }

    @Test
    void rotationRunsAfterEachBackupAndHonoursTheLedgersSetting() throws IOException {
        Path file = dir.resolve("r.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            ledger.writing(s -> {
                s.settings().put(Backups.KEEP_DAILY, "2");
                s.settings().put(Backups.KEEP_WEEKLY, "1");
            });
            for (int d = 20; d >= 0; d--) {
                new Backups(at(LocalDateTime.of(2026, 11, 27, 12, 0).minusDays(d))).take(ledger, Backups.DAILY);
            }
            Files.writeString(Backups.folderOf(file).resolve("notes.txt"), "kept: not a backup");
            new Backups(at(LocalDateTime.of(2026, 11, 27, 13, 0))).take(ledger, Backups.MANUAL);
            List<Backups.Backup> left = new Backups(Clock.systemUTC()).list(file);
            assertEquals(4, left.size(), left.toString());
            assertTrue(Files.exists(Backups.folderOf(file).resolve("notes.txt")));
        }
    }

    @Test
    void theHookForImportsTakesAVerifiedBackupNamedForTheReason() {
        Path file = dir.resolve("i.xldb");
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            Backups.Backup b = Backups.beforeRiskyChange(ledger, "import");
            assertEquals("before-import", b.tag());
            assertTrue(b.file().getFileName().toString().endsWith(".before-import.xldb"));
            assertTrue(LedgerCheck.run(b.file()).ok());
        }
    }

    @Test
    void copiesLeftHalfWrittenByAnEndedProcessAreRemovedAtTheNextBackup() throws IOException {
        Path file = dir.resolve("w.xldb");
        Path folder = Backups.folderOf(file);
        Files.createDirectories(folder);
        List<Path> leftovers = List.of(folder.resolve("w.xldb.20261126-080000.daily.xldb.writing"),
                folder.resolve("w.xldb.20261126-080000.daily.xldb.writing-journal"),
                folder.resolve("w.xldb.20261125-080000-2.before-import.xldb.writing"));
        List<Path> others = List.of(folder.resolve("other.xldb.20261126-080000.daily.xldb.writing"),
                folder.resolve("w.xldb.notes.writing"), folder.resolve("notes.txt"));
        for (Path p : leftovers) {
            Files.writeString(p, "half a copy");
        }
        for (Path p : others) {
            Files.writeString(p, "not ours to remove");
        }
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            new Backups(at(LocalDateTime.of(2026, 11, 27, 8, 0))).dailyIfDue(ledger);
        }
        for (Path p : leftovers) {
            assertFalse(Files.exists(p), p + " is removed");
        }
        for (Path p : others) {
            assertTrue(Files.exists(p), p + " is kept");
        }
        assertEquals(1, new Backups(Clock.systemUTC()).list(file).size());
        assertFalse(LedgerCopy.writing(folder.resolve("w.xldb.20261127-080000.daily.xldb.writing")),
                "a finished copy is no longer counted as being written");
    }
}
