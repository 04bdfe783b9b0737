package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Tampering;
import org.xinye.ledger.store.rollup.SampleDistricts;

/**
 * Fuzzing, part of {@code verify}: a valid ledger, package, submission and import file each
 * mutated many times (bit flips, overwritten runs, truncations, planted objects, crafted journal
 * rows), every mutant run through the doors a file from elsewhere comes in by ({@code check},
 * {@code coverage}, {@code restore --from}, {@code unpack}, {@code rollup}, {@code import}). Each
 * result is either a refusal with a message (exit code 2, or a submission refused with its
 * reason) or the file used correctly; never a stack trace or an internal failure (exit code 1 with
 * "失败"), never a change to the current ledger by a refused file. Seeded: a failure repeats.
 * The number of cases and the time are printed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedInputFuzzTest {
    private static final long SEED = 20261207L;
    private static final String CORPUS = "src/test/resources/org/xinye/ledger/io/corpus/";
    private Path dir;
    private Path clean;
    private Path current;
    private final Random random = new Random(SEED);
    private int cases;
    private long started;

    @BeforeAll
    void setUp(@TempDir Path tmp) {
        dir = tmp;
        Messages.use(Messages.CHINESE);
        started = System.nanoTime();
        clean = dir.resolve("clean.xldb");
        CliTest.Run r = CliTest.runCli("demo", "--db", clean.toString(), "--workers", "200", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        current = dir.resolve("current.xldb");
        copy(clean, current);
    }

    @AfterAll
    void report() {
        System.out.printf("UntrustedInputFuzzTest: %d cases in %.1f s (seed %d)%n", cases,
                (System.nanoTime() - started) / 1e9, SEED);
    }

    private static Path copy(Path from, Path to) {
        try {
            return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One mutant of {@code original}: a few flipped bits, an overwritten run, or the file cut short. */
    private byte[] mutate(byte[] original, int kind) {
        byte[] b = original.clone();
        switch (kind % 4) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                int at = random.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + random.nextInt(512));
                byte[] noise = new byte[len];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, b, at, len);
            }
            case 2 -> b = Arrays.copyOf(b, random.nextInt(b.length));
            default -> {
                // Within the first pages: the header, the schema and the first b-tree pages.
                int at = random.nextInt(Math.min(b.length, 8192));
                b[at] ^= (byte) (1 << random.nextInt(8));
            }
        }
        return b;
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A result is a refusal with a message or a success; never an internal failure or a stack trace. */
    private void assertHandled(String what, CliTest.Run r, int... allowed) {
        cases++;
        String all = r.out() + r.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("Error:"), what + ": " + all);
        assertFalse(r.err().contains(Messages.get("cli.failed", "", "").trim()), what + ": " + r.err());
        assertTrue(Arrays.stream(allowed).anyMatch(c -> c == r.code()), what + " exit " + r.code() + ": " + all);
        if (r.code() == 2) {
            assertFalse(all.isBlank(), what + ": a refusal says why");
        }
    }

    @Test
    void damagedLedgersAreRefusedByCheckOpenAndRestoreOrUsedCorrectly() {
        byte[] original = bytes(clean);
        byte[] currentBefore = bytes(current);
        for (int i = 0; i < 40; i++) {
            Path mutant = write("mutant.xldb", mutate(original, i));
            assertHandled("check #" + i, CliTest.runCli("check", "--db", mutant.toString()), 0, 2);
            Path opened = write("opened.xldb", bytes(mutant));
            assertHandled("coverage #" + i, CliTest.runCli("coverage", "--db", opened.toString()), 0, 2);
            CliTest.Run restore = CliTest.runCli("restore", "--db", current.toString(), "--from", mutant.toString());
            assertHandled("restore #" + i, restore, 0, 2);
            if (restore.code() == 2) {
                assertTrue(Arrays.equals(currentBefore, bytes(current)), "restore #" + i + " refused, ledger unchanged");
            } else {
                copy(clean, current);
                currentBefore = bytes(current);
            }
        }
    }

    @Test
    void plantedObjectsAndCraftedJournalRowsAreRefusedByEveryDoor() {
        List<List<String>> changes = new ArrayList<>();
        Tampering.PLANTS.forEach(p -> changes.add(p.sql()));
        changes.add(List.of("PRAGMA user_version = 99"));
        changes.add(List.of("PRAGMA application_id = 7"));
        changes.add(List.of("UPDATE sqlite_master SET sql = 'CREATE TABLE x(' WHERE name = 'station'"));
        byte[] currentBefore = bytes(current);
        for (List<String> sql : changes) {
            Path mutant = copy(clean, dir.resolve("planted.xldb"));
            try {
                Tampering.run(mutant, writableSchema(sql));
            } catch (IllegalStateException e) {
                continue;
            }
            assertHandled("check " + sql, CliTest.runCli("check", "--db", mutant.toString()), 2);
            assertHandled("open " + sql, CliTest.runCli("coverage", "--db", mutant.toString()), 2);
            assertHandled("restore " + sql, CliTest.runCli("restore", "--db", current.toString(), "--from",
                    mutant.toString()), 2);
            assertTrue(Arrays.equals(currentBefore, bytes(current)), "refused restore left the ledger as it was");
        }
    }

    private static List<String> writableSchema(List<String> sql) {
        if (sql.stream().noneMatch(s -> s.contains("sqlite_master"))) {
            return sql;
        }
        List<String> out = new ArrayList<>(List.of("PRAGMA writable_schema = ON"));
        out.addAll(sql);
        return out;
    }

    @Test
    void damagedPackagesAreRefusedAndWriteNothing() throws IOException {
        Path password = Files.writeString(dir.resolve("pw.txt"), "正确的口令 2026\n");
        Path pkg = dir.resolve("clean.xlpk");
        assertEquals(0, CliTest.runCli("pack", "--db", clean.toString(), "--out", pkg.toString(), "--password-file",
                password.toString()).code());
        byte[] original = bytes(pkg);
        // Each unpack derives the key with PBKDF2 (600,000 rounds): a few mutants of each kind.
        for (int i = 0; i < 8; i++) {
            Path mutant = write("mutant.xlpk", mutate(original, i));
            Path out = dir.resolve("unpacked-" + i + ".xldb");
            CliTest.Run r = CliTest.runCli("unpack", "--in", mutant.toString(), "--db", out.toString(), "--password-file",
                    password.toString());
            assertHandled("unpack #" + i, r, 2);
            assertFalse(Files.exists(out), "unpack #" + i + " wrote no ledger");
        }
    }

    @Test
    void damagedOrAlteredSubmissionsAreRefusedWithAReasonAndTheCityIsUnchanged() throws IOException {
        Path districts = Files.createDirectories(dir.resolve("districts"));
        Path good = SampleDistricts.validSubmission(districts);
        Path city = dir.resolve("city.xldb");
        assertEquals(0, CliTest.runCli("init", "--db", city.toString(), "--city").code());
        String cityBefore = contents(city);
        byte[] original = bytes(good);
        List<Function<Integer, Path>> mutants = List.of(
                i -> write("m" + i + ".xlsub", mutate(original, i)),
                i -> SampleDistricts.mutate(good, dir.resolve("p" + i + ".xlsub"),
                        Tampering.PLANTS.get(i % Tampering.PLANTS.size()).sql().toArray(String[]::new)));
        for (int i = 0; i < 24; i++) {
            Path mutant = mutants.get(i % 2).apply(i);
            CliTest.Run r = CliTest.runCli("rollup", "--db", city.toString(), mutant.toString());
            assertHandled("rollup #" + i, r, 2);
            assertEquals(cityBefore, contents(city), "rollup #" + i + " refused, city ledger unchanged");
        }
    }

    /** Every table of a ledger with its row count and content hash (opening for writing may touch the header). */
    private static String contents(Path ledger) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + ledger + "?mode=ro");
             java.sql.Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            StringBuilder b = new StringBuilder();
            for (String t : tables) {
                try (java.sql.ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = 0;
                    long h = 0;
                    while (rs.next()) {
                        n++;
                        for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                            h = 31 * h + java.util.Objects.hashCode(rs.getString(k));
                        }
                    }
                    b.append(t).append(' ').append(n).append(' ').append(h).append('\n');
                }
            }
            return b.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void damagedImportFilesAreRefusedWithExitCodeTwoOrImported() {
        byte[] currentBefore = bytes(current);
        for (String name : List.of("workers.xls", "workers_wps.xlsx", "workers_gb18030.csv", "enterprises.xlsx")) {
            byte[] original = bytes(Path.of(CORPUS + name));
            String type = name.startsWith("enterprises") ? "enterprises" : "workers";
            for (int i = 0; i < 30; i++) {
                Path mutant = write("mutant-" + name, mutate(original, i));
                CliTest.Run r = CliTest.runCli("import", "--db", current.toString(), "--type", type, "--dry-run",
                        mutant.toString());
                assertHandled("import " + name + " #" + i, r, 0, 1, 2);
            }
        }
        // Found by this fuzzing before the readers' failures became refusals: POI's "Did not have a
        // ExtendedFormatRecord" and an index out of bounds in an .xls, a part an .xlsx names but lacks.
        for (String name : List.of("fuzzed_xf.xls", "fuzzed_index.xls", "fuzzed_entry.xlsx")) {
            CliTest.Run r = CliTest.runCli("import", "--db", current.toString(), "--type", "workers", CORPUS + name);
            assertHandled("import " + name, r, 2);
            assertTrue(r.err().contains("已损坏") && r.err().contains(name) && !r.err().contains("Record"), r.err());
        }
        Path html = write("table.xls", "<html><body><table><tr><td>姓名</td></tr></table></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertHandled("import html", CliTest.runCli("import", "--db", current.toString(), "--type", "workers",
                "--dry-run", html.toString()), 2);
        assertTrue(Arrays.equals(currentBefore, bytes(current)), "a dry run changes nothing");
    }
}
