package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;

/** A page reloads right after it saved: the read must see the write, on every pooled reader. */
class ReadAfterWriteTest {
    @TempDir
    Path dir;

    @Test
    void everyReadSeesTheLatestCommittedWrite() {
        try (Ledger ledger = Ledger.open(dir.resolve("raw.xldb"), Ledger.Mode.WRITE)) {
            for (int i = 1; i <= 5; i++) {
                assertEquals(i - 1, (long) ledger.read(s -> s.stations().count()));
                ledger.writing(s -> s.stations().insert(
                        new Station(null, "驿站", StationKind.WARM_STATION, null, null, null, null, null, null)));
                assertEquals(i, (long) ledger.read(s -> s.stations().count()));
            }
        }
    }
}
