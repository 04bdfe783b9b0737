package org.xinye.ledger.store.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.io.submission.RollupJob;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.TransferPackage;
import org.xinye.ledger.store.rollup.SubmissionRefused.Reason;

/** A tampered, foreign, wrongly scoped, older-version or inconsistent file is refused with its reason, changing nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupRefusalTest {
    private Path dir;
    private Path good;
    private Path city;

    @BeforeAll
    void setUp(@TempDir Path tmp) {
        dir = tmp;
        good = SampleDistricts.submit(SampleDistricts.donghe(dir), dir.resolve("a.xlsub"), null, null);
        city = dir.resolve("city.xldb");
        try (Ledger l = Ledger.open(city, Ledger.Mode.WRITE)) {
            new RollupJob(l, Clock.systemDefaultZone()).run(List.of(SampleDistricts.submit(SampleDistricts.qingshan(dir),
                    dir.resolve("c.xlsub"), null, null)), null, RollupJob.Progress.NONE, () -> false);
        }
    }

    private RollupJob.Refusal refusal(Path file, char[] password) {
        try (Ledger l = Ledger.open(city, Ledger.Mode.WRITE)) {
            long before = l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM rollup_submission"));
            long workers = l.read(s -> s.workers().count());
            RollupJob.Outcome o = new RollupJob(l, Clock.systemDefaultZone()).run(List.of(file), password,
                    RollupJob.Progress.NONE, () -> false);
            assertEquals(List.of(), o.taken());
            assertEquals(1, o.refused().size());
            assertEquals(before, (long) l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM rollup_submission")),
                    "a refused file leaves no trace");
            assertEquals(workers, (long) l.read(s -> s.workers().count()));
            assertEquals(0L, (long) l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM sub_worker w"
                    + " WHERE w.submission_id NOT IN (SELECT id FROM rollup_submission)")));
            assertTrue(!o.refused().get(0).message().startsWith("!"), o.refused().get(0).message());
            return o.refused().get(0);
        }
    }

    @Test
    void aChangedByteIsTampering() throws IOException {
        Path bad = Files.copy(good, dir.resolve("tampered.xlsub"));
        try (RandomAccessFile f = new RandomAccessFile(bad.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0x40);
        }
        assertEquals(Reason.TAMPERED, refusal(bad, null).reason());
    }

    @Test
    void aFileCutShortIsTampering() throws IOException {
        Path bad = dir.resolve("short.xlsub");
        byte[] all = Files.readAllBytes(good);
        Files.write(bad, java.util.Arrays.copyOf(all, all.length / 3));
        assertEquals(Reason.TAMPERED, refusal(bad, null).reason());
    }

    @Test
    void aLedgerOrAnyOtherFileIsNotASubmission() throws IOException {
        assertEquals(Reason.NOT_A_SUBMISSION, refusal(dir.resolve("donghe.xldb"), null).reason());
        Path pack = dir.resolve("whole.xlpk");
        try (Ledger l = Ledger.open(dir.resolve("donghe.xldb"), Ledger.Mode.READ)) {
            TransferPackage.pack(l, pack, "secret-password".toCharArray());
        }
        assertEquals(Reason.NOT_A_SUBMISSION, refusal(pack, "secret-password".toCharArray()).reason());
    }

    @Test
    void anEncryptedFileNeedsTheRightPassword() {
        Path sealed = SampleDistricts.submit(dir.resolve("donghe.xldb"), dir.resolve("sealed.xlsub"), null,
                "right-password".toCharArray());
        assertEquals(Reason.NEEDS_PASSWORD, refusal(sealed, null).reason());
        assertEquals(Reason.BAD_PASSWORD, refusal(sealed, "wrong-password".toCharArray()).reason());
    }

    @Test
    void aCountyOfAnotherCityIsForeign() {
        Path bad = SampleDistricts.mutate(good, dir.resolve("foreign.xlsub"),
                "UPDATE submission_info SET county_code = '150299000000'");
        assertEquals(Reason.FOREIGN, refusal(bad, null).reason());
    }

    @Test
    void recordsOutsideTheDeclaredCountyAreWronglyScoped() {
        Path bad = SampleDistricts.mutate(good, dir.resolve("scope.xlsub"),
                "UPDATE submission_info SET county_code = '150203000000', scope_name = '昆都仑区'");
        RollupJob.Refusal r = refusal(bad, null);
        assertEquals(Reason.WRONG_SCOPE, r.reason());
        assertTrue(r.message().contains("和平路街道"), r.message());
    }

    @Test
    void aPlantedOrChangedObjectIsRefusedNamingIt() {
        Path trigger = SampleDistricts.mutate(good, dir.resolve("trigger.xlsub"),
                "CREATE TRIGGER rename_all AFTER INSERT ON worker BEGIN UPDATE worker SET name = 'x'; END");
        RollupJob.Refusal r = refusal(trigger, null);
        assertEquals(Reason.ALTERED, r.reason());
        assertTrue(r.message().contains("rename_all"), r.message());
        Path view = SampleDistricts.mutate(good, dir.resolve("view.xlsub"), "CREATE VIEW peek AS SELECT 1");
        assertTrue(refusal(view, null).message().contains("peek"));
        Path column = SampleDistricts.mutate(good, dir.resolve("column.xlsub"),
                "ALTER TABLE enterprise ADD COLUMN secret TEXT");
        RollupJob.Refusal c = refusal(column, null);
        assertEquals(Reason.ALTERED, c.reason());
        assertTrue(c.message().contains("secret"), c.message());
    }

    @Test
    void anOlderSchemaIsAnOlderVersion() {
        Path bad = SampleDistricts.mutate(good, dir.resolve("old.xlsub"),
                "PRAGMA user_version = " + (Ledger.schemaVersion() - 1));
        assertEquals(Reason.OLDER_VERSION, refusal(bad, null).reason());
    }

    @Test
    void figuresThatTheRecordsDoNotGiveAreRefused() {
        Path bad = SampleDistricts.mutate(good, dir.resolve("figures.xlsub"),
                "UPDATE worker SET status = 'LEFT' WHERE id IN (SELECT id FROM worker LIMIT 3)");
        assertEquals(Reason.FIGURES_DIFFER, refusal(bad, null).reason());
        Path inflated = SampleDistricts.mutate(good, dir.resolve("inflated.xlsub"),
                "UPDATE submission_figure SET workers = workers + 100 WHERE region_code = 'total'");
        assertEquals(Reason.FIGURES_DIFFER, refusal(inflated, null).reason());
    }

    /** A value no ledger can hold (written past the CHECK constraints, sealed with a valid checksum) is damage. */
    @Test
    void aRowBreakingACheckConstraintIsDamage() {
        Path broken = SampleDistricts.mutate(good, dir.resolve("unchecked.xlsub"), "PRAGMA ignore_check_constraints = ON",
                "UPDATE worker SET status = 'GONE' WHERE id = (SELECT MAX(id) FROM worker)");
        RollupJob.Refusal r = refusal(broken, null);
        assertEquals(Reason.DAMAGED, r.reason());
        assertTrue(r.message().contains("worker"), r.message());
        Path joint = SampleDistricts.mutate(good, dir.resolve("unchecked-unit.xlsub"),
                "PRAGMA ignore_check_constraints = ON", "UPDATE enterprise SET in_scope = 7 WHERE id = 1");
        assertEquals(Reason.DAMAGED, refusal(joint, null).reason());
    }

    @Test
    void theSameFileTwiceIsTakenOnce() {
        assertEquals(Reason.ALREADY_TAKEN, refusal(dir.resolve("c.xlsub"), null).reason());
    }

    /** What tells a file taken twice is the SHA-256 of the whole file as it arrived, plain or encrypted. */
    @Test
    void aFileIsKnownByTheHashOfAllItsBytes() throws Exception {
        Path sealed = SampleDistricts.submit(dir.resolve("donghe.xldb"), dir.resolve("hashed.xlsub"), null,
                "right-password".toCharArray());
        for (var file : List.of(good, sealed)) {
            String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
            try (var opened = org.xinye.ledger.io.submission.SubmissionFile.open(file, "right-password".toCharArray())) {
                assertEquals(expected, opened.sha256(), file.toString());
            }
        }
    }

    @Test
    void hashedIdsDoNotMixWithPlainOnes() {
        Path hashed = SampleDistricts.submit(dir.resolve("donghe.xldb"), dir.resolve("hashed.xlsub"),
                "a key the city handed out to every district".getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(Reason.OTHER_KEY, refusal(hashed, null).reason());
    }
}
