package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinye.ledger.cli.CliTest;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.store.ChangeLog.Key;

/**
 * Rows written into a ledger's own import journal or change log in an SQLite tool never become
 * SQL: {@code import undo} and the record pages' undo refuse them with a message naming what
 * they carried, and the ledger (and its folder) is exactly as it was.
 */
class CraftedRowsTest {
    @TempDir
    static Path shared;
    static Path imported;
    @TempDir
    Path dir;

    /** A journal row planted into the last import: what it says and what the refusal must name. */
    record Crafted(String label, String entity, String action, String before, String key, String named) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Crafted> journalRows() {
        String column = "name = '同一个名字' WHERE ? OR ? --";
        return List.of(
                new Crafted("column in the prior state", "worker", "UPDATE",
                        "{\"" + column + "\": \"a\"}", null, column),
                new Crafted("column in the key", "worker", "INSERT", null, "{\"id > 0 OR id\": 0}", "id > 0 OR id"),
                new Crafted("extra key column", "worker", "INSERT", null, "{\"id\": 1, \"name\": \"x\"}", "name"),
                new Crafted("table", "worker WHERE 1 = 1 --", "INSERT", null, null, "worker WHERE 1 = 1 --"),
                new Crafted("not JSON", "worker", "UPDATE", "{not json", null, null),
                new Crafted("range end not a number", "worker", "INSERT", null, "{\"id_to\": \"9 OR 1\"}", null),
                new Crafted("value that is not a value", "worker", "UPDATE", "{\"name\": {\"x\": 1}}", null, null));
    }

    @BeforeAll
    static void importOnce() {
        Messages.use(Messages.CHINESE);
        imported = shared.resolve("imported.xldb");
        CliTest.Run r = CliTest.runCli("import", "--db", imported.toString(), "--type", "workers", "--on-error", "skip",
                Path.of("src/test/resources/org/xinye/ledger/io/corpus/workers.xls").toString());
        assertEquals(1, r.code(), r.err());
    }

    @BeforeEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private static String workers(Path db) {
        try (Ledger l = Ledger.open(db, Ledger.Mode.INSPECT)) {
            return l.read(s -> String.join("\n", Sql.list(s.connection(),
                    "SELECT id || '|' || name || '|' || id_number FROM worker ORDER BY id", rs -> rs.getString(1))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journalRows")
    void importUndoRefusesACraftedJournalRowAndChangesNothing(Crafted row) throws IOException {
        Path db = Files.copy(imported, dir.resolve("ledger.xldb"), StandardCopyOption.REPLACE_EXISTING);
        // Last in undo order: the refusal must come before the rows ahead of it are undone.
        Tampering.run(db, List.of("INSERT INTO import_change(batch_id, seq, entity, entity_id, action, before, entity_key)"
                + " SELECT MAX(id), -1, " + quote(row.entity()) + ", 1, '" + row.action() + "', " + quote(row.before())
                + ", " + quote(row.key()) + " FROM import_batch"));
        String before = workers(db);
        Tampering.FolderState folder = Tampering.FolderState.of(dir);
        CliTest.Run r = CliTest.runCli("import", "undo", "--db", db.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("台账未作任何改动") && r.err().contains(Messages.get("store.stored.journal")), r.err());
        if (row.named() != null) {
            assertTrue(r.err().contains(row.named()), r.err());
        }
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
        assertEquals(before, workers(db));
        // An undo opens the ledger for writing, which takes (and leaves) its lock file; the ledger itself is as it was.
        Files.deleteIfExists(dir.resolve("ledger.xldb.lock"));
        folder.assertUnchanged("the ledger file is exactly as it was, no -wal or -shm left");
        try (Ledger l = Ledger.open(db, Ledger.Mode.INSPECT)) {
            assertEquals(0L, (long) l.read(s -> Sql.count(s.connection(),
                    "SELECT COUNT(*) FROM import_batch WHERE undone <> 0")), "the import is still there to undo");
        }
    }

    private static String quote(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    @Test
    void theRecordPagesUndoRefusesACraftedLogEntryAndChangesNothing() {
        Path db = dir.resolve("log.xldb");
        long change;
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            long id = l.write(s -> s.changes().create(Aggregate.STATION, () -> s.stations().insert(new Station(null,
                    "职工之家", StationKind.WARM_STATION, null, null, null, null, null, null)))).id();
            change = l.write(s -> s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.STATION, id),
                    () -> s.stations().update(renamed(s.stations().get(id).orElseThrow()))));
        }
        String column = "name = '同一个名字' WHERE 1 OR ? --";
        for (String craft : List.of(
                "UPDATE audit_log SET before = replace(before, '\"name\"', '\"" + column.replace("'", "''") + "\"')"
                        + " WHERE change_id = " + change,
                "UPDATE audit_log SET before = '{\"row\": [1]}' WHERE change_id = " + change,
                "UPDATE audit_log SET entity = 'station WHERE 1 --' WHERE change_id = " + change)) {
            Path copy = dir.resolve("crafted.xldb");
            try {
                Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Tampering.run(copy, List.of(craft));
            try (Ledger l = Ledger.open(copy, Ledger.Mode.WRITE)) {
                String stations = l.read(s -> String.join("\n", Sql.list(s.connection(),
                        "SELECT id || name FROM station ORDER BY id", rs -> rs.getString(1))));
                StoreException e = assertThrows(StoreException.class, () -> l.write(s -> s.changes().undo(change)), craft);
                assertEquals(StoreException.Kind.FOREIGN, e.kind(), craft);
                assertTrue(e.getLocalizedMessage().contains(Messages.get("store.stored.changeLog")), e.getLocalizedMessage());
                if (craft.contains("WHERE 1 OR")) {
                    assertTrue(e.getLocalizedMessage().contains(column), e.getLocalizedMessage());
                }
                assertEquals(stations, l.read(s -> String.join("\n", Sql.list(s.connection(),
                        "SELECT id || name FROM station ORDER BY id", rs -> rs.getString(1)))));
            }
        }
    }

    private static Station renamed(Station s) {
        return new Station(s.id(), s.name() + "（改）", s.kind(), s.host(), s.regionCode(), s.address(), s.facilities(),
                s.openingHours(), s.notes());
    }
}
