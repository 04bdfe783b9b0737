package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.io.RosterFiles;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;

/**
 * The first roster into a ledger without people is written without SQLite's foreign key
 * look-ups (Ledger.writeBulkIf); the import checks its references itself at the end. These
 * tests hold it to what SQLite would have enforced.
 */
class BulkReferencesTest {
    @TempDir
    Path dir;

    @Test
    void aLoadIntoALedgerWithoutPeopleLeavesEveryReferenceSoundAndForeignKeysOnAgain() throws Exception {
        Path csv = dir.resolve("w.csv");
        RosterFiles.csv(csv, 300);
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("e.xldb"))) {
            long unit = ledger.read(ImportFixture::unitId);
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(csv, ImportType.WORKERS)
                    .choose("通远速运昆区网点", unit));
            assertEquals(300, r.inserted());
            assertTrue(r.written());
            assertEquals(List.of(), ledger.read(s -> Sql.list(s.connection(), "PRAGMA foreign_key_check",
                    rs -> rs.getString(1))));
            assertTrue(ledger.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM worker WHERE employer_id = ?",
                    unit)) > 0);
            assertEquals(1L, (long) ledger.read(s -> Sql.count(s.connection(), "PRAGMA foreign_keys")));
            StoreException e = assertThrows(StoreException.class, () -> ledger.writing(s -> Sql.update(
                    s.connection(), "UPDATE worker SET township_code = 'nowhere' WHERE id = (SELECT MIN(id) FROM worker)")));
            assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
        }
    }

    @Test
    void aChosenUnitThatIsNoLongerThereRollsTheLoadBackAsSqliteWould() throws Exception {
        Path csv = dir.resolve("w.csv");
        RosterFiles.csv(csv, 300);
        // The wizard's choice names a unit removed since its preview: into an empty ledger (checked by the
        // import) and into one with people (checked by SQLite) alike, the import is refused and writes nothing.
        for (boolean empty : List.of(true, false)) {
            try (Ledger ledger = ImportFixture.ledger(dir.resolve("g" + empty + ".xldb"))) {
                if (!empty) {
                    Path one = dir.resolve("one.csv");
                    RosterFiles.csv(one, 1);
                    ImportFixture.run(ledger, ImportFixture.request(one, ImportType.WORKERS));
                }
                long before = ledger.read(s -> s.workers().count());
                long batches = ledger.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM import_batch"));
                StoreException e = assertThrows(StoreException.class, () -> ImportFixture.run(ledger,
                        ImportFixture.request(csv, ImportType.WORKERS).choose("通远速运昆区网点", 999_999)));
                assertEquals(StoreException.Kind.CONSTRAINT, e.kind(), String.valueOf(empty));
                assertEquals(before, (long) ledger.read(s -> s.workers().count()));
                assertEquals(batches, (long) ledger.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM import_batch")));
            }
        }
    }
}
