package org.xinye.ledger.store.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.submission.RollupJob;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;

/** Later periods, replacements and undo; the period-to-period changes; hashed ID numbers. */
class RollupHistoryTest {
    @TempDir
    Path dir;

    private static RollupJob.Outcome rollUp(Path city, Path... files) {
        try (Ledger l = Ledger.open(city, Ledger.Mode.WRITE)) {
            return new RollupJob(l, Clock.systemDefaultZone()).run(List.of(files), null, RollupJob.Progress.NONE,
                    () -> false);
        }
    }

    private static long count(Path city, String sql) {
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            return l.read(s -> Sql.count(s.connection(), sql));
        }
    }

    @Test
    void aLaterPeriodCountsAndAResubmissionReplacesWhatUndoBringsBack() {
        Path a = SampleDistricts.donghe(dir);
        Path city = dir.resolve("city.xldb");
        rollUp(city, SampleDistricts.submit(a, dir.resolve("may.xlsub"), null, null));
        assertEquals(98, count(city, "SELECT COUNT(*) FROM worker WHERE status = 'ACTIVE'"));
        try (Ledger l = Ledger.open(a, Ledger.Mode.WRITE)) {
            l.writing(s -> {
                var p0 = s.workers().byIdNumber(SampleDistricts.person(0)).orElseThrow();
                s.workers().update(new org.xinye.ledger.domain.Worker(p0.id(), p0.idNumber(), p0.name(), p0.gender(),
                        p0.birthDate(), p0.mobile(), p0.occupation(), p0.employerId(), p0.employerText(),
                        p0.townshipCode(), p0.townshipText(), p0.politicalStatus(), WorkerStatus.LEFT, p0.notes()));
                var p1 = s.workers().byIdNumber(SampleDistricts.person(1)).orElseThrow();
                long other = s.enterprises().all().stream().filter(e -> !e.id().equals(p1.employerId())).findFirst()
                        .orElseThrow().id();
                s.workers().update(new org.xinye.ledger.domain.Worker(p1.id(), p1.idNumber(), p1.name(), p1.gender(),
                        p1.birthDate(), p1.mobile(), p1.occupation(), other, null, p1.townshipCode(), null,
                        p1.politicalStatus(), p1.status(), null));
                var id = org.xinye.ledger.domain.IdNumber.of(SampleDistricts.person(300));
                s.workers().insert(new org.xinye.ledger.domain.Worker(null, id.value(), "人员300", id.gender(),
                        id.birthDate(), null, null, p1.employerId(), null, "150202001000", null,
                        org.xinye.ledger.domain.PoliticalStatus.MASSES, WorkerStatus.ACTIVE, null));
            });
        }
        YearMonth june = YearMonth.of(2026, 6);
        RollupJob.Outcome o = rollUp(city, SampleDistricts.submit(a, dir.resolve("june.xlsub"), null, null, june));
        assertNull(o.taken().get(0).replacedId(), "another period replaces nothing");
        assertEquals(98, count(city, "SELECT COUNT(*) FROM worker WHERE status = 'ACTIVE'"));
        assertEquals(101, count(city, "SELECT COUNT(*) FROM worker"));
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            var row = l.read(s -> SubmissionStatus.of(s, june)).stream()
                    .filter(r -> r.scopeKey().equals("COUNTY:" + SampleDistricts.DONGHE)).findFirst().orElseThrow();
            assertEquals(new SubmissionStatus.Changes(SampleDistricts.PERIOD, 1, 1, 1), row.changes());
            assertEquals(org.xinye.ledger.domain.Messages.get("rollup.status.changes", "2026-05", 1, 1, 1), row.changesText());
            var may = l.read(s -> SubmissionStatus.of(s, SampleDistricts.PERIOD)).stream()
                    .filter(r -> r.scopeKey().equals("COUNTY:" + SampleDistricts.DONGHE)).findFirst().orElseThrow();
            assertEquals(org.xinye.ledger.domain.Messages.get("rollup.status.firstPeriod"), may.changesText());
            assertTrue(l.read(s -> SubmissionStatus.of(s, june)).stream()
                    .filter(r -> r.scopeKey().equals("COUNTY:" + SampleDistricts.QINGSHAN)).findFirst().orElseThrow()
                    .missing());
        }
        // June again, with one more person left: it replaces June's first file, which is kept.
        try (Ledger l = Ledger.open(a, Ledger.Mode.WRITE)) {
            l.writing(s -> Sql.update(s.connection(), "UPDATE worker SET status = 'LEFT' WHERE id_number = ?",
                    SampleDistricts.person(2)));
        }
        RollupJob.Outcome again = rollUp(city, SampleDistricts.submit(a, dir.resolve("june2.xlsub"), null, null, june));
        assertNotNull(again.taken().get(0).replacedId());
        assertEquals(97, count(city, "SELECT COUNT(*) FROM worker WHERE status = 'ACTIVE'"));
        assertEquals(1, count(city, "SELECT COUNT(*) FROM rollup_submission WHERE state = 'REPLACED'"));
        try (Ledger l = Ledger.open(city, Ledger.Mode.WRITE)) {
            assertTrue(Rollups.undoLast(l, Instant.now()).isPresent());
        }
        assertEquals(98, count(city, "SELECT COUNT(*) FROM worker WHERE status = 'ACTIVE'"));
        assertEquals(0, count(city, "SELECT COUNT(*) FROM rollup_submission WHERE state = 'REPLACED'"));
        try (Ledger l = Ledger.open(city, Ledger.Mode.WRITE)) {
            assertTrue(Rollups.undoLast(l, Instant.now()).isPresent());
        }
        assertEquals(100, count(city, "SELECT COUNT(*) FROM worker"));
        assertEquals(0, count(city, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        assertEquals(0, count(city, "SELECT COUNT(*) FROM sub_worker w JOIN rollup_submission r ON r.id = w.submission_id"
                + " WHERE r.state = 'UNDONE'"));
    }

    @Test
    void hashedIdNumbersCountOncePerPersonAndNeverShow() {
        byte[] key = "the city's key file, the same for every district".getBytes(StandardCharsets.UTF_8);
        Path city = dir.resolve("hashed-city.xldb");
        RollupJob.Outcome o = rollUp(city,
                SampleDistricts.submit(SampleDistricts.donghe(dir), dir.resolve("a.xlsub"), key, null),
                SampleDistricts.submit(SampleDistricts.kundulun(dir), dir.resolve("b.xlsub"), key, null));
        assertEquals(List.of(), o.refused());
        assertEquals(190, count(city, "SELECT COUNT(*) FROM worker"));
        assertEquals(0, count(city, "SELECT COUNT(*) FROM worker WHERE id_number NOT LIKE 'H%'"));
        assertEquals(0, count(city, "SELECT COUNT(*) FROM worker WHERE mobile IS NOT NULL"));
        try (Ledger l = Ledger.open(city, Ledger.Mode.READ)) {
            var counts = Differences.counts(l.read(Differences::all));
            assertEquals(9, counts.get(Differences.Kind.MULTI_DISTRICT_PERSON));
            assertEquals(1, counts.get(Differences.Kind.RELATION_DISAGREES));
        }
    }
}
