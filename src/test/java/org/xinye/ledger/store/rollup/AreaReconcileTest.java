package org.xinye.ledger.store.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.ImportRequest;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;

/** On a county's ledger a canvassing list without a unit is reconciled against everyone in the county, or a street. */
class AreaReconcileTest {
    @TempDir
    Path dir;

    private ImportResult run(Path ledger, Path csv, String area, WorkerStatus mark) {
        ImportRequest req = ImportRequest.builder(csv, ImportType.WORKERS, ImportSource.CANVASSING).reconcile(true)
                .area(area).markMissing(mark).build();
        try (Ledger l = Ledger.open(ledger, Ledger.Mode.WRITE)) {
            return new Importer(l, Clock.systemDefaultZone()).run(req, p -> { },
                    org.xinye.ledger.io.imports.ImportProgress.NONE, 0);
        }
    }

    private Path roster(int from, int to) throws IOException {
        StringBuilder b = new StringBuilder("姓名,身份证号码\n");
        for (int n = from; n < to; n++) {
            b.append("人员").append(n).append(',').append(SampleDistricts.person(n)).append('\n');
        }
        return Files.writeString(dir.resolve("roster-" + from + "-" + to + ".csv"), b, StandardCharsets.UTF_8);
    }

    @Test
    void theWholeCountyIsTheRosterOfACanvassingList() throws IOException {
        Path ledger = SampleDistricts.donghe(dir);
        // 0–89 canvassed; 90–99 are in the ledger, 95 already left: nine are missing.
        ImportResult r = run(ledger, roster(0, 90), null, WorkerStatus.TO_VERIFY);
        assertEquals(9, r.missing().size());
        try (Ledger l = Ledger.open(ledger, Ledger.Mode.READ)) {
            assertEquals(9L, (long) l.read(s -> Sql.count(s.connection(),
                    "SELECT COUNT(*) FROM worker WHERE status = 'TO_VERIFY'")));
        }
    }

    @Test
    void anAreaNarrowsItToAStreet() throws IOException {
        Path ledger = SampleDistricts.donghe(dir);
        assertEquals(0, run(ledger, roster(0, 90), "150202002000", null).missing().size());
        assertEquals(9, run(ledger, roster(0, 90), "150202001000", null).missing().size());
        assertThrows(InvalidValueException.class, () -> run(ledger, roster(0, 90), "150299999000", null));
    }
}
