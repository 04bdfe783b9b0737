package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;

public class CliTest {
    @TempDir
    static Path dir;
    static Path demo;

    public record Run(int code, String out, String err) {
    }

    /** Runs the command line in-process, for other tests too. */
    public static Run runCli(String... args) {
        return run(args);
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void makeDemo() {
        Messages.use(Messages.CHINESE);
        demo = dir.resolve("demo.xldb");
        Run r = run("demo", "--db", demo.toString(), "--workers", "3000", "--seed", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3000"), r.out());
    }

    /** The objects of {@code coverage --format json}, each as its flat key → raw value map. */
    public static List<java.util.Map<String, String>> parseCoverageJson(String json) {
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        Matcher obj = Pattern.compile("\\{([^}]*)}").matcher(json);
        while (obj.find()) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            Matcher kv = Pattern.compile("\"(\\w+)\": (\"[^\"]*\"|[-0-9.]+)").matcher(obj.group(1));
            while (kv.find()) {
                m.put(kv.group(1), kv.group(2).replace("\"", ""));
            }
            rows.add(m);
        }
        return rows;
    }

    @Test
    void coverageJsonIsOneArrayOfRegionsEndingWithTheTotal() {
        Run r = run("coverage", "--db", demo.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().trim().startsWith("[") && r.out().trim().endsWith("]"));
        List<java.util.Map<String, String>> rows = parseCoverageJson(r.out());
        assertEquals(11, rows.size(), "10 counties and the total");
        var total = rows.get(rows.size() - 1);
        assertEquals("total", total.get("code"));
        for (String key : List.of("code", "name", "inScope", "orgCovered", "workCovered", "uncovered", "singleOrg",
                "orgRate", "workRate", "singleRate", "workers", "partyMembers")) {
            assertTrue(total.containsKey(key), key);
        }
        int inScope = 0;
        for (var row : rows.subList(0, rows.size() - 1)) {
            inScope += Integer.parseInt(row.get("inScope"));
            double rate = Double.parseDouble(row.get("orgRate"));
            assertTrue(rate >= 0 && rate <= 1, "rates are fractions");
        }
        assertEquals(Integer.parseInt(total.get("inScope")), inScope);
        int in = Integer.parseInt(total.get("inScope"));
        assertEquals(in, Integer.parseInt(total.get("orgCovered")) + Integer.parseInt(total.get("workCovered"))
                + Integer.parseInt(total.get("uncovered")));
        assertEquals((double) Integer.parseInt(total.get("orgCovered")) / in, Double.parseDouble(total.get("orgRate")), 1e-6);
    }

    @Test
    void coverageByTownshipOfOneCountyAndAsCsvAndText() {
        Run t = run("coverage", "--db", demo.toString(), "--by", "township", "--region", "150203000000", "--format", "csv");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().startsWith("代码,区划,纳入统计"), t.out());
        assertTrue(t.out().contains("少先路街道"));
        Run text = run("coverage", "--db", demo.toString());
        assertTrue(text.out().contains("组织覆盖率") && text.out().contains("口径"), text.out());
        assertTrue(text.out().matches("(?s).*\\d+\\.\\d%.*"), "percentages with one decimal");
    }

    @Test
    void checkPassesOnAGoodLedger() {
        Run r = run("check", "--db", demo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ok"));
    }

    @Test
    void checkRefusesANonLedgerWithExitTwoAndLeavesItUnchanged() throws IOException {
        Path file = dir.resolve("table.xlsx");
        Files.write(file, "PK\u0003\u0004 not really a spreadsheet".repeat(10).getBytes(StandardCharsets.UTF_8));
        assertRefusedUnchanged(file, "不是台账");
    }

    @Test
    void checkRefusesATruncatedLedger() throws IOException {
        Path file = dir.resolve("truncated.xldb");
        Files.copy(demo, file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 4096 * 3 - 17);
        }
        assertRefusedUnchanged(file, "不完整");
    }

    @Test
    void checkRefusesALedgerFromANewerVersion() throws IOException {
        Path file = dir.resolve("newer.xldb");
        Files.copy(demo, file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(60);
            raf.write(ByteBuffer.allocate(4).putInt(Ledger.schemaVersion() + 5).array());
        }
        assertRefusedUnchanged(file, "更新版本");
    }

    private static void assertRefusedUnchanged(Path file, String phrase) throws IOException {
        byte[] before = Files.readAllBytes(file);
        Run r = run("check", "--db", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(phrase) && r.err().contains(file.getFileName().toString()), r.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        Run cov = run("coverage", "--db", file.toString());
        assertEquals(2, cov.code());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aWritingVerbIsRefusedWhileTheWindowHasTheFileButReadingWorks() {
        Path file = dir.resolve("busy.xldb");
        try (Ledger window = Ledger.open(file, Ledger.Mode.WRITE)) {
            Run demoRun = run("demo", "--db", file.toString(), "--workers", "10");
            assertEquals(2, demoRun.code());
            assertTrue(demoRun.err().contains("另一个窗口"), demoRun.err());
            assertEquals(0, run("coverage", "--db", file.toString(), "--format", "json").code());
            assertEquals(0, run("check", "--db", file.toString()).code());
            assertEquals(0L, (long) window.read(s -> s.workers().count()));
        }
    }

    @Test
    void initCreatesAndRefusesToOverwrite() {
        Path file = dir.resolve("init/new.xldb");
        Run first = run("init", "--db", file.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.exists(file));
        Run again = run("init", "--db", file.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("已存在"));
    }

    @Test
    void usageErrorsExitTwoAndHelpExitsZero() {
        assertEquals(2, run("frobnicate").code());
        Run badOption = run("coverage", "--db", demo.toString(), "--colour", "red");
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().contains("--colour"));
        assertEquals(2, run("coverage", "--db", demo.toString(), "--format", "xml").code());
        assertEquals(2, run("demo", "--db", dir.resolve("x.xldb").toString(), "--workers", "lots").code());
        assertFalse(Files.exists(dir.resolve("x.xldb")), "bad usage writes nothing");
        for (String verb : List.of("init", "demo", "coverage", "check")) {
            Run help = run(verb, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("--db"), verb + ": " + help.out());
        }
        Run top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("coverage") && top.out().contains("regions"));
    }

    @Test
    void demoDataIntoALedgerThatHoldsDataIsRefusedAndChangesNothing() throws IOException {
        Path file = dir.resolve("full.xldb");
        Files.copy(demo, file);
        byte[] before = Files.readAllBytes(file);
        Run r = run("demo", "--db", file.toString(), "--workers", "10");
        assertEquals(2, r.code(), "a refused input");
        assertTrue(r.err().contains("已有数据，示例数据只能载入空台账"), r.err());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void regionsImportReplacesTheTreeAndRefusesABadFileWithTheLine() throws IOException {
        Path file = dir.resolve("regions.xldb");
        run("init", "--db", file.toString());
        Path good = dir.resolve("city.csv");
        Files.writeString(good, """
                code,name,level,parent_code
                150100000000,呼和浩特市,city,
                150102000000,新城区,county,150100000000
                150102001000,海东路街道,township,150102000000
                """);
        Run ok = run("regions", "import", "--db", file.toString(), good.toString());
        assertEquals(0, ok.code(), ok.err());
        try (Ledger l = Ledger.open(file, Ledger.Mode.READ)) {
            assertEquals(3L, (long) l.read(s -> s.regions().count()));
            assertEquals("呼和浩特市", l.read(s -> s.regions().city().orElseThrow().name()));
        }
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                code,name,level,parent_code
                150100000000,呼和浩特市,city,
                15010200,新城区,county,150100000000
                """);
        Run refused = run("regions", "import", "--db", file.toString(), bad.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("第 3 行") && refused.err().contains("15010200"), refused.err());
    }

    @Test
    void regionsImportReadsAGb18030FileAndRefusesNamesItCannotDecode() throws IOException {
        java.nio.charset.Charset gb18030 = java.nio.charset.Charset.forName("GB18030");
        Path file = dir.resolve("gb.xldb");
        run("init", "--db", file.toString());
        String text = "code,name,level,parent_code\n150100000000,呼和浩特市,city,\n"
                + "150102000000,新城区,county,150100000000\n150102001000,海东路街道,township,150102000000\n";
        Path gb = dir.resolve("gb.csv");
        Files.write(gb, text.getBytes(gb18030));
        Run ok = run("regions", "import", "--db", file.toString(), gb.toString());
        assertEquals(0, ok.code(), ok.err());
        try (Ledger l = Ledger.open(file, Ledger.Mode.READ)) {
            assertEquals("海东路街道", l.read(s -> s.regions().get("150102001000").orElseThrow().name()));
        }
        Path bad = dir.resolve("坏.csv");
        String before = text.substring(0, text.indexOf("东路街道"));
        java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
        broken.writeBytes(before.getBytes(gb18030));
        // 0x81 0x20: a two-byte GB18030 character with an invalid second byte, inside 海东路街道 on line 4.
        broken.writeBytes(new byte[] {(byte) 0x81, 0x20});
        broken.writeBytes(text.substring(before.length()).getBytes(gb18030));
        Files.write(bad, broken.toByteArray());
        Run refused = run("regions", "import", "--db", file.toString(), bad.toString());
        assertEquals(2, refused.code(), refused.out());
        assertTrue(refused.err().contains("坏.csv 第 4 行") && refused.err().contains("GB18030")
                && refused.err().contains("UTF-8"), refused.err());
    }
}
