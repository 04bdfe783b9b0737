package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinye.ledger.domain.Messages;

class LedgerSchemaTest {
    @TempDir
    Path dir;

    private Path ledger() {
        Path file = dir.resolve("l.xldb");
        Ledger.open(file, Ledger.Mode.WRITE).close();
        return file;
    }

    /** A ledger written by the migrations up to {@code version}, with {@code rows} inserted: what an older build left. */
    private Path ledgerAt(int version, String... rows) throws Exception {
        Path file = dir.resolve("v" + version + ".xldb");
        try (Connection c = Connections.connect(file, false)) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("PRAGMA application_id = " + Ledger.APPLICATION_ID);
                Migrations.applyAfter(c, 0, version);
                for (String row : rows) {
                    st.execute(row);
                }
            }
            c.commit();
        }
        return file;
    }

    private static SchemaCheck check(Path file) throws Exception {
        try (Connection c = Connections.connect(file, true)) {
            return LedgerSchema.verify(c);
        }
    }

    @Test
    void aLedgerThisAppCreatedMatchesItsVersion() throws Exception {
        SchemaCheck check = check(ledger());
        assertEquals(List.of(), check.differences());
        assertEquals(Ledger.schemaVersion(), check.version());
    }

    @Test
    void everyEarlierVersionIsDerivedFromTheMigrationsAndMatchesAFileMigratedThatFar() throws Exception {
        for (int v = 1; v <= Migrations.current(); v++) {
            try (Connection c = Connections.memory()) {
                Migrations.applyAfter(c, 0, v);
                assertEquals(List.of(), LedgerSchema.verify(c).differences(), "version " + v);
                if (v > 1) {
                    assertNotEquals(LedgerSchema.expected(v - 1).objects(), LedgerSchema.expected(v).objects());
                }
            }
        }
    }

    @Test
    void aVersion8LedgerWithPeopleOpensAtVersion9WithoutTheThreeIndexes() throws Exception {
        Path file = ledgerAt(8, "INSERT INTO worker(id_number, name, political_status, occupation, created_at,"
                + " updated_at) VALUES ('110101199003070011', '王五', 'MEMBER', 'RIDER', '2026-01-01', '2026-01-01')");
        Ledger.open(file, Ledger.Mode.WRITE).close();
        SchemaCheck upgraded = check(file);
        assertEquals(List.of(), upgraded.differences());
        assertTrue(upgraded.version() >= 9);
        try (Connection c = Connections.connect(file, true); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name IN"
                     + " ('worker_name', 'worker_political', 'worker_occupation')")) {
            assertEquals(0, rs.getInt(1));
        }
        try (Ledger l = Ledger.open(file, Ledger.Mode.READ)) {
            assertEquals(1L, (long) l.read(s -> s.workers().count()));
        }
    }

    @Test
    void aVersion9CitysStagedJobsKeepTheirPersonByTheListingsRowNumber() throws Exception {
        Path file = ledgerAt(9, "INSERT INTO sub_worker(submission_id, id_number, src_id, name, political_status, status,"
                + " updated_at) VALUES (4, '110101199003070011', 77, '王五', 'MASSES', 'ACTIVE', '2026-01-01')",
                "INSERT INTO sub_employment(submission_id, src_id, id_number, enterprise_src_id, start_date)"
                + " VALUES (4, 9, '110101199003070011', 3, '2025-05-01')");
        Ledger.open(file, Ledger.Mode.WRITE).close();
        assertEquals(List.of(), check(file).differences());
        try (Connection c = Connections.connect(file, true); var st = c.createStatement();
             var rs = st.executeQuery("SELECT worker_src_id || ' ' || src_id || ' ' || enterprise_src_id || ' '"
                     + " || start_date FROM sub_employment WHERE submission_id = 4")) {
            assertEquals("77 9 3 2025-05-01", rs.getString(1));
        }
    }

    static List<Tampering.Plant> plants() {
        return Tampering.PLANTS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void eachPlantedOrChangedObjectIsNamed(Tampering.Plant plant) throws Exception {
        Path file = ledger();
        Tampering.apply(file, plant);
        SchemaCheck check = check(file);
        assertFalse(check.ok());
        assertTrue(check.differences().stream().anyMatch(d -> d.name().equals(plant.objectName())),
                () -> check.differences().toString());
        assertTrue(check.listing().contains(plant.objectName()), check.listing());
    }

    @Test
    void aPlantedTriggerIsNamedWithItsTableAndKind() throws Exception {
        Path file = ledger();
        Tampering.apply(file, Tampering.PLANTS.get(0));
        SchemaCheck.Difference d = check(file).differences().get(0);
        assertEquals(SchemaCheck.Change.FOREIGN, d.change());
        assertEquals("trigger", d.type());
        assertEquals("worker", d.table());
        assertEquals(Messages.get("schema.diff.foreign", Messages.get("schema.type.trigger"), "rename_all",
                Messages.get("schema.onTable", "worker")), d.describe());
    }

    @Test
    void anAddedColumnIsNamedAsAColumnOfItsTable() throws Exception {
        Path file = ledger();
        Tampering.run(file, List.of("ALTER TABLE worker ADD COLUMN nickname TEXT DEFAULT 'x'"));
        assertEquals(List.of(new SchemaCheck.Difference(SchemaCheck.Change.FOREIGN, "column", "nickname", "worker", null,
                "TEXT DEFAULT 'x'")), check(file).differences());
    }

    @Test
    void aRemovedColumnAndADroppedIndexAreMissing() throws Exception {
        Path file = ledger();
        Tampering.run(file, List.of("DROP INDEX worker_name_key", "ALTER TABLE station DROP COLUMN opening_hours"));
        List<SchemaCheck.Difference> diffs = check(file).differences();
        assertTrue(diffs.contains(new SchemaCheck.Difference(SchemaCheck.Change.MISSING, "index", "worker_name_key",
                "worker", null, null)), diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.change() == SchemaCheck.Change.MISSING && d.type().equals("column")
                && d.name().equals("opening_hours") && d.table().equals("station")), diffs.toString());
    }

    @Test
    void manyDifferencesAreCountedAfterTheFirstFew() throws Exception {
        Path file = ledger();
        List<String> sql = new java.util.ArrayList<>();
        for (int i = 0; i < SchemaCheck.NAMED + 5; i++) {
            sql.add("CREATE TABLE extra" + i + "(x)");
        }
        Tampering.run(file, sql);
        SchemaCheck check = check(file);
        assertEquals(SchemaCheck.NAMED + 5, check.differences().size());
        assertEquals(SchemaCheck.NAMED + 1, check.lines().size());
        assertEquals(Messages.get("schema.diff.more", 5), check.lines().get(SchemaCheck.NAMED));
    }

    @Test
    void namesFromAFileCannotForgeMoreLinesOfAMessage() throws Exception {
        Path file = ledger();
        Tampering.run(file, List.of("CREATE TABLE \"x\n  • 一切正常\" (y)"));
        String listing = check(file).listing();
        assertEquals(1, listing.split("\n").length - 1, listing);
        assertTrue(listing.contains("x?  • 一切正常"), listing);
    }

    @Test
    void normalizingIgnoresSpacingCommentsAndCaseButNotStringLiterals() {
        assertEquals(LedgerSchema.normalize("CREATE TABLE t (\n  a INTEGER, -- the key\n  b TEXT DEFAULT 'X y' )"),
                LedgerSchema.normalize("create table t(a integer,/* k */b text default 'X y')"));
        assertNotEquals(LedgerSchema.normalize("CREATE TABLE t(b TEXT DEFAULT 'X')"),
                LedgerSchema.normalize("CREATE TABLE t(b TEXT DEFAULT 'x')"));
        assertNotEquals(LedgerSchema.normalize("CREATE TABLE t(ab)"), LedgerSchema.normalize("CREATE TABLE t(a b)"));
        assertEquals("create table t(b text default 'it''s')",
                LedgerSchema.normalize("CREATE TABLE t (b TEXT DEFAULT 'it''s')"));
    }
}
