package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.rollup.SampleDistricts;

/**
 * The roll-up from the command line, on the sample districts (known overlaps, see
 * {@link SampleDistricts}): init, submit, rollup, rollup status, rollup conflicts --out,
 * differences import, rollup undo, and what submit and rollup refuse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupCliTest {
    private static final String PERIOD = SampleDistricts.PERIOD.toString();
    private Path dir;
    private Path donghe;
    private Path city;
    private final List<Path> submissions = new ArrayList<>();

    @BeforeAll
    void districtsSubmitAndTheCityRollsUp(@TempDir Path temp) {
        Messages.use(Messages.CHINESE);
        dir = temp;
        donghe = SampleDistricts.donghe(dir);
        List<Path> ledgers = List.of(donghe, SampleDistricts.kundulun(dir), SampleDistricts.qingshan(dir),
                SampleDistricts.department(dir));
        for (Path ledger : ledgers) {
            Path out = dir.resolve(ledger.getFileName() + ".xlsub");
            CliTest.Run r = CliTest.runCli("submit", "--db", ledger.toString(), "--period", PERIOD, "--out",
                    out.toString(), "--format", "json");
            assertEquals(0, r.code(), r.err());
            submissions.add(out);
        }
        city = dir.resolve("city.xldb");
        CliTest.Run init = CliTest.runCli("init", "--db", city.toString(), "--city");
        assertEquals(0, init.code(), init.err());
        List<String> args = new ArrayList<>(List.of("rollup", "--db", city.toString(), "--format", "json"));
        submissions.forEach(p -> args.add(p.toString()));
        CliTest.Run r = CliTest.runCli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Map<String, Object> o = object(r.out());
        assertEquals(4, ((List<?>) o.get("taken")).size());
        assertEquals(List.of(), o.get("refused"));
        Map<String, Object> counted = map(o.get("counted"));
        assertEquals(275L, number(counted.get("listings")), "100 + 100 + 60 + 15 people listed");
        assertEquals(255L, number(counted.get("workers")), "persons 0–194 and 200–259, once each");
    }

    @Test
    void submitStatesWhatTheFileHolds() {
        Path out = dir.resolve("again.xlsub");
        CliTest.Run r = CliTest.runCli("submit", "--db", donghe.toString(), "--period", PERIOD, "--out",
                out.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> o = object(r.out());
        assertEquals("COUNTY:" + SampleDistricts.DONGHE, o.get("scope"));
        assertEquals(PERIOD, o.get("period"));
        assertEquals(100L, number(o.get("workers")));
        assertEquals(98L, number(o.get("activeWorkers")), "persons 50 and 95 have left");
        assertEquals(false, o.get("hashedIds"));
        assertTrue(Files.exists(out));
    }

    @Test
    void submitWithHashedIdsWritesNoIdNumber() throws IOException {
        Path key = dir.resolve("city.key");
        Files.writeString(key, "the city's key file, the same for every district", StandardCharsets.UTF_8);
        Path out = dir.resolve("hashed.xlsub");
        CliTest.Run r = CliTest.runCli("submit", "--db", donghe.toString(), "--period", PERIOD, "--out",
                out.toString(), "--hash-ids", key.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(true, object(r.out()).get("hashedIds"));
        Path hashedCity = dir.resolve("hashed-city.xldb");
        CliTest.Run rolled = CliTest.runCli("rollup", "--db", hashedCity.toString(), out.toString());
        assertEquals(0, rolled.code(), rolled.err());
        try (Ledger l = Ledger.open(hashedCity, Ledger.Mode.READ)) {
            assertEquals(100L, (long) l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM worker")));
            assertEquals(0L, (long) l.read(s -> Sql.count(s.connection(),
                    "SELECT COUNT(*) FROM worker WHERE id_number NOT LIKE 'H%'")));
        }
    }

    @Test
    void recordsOutsideTheScopeRefuseTheSubmissionWithTheirList() {
        Path other = SampleDistricts.donghe(dir.resolve("outside"));
        try (Ledger l = Ledger.open(other, Ledger.Mode.WRITE)) {
            // A unit in 昆都仑区 in 东河区's ledger.
            l.writing(s -> Sql.update(s.connection(),
                    "UPDATE enterprise SET township_code = '150203001000' WHERE name = 'A1快递站'"));
        }
        Path out = dir.resolve("outside.xlsub");
        CliTest.Run r = CliTest.runCli("submit", "--db", other.toString(), "--period", PERIOD, "--out",
                out.toString());
        assertEquals(Verb.REFUSED, r.code(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("A1快递站"), r.out() + r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void statusListsEveryPartyOfThePeriod() {
        CliTest.Run r = CliTest.runCli("rollup", "status", "--db", city.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> o = object(r.out());
        assertEquals(PERIOD, o.get("period"));
        Map<String, Map<String, Object>> byScope = new java.util.HashMap<>();
        for (Object x : (List<?>) o.get("scopes")) {
            byScope.put((String) map(x).get("scope"), map(x));
        }
        Map<String, Object> a = byScope.get("COUNTY:" + SampleDistricts.DONGHE);
        assertEquals(true, a.get("submitted"));
        assertEquals(100L, number(a.get("workers")));
        assertEquals(true, byScope.get("DEPARTMENT:" + SampleDistricts.DEPARTMENT).get("submitted"));
        long missing = byScope.values().stream().filter(s -> s.get("submitted").equals(false)).count();
        assertEquals(byScope.size() - 4, missing, "the city's other counties are named as missing");
        assertTrue(missing > 0);
    }

    @Test
    void conflictsAreCountedAndWrittenOnePerPartyMasked() throws IOException {
        Path out = dir.resolve("differences");
        CliTest.Run r = CliTest.runCli("rollup", "conflicts", "--db", city.toString(), "--format", "json", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Object> o = object(r.out());
        Map<String, Object> counts = map(o.get("counts"));
        assertEquals(9L, number(counts.get("MULTI_DISTRICT_PERSON")));
        assertEquals(1L, number(counts.get("MULTI_CLAIMED_UNIT")));
        assertEquals(1L, number(counts.get("RELATION_DISAGREES")));
        assertEquals(5L, number(counts.get("DEPARTMENT_ONLY")));
        assertEquals(1L, number(counts.get("ROSTER_MISMATCH")));
        List<?> files = (List<?>) o.get("files");
        assertEquals(4, files.size());
        for (Object d : (List<?>) o.get("differences")) {
            String key = (String) map(d).get("key");
            assertFalse(key.equals(SampleDistricts.person(90)), "ID numbers are masked");
        }
        Path forDonghe;
        try (Stream<Path> written = Files.list(out)) {
            forDonghe = written.filter(p -> p.getFileName().toString().contains("东河区")).findFirst().orElseThrow();
        }
        CliTest.Run back = CliTest.runCli("differences", "import", "--db", donghe.toString(), "--format", "json",
                forDonghe.toString());
        assertEquals(0, back.code(), back.err());
        Map<String, Object> imported = object(back.out());
        assertEquals(12L, number(imported.get("imported")));
        assertEquals(List.of(), imported.get("unmatched"));
    }

    @Test
    void aTamperedFileIsRefusedAndChangesNothing() throws IOException {
        Path copy = dir.resolve("tampered.xlsub");
        byte[] bytes = Files.readAllBytes(submissions.get(0));
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(copy, bytes);
        long before = workers(city);
        CliTest.Run r = CliTest.runCli("rollup", "--db", city.toString(), "--format", "json", copy.toString());
        assertEquals(Verb.REFUSED, r.code(), r.out() + r.err());
        Map<String, Object> o = object(r.out());
        assertEquals(List.of(), o.get("taken"));
        assertEquals("TAMPERED", map(((List<?>) o.get("refused")).get(0)).get("code"));
        assertEquals(before, workers(city));
    }

    @Test
    void undoTakesTheLastRollUpBack() {
        Path undoCity = dir.resolve("undo-city.xldb");
        CliTest.Run first = CliTest.runCli("rollup", "--db", undoCity.toString(), submissions.get(0).toString());
        assertEquals(0, first.code(), first.err());
        CliTest.Run second = CliTest.runCli("rollup", "--db", undoCity.toString(), submissions.get(2).toString());
        assertEquals(0, second.code(), second.err());
        assertEquals(160L, workers(undoCity), "东河区 100 and 青山区 60");
        CliTest.Run undo = CliTest.runCli("rollup", "undo", "--db", undoCity.toString());
        assertEquals(0, undo.code(), undo.err());
        assertEquals(100L, workers(undoCity));
    }

    private static long workers(Path ledger) {
        try (Ledger l = Ledger.open(ledger, Ledger.Mode.READ)) {
            return l.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM worker"));
        }
    }

    private static Map<String, Object> object(String json) {
        return map(RecordJson.parse(json.trim()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
