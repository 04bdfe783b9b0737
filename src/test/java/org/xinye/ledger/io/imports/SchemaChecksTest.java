package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.RosterFiles;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;

/**
 * A workers import into an empty ledger writes with SQLite's CHECK constraints off, because
 * every value it writes already comes from the domain's checks and enums. These tests keep
 * that true: the constraints of the tables such a load writes must be exactly the ones the
 * domain guarantees, and the constraints must be on again once the import is over.
 */
class SchemaChecksTest {
    private static final Pattern CHECK = Pattern.compile("CHECK \\((.*?)\\)(?:,|\\s*$)", Pattern.MULTILINE);
    private static final Pattern IN_LIST = Pattern.compile("(\\w+) IN \\(([^)]*)\\)");

    @TempDir
    Path dir;

    @Test
    void theTablesAnEmptyLedgerLoadWritesCheckOnlyWhatTheDomainGuarantees() {
        try (Ledger ledger = Ledger.open(dir.resolve("s.xldb"), Ledger.Mode.WRITE)) {
            Map<String, String> worker = checks(ledger, "worker");
            assertEquals(List.of("gender", "id_number", "name", "occupation", "political_status", "status"),
                    List.copyOf(new TreeSet<>(worker.keySet())), "worker's CHECK constraints changed: see WorkerSink");
            // IdNumber.value() is always 18 characters; Text.trimmedOrNull never keeps a name that trims to nothing.
            assertEquals("length(id_number) = 18", worker.get("id_number"));
            assertEquals("length(trim(name)) > 0", worker.get("name"));
            assertEquals(names(Gender.values()), worker.get("gender"));
            assertEquals(names(Occupation.values()), worker.get("occupation"));
            assertEquals(names(PoliticalStatus.values()), worker.get("political_status"));
            assertEquals(names(WorkerStatus.values()), worker.get("status"));

            assertEquals(Map.of("source", names(ImportSource.values())), checks(ledger, "worker_source"));
            assertEquals(Map.of(), checks(ledger, "employment"));
            assertEquals(Map.of("action", "'INSERT','UPDATE'"), checks(ledger, "import_change"));

            // A unit the wizard creates for an unmatched employer: Enterprise.of with a name from the file.
            Map<String, String> enterprise = checks(ledger, "enterprise");
            assertEquals("length(trim(name)) > 0", enterprise.get("name"));
            assertEquals(names(EnterpriseKind.values()), enterprise.get("kind"));
            assertEquals(names(Industry.values()), enterprise.get("industry"));
            assertEquals(names(OperatingStatus.values()), enterprise.get("status"));
            assertEquals("declared_workers IS NULL OR declared_workers >= 0", enterprise.get("declared_workers"));
            for (String flag : List.of("in_scope", "party_in_charter", "cross_appointment", "has_union",
                    "has_youth_league", "has_womens_federation")) {
                assertEquals("0,1", enterprise.get(flag), flag);
            }
            assertEquals(11, enterprise.size(), "enterprise's CHECK constraints changed: see WorkerSink");
        }
    }

    @Test
    void constraintsAreCheckedAgainOnceALoadIntoAnEmptyLedgerIsOver() throws IOException {
        Path csv = dir.resolve("w.csv");
        RosterFiles.csv(csv, 300);
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("e.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(csv, ImportType.WORKERS));
            assertEquals(300, r.inserted());
            assertTrue(r.written());
            StoreException e = assertThrows(StoreException.class, () -> ledger.writing(s -> Sql.update(
                    s.connection(), "UPDATE worker SET status = 'RETIRED' WHERE id = (SELECT MIN(id) FROM worker)")));
            assertTrue(String.valueOf(e.getCause()).contains("CHECK"), String.valueOf(e.getCause()));
            long invalid = ledger.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM worker WHERE "
                    + "length(id_number) <> 18 OR length(trim(name)) = 0 OR status NOT IN ("
                    + names(WorkerStatus.values()) + ") OR political_status NOT IN ("
                    + names(PoliticalStatus.values()) + ")"));
            assertEquals(0, invalid);
        }
        // Also when the import fails half way: the roster below has a duplicate, so abort-on-error rolls it back.
        Path dup = dir.resolve("d.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        lines.add(lines.get(1));
        Files.write(dup, lines, StandardCharsets.UTF_8);
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("f.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(dup, ImportType.WORKERS));
            assertEquals(1, r.rejected());
            assertFalse(r.written());
            StoreException e = assertThrows(StoreException.class, () -> ledger.writing(s -> Sql.update(
                    s.connection(), "INSERT INTO worker(id_number, name, status, created_at, updated_at) "
                            + "VALUES ('1', 'x', 'ACTIVE', 'now', 'now')")));
            assertTrue(String.valueOf(e.getCause()).contains("CHECK"), String.valueOf(e.getCause()));
        }
    }

    /** Column → the text of its CHECK constraint (for an IN list, the list itself). */
    private static Map<String, String> checks(Ledger ledger, String table) {
        String sql = ledger.read(s -> Sql.list(s.connection(), "SELECT sql FROM sqlite_master WHERE type = 'table' "
                + "AND name = ?", rs -> rs.getString(1), table)).get(0);
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : sql.split("\n")) {
            Matcher m = CHECK.matcher(line.trim());
            if (!m.find()) {
                continue;
            }
            String check = m.group(1);
            Matcher in = IN_LIST.matcher(check);
            if (in.matches()) {
                out.put(in.group(1), in.group(2));
            } else {
                out.put(line.trim().split("\\s+")[0], check);
            }
        }
        return out;
    }

    private static String names(Enum<?>[] values) {
        return String.join(",", Arrays.stream(values).map(v -> "'" + v.name() + "'").toList());
    }
}
