package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.RosterFiles;
import org.xinye.ledger.io.sheet.Row;
import org.xinye.ledger.io.sheet.RowCursor;
import org.xinye.ledger.io.sheet.SpreadsheetReadersTest;
import org.xinye.ledger.io.sheet.Spreadsheets;
import org.xinye.ledger.io.sheet.Workbook;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.LedgerCheck;

/** The import, undo, template and reconcile commands: output, exit codes, and the bars run in a child JVM. */
class ImportCliTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    static Path corpus(String name) {
        return Path.of("src/test/resources/org/xinye/ledger/io/corpus", name);
    }

    private static CliTest.Run cli(String... args) {
        return CliTest.runCli(args);
    }

    @Test
    void abortOnErrorPrintsTheCountsAsJsonExitsTwoAndWritesNothing() {
        String db = dir.resolve("j.xldb").toString();
        CliTest.Run aborted = cli("import", "--db", db, "--type", "workers", "--format", "json",
                corpus("workers_wps.xlsx").toString());
        assertEquals(2, aborted.code(), aborted.err());
        String json = aborted.out().trim();
        assertTrue(json.startsWith("{\"file\": \"workers_wps.xlsx\", \"rows\": 9, \"inserted\": 5, \"updated\": 0, "
                + "\"unchanged\": 0, \"moved\": 0, \"missing\": 0, \"rejected\": 4, \"warnings\": "), json);
        assertTrue(json.contains("{\"row\": 7, \"column\": \"身份证号码（18位）\", \"code\": \"id.numeric\", \"message\": "), json);
        assertTrue(json.contains("\"written\": false"), json);
        try (Ledger l = Ledger.open(Path.of(db), Ledger.Mode.READ)) {
            assertEquals(0L, (long) l.read(s -> s.workers().count()), "abort wrote nothing");
        }
    }

    @Test
    void skippingRejectedRowsImportsTheRestExitsOneAndNamesEachRejectedRow() {
        String db = dir.resolve("s.xldb").toString();
        CliTest.Run skipped = cli("import", "--db", db, "--type", "workers", "--on-error", "skip", "--source",
                "属地摸排", corpus("workers_wps.xlsx").toString());
        assertEquals(1, skipped.code());
        assertTrue(skipped.out().contains(upTo("cli.import.counts", 9, 5, 0, 0, 0, 4)), skipped.out());
        assertTrue(skipped.out().contains("第 8 行 · 身份证号码（18位） · 150203********"), skipped.out());
        try (Ledger l = Ledger.open(Path.of(db), Ledger.Mode.READ)) {
            assertEquals(5L, (long) l.read(s -> s.workers().count()));
        }
    }

    @Test
    void aMappedHeaderImportsAFileOfAnotherEncoding() {
        String db = dir.resolve("g.xldb").toString();
        CliTest.Run good = cli("import", "--db", db, "--type", "workers", "--format", "json",
                corpus("workers_gb18030.csv").toString(), "--map", "公民身份号码=idNumber", "--on-error", "skip");
        assertEquals(1, good.code(), good.err());
        assertTrue(good.out().contains("\"written\": true"), good.out());
    }

    @Test
    void aTruncatedFileIsRefusedWithItsCause() {
        String db = dir.resolve("t.xldb").toString();
        CliTest.Run refused = cli("import", "--db", db, "--type", "workers", "--format", "json",
                corpus("truncated.xlsx").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.out().contains("\"refused\": true, \"code\": \"TRUNCATED\""), refused.out());
        assertTrue(refused.err().contains(Messages.get("import.refused.truncated", "truncated.xlsx")), refused.err());
    }

    @Test
    void anUnknownTypeIsAUsageError() {
        assertEquals(2, cli("import", "--db", dir.resolve("x.xldb").toString(), "--type", "people", "x.csv").code());
    }

    /** The message of {@code key} with {@code args}, up to where its next argument would stand. */
    private static String upTo(String key, Object... args) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = 987654;
        String full = Messages.get(key, all);
        return full.substring(0, full.indexOf("987654"));
    }

    /** A ledger with workers.xls imported (rows with problems skipped), its problem report written beside it. */
    private String imported(Path report) {
        String db = dir.resolve("u.xldb").toString();
        CliTest.Run imported = cli("import", "--db", db, "--type", "workers", "--on-error", "skip", "--report",
                report.toString(), corpus("workers.xls").toString());
        assertEquals(1, imported.code(), imported.err());
        return db;
    }

    @Test
    void theProblemReportListsTheRejectedRowsFirstWithReasonAndMaskedIds() throws IOException {
        Path report = dir.resolve("问题行.xlsx");
        imported(report);
        List<Row> rows = readAll(report);
        assertEquals(Messages.get("import.report.row"), rows.get(0).text(0));
        assertEquals(1 + 4 + 5, rows.size(), "header, the 4 rejected rows, then the 5 imported with warnings");
        Row numeric = rows.get(1);
        assertEquals("7", numeric.text(0));
        assertEquals(Messages.get("import.report.rejected"), numeric.text(numeric.cells().length - 2));
        assertTrue(rows.get(2).text(3).matches("150203\\*{8}\\d{3}[\\dX]"), "IDs masked: " + rows.get(2).text(3));
    }

    @Test
    void reconcilePrintsItsFourListsAsJsonAndAsText() {
        String db = imported(dir.resolve("r.xlsx"));
        CliTest.Run rec = cli("reconcile", "--db", db, "--format", "json");
        assertEquals(0, rec.code());
        assertTrue(rec.out().startsWith("{\"singleSource\": [") && rec.out().contains("\"disagree\": [")
                && rec.out().contains("\"countMismatch\": [") && rec.out().contains("\"unmatched\": ["), rec.out());
        assertTrue(cli("reconcile", "--db", db).out().contains(upTo("cli.reconcile.unmatched")));
    }

    @Test
    void undoTakesTheLastImportBackThenHasNothingLeftToUndo() {
        String db = imported(dir.resolve("u.xlsx"));
        CliTest.Run undo = cli("import", "undo", "--db", db);
        assertEquals(0, undo.code(), undo.err());
        assertTrue(undo.out().contains(upTo("cli.import.undone", 1, "workers.xls")), undo.out());
        CliTest.Run again = cli("import", "undo", "--db", db);
        assertEquals(2, again.code());
        assertTrue(again.err().contains(Messages.get("import.undo.nothing")), again.err());
    }

    @Test
    void theTemplateTypesTheIdColumnAsTextAndImportsNothing() throws IOException {
        Path template = dir.resolve("模板.xlsx");
        assertEquals(0, cli("template", "--type", "workers", "--out", template.toString()).code());
        List<Row> header = readAll(template);
        assertEquals("姓名*", header.get(0).text(0));
        assertEquals("身份证号*", header.get(0).text(1));
        try (ZipFile zip = new ZipFile(template.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(styles.contains("formatCode=\"@\""), "the ID column is typed as text");
        }
        CliTest.Run empty = cli("import", "--db", dir.resolve("e.xldb").toString(), "--type", "workers",
                template.toString());
        assertEquals(0, empty.code(), "a blank template imports nothing and refuses nothing");
    }

    @Test
    void columnsNotImportedAreListedAndADuplicateFieldSaysWhichColumnIsUsed() throws IOException {
        Path csv = dir.resolve("cols.csv");
        Files.writeString(csv, "序号,姓名,身份证号,手机号,联系电话,所在企业名称,所在街道/乡镇,籍贯\n1,张伟,"
                + org.xinye.ledger.TestIds.id(3) + ",13800000001,13800000002,迅达快递,少先路街道,包头\n",
                StandardCharsets.UTF_8);
        String db = dir.resolve("cols.xldb").toString();
        CliTest.Run text = cli("import", "--db", db, "--type", "workers", "--dry-run", csv.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("所在企业名称→employer，所在街道/乡镇→township"), text.out());
        assertTrue(text.out().contains("未导入的列（对不上任何字段）：籍贯。"), text.out());
        assertTrue(text.out().contains("提示：“联系电话”和“手机号”两列都对应“手机号”，导入的是“手机号”列，“联系电话”列未导入"),
                text.out());
        CliTest.Run json = cli("import", "--db", db, "--type", "workers", "--dry-run", "--format", "json",
                csv.toString());
        String flat = json.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("\"unmappedColumns\": [ \"联系电话\", \"籍贯\" ]"), flat);
        assertTrue(flat.contains("\"duplicateColumns\": [ {\"column\": \"联系电话\", \"field\": \"mobile\", "
                + "\"used\": \"手机号\"} ]"), flat);
    }

    @Test
    void aReportPathThatIsTheInputIsRefusedBeforeAnything() throws IOException {
        Path csv = dir.resolve("名单.csv");
        Files.writeString(csv, "姓名,身份证号\n张伟," + org.xinye.ledger.TestIds.id(4) + "\n坏号,123\n",
                StandardCharsets.UTF_8);
        byte[] roster = Files.readAllBytes(csv);
        Files.createDirectories(dir.resolve("sub"));
        Path db = dir.resolve("rep.xldb");
        for (String report : List.of(csv.toString(), dir.resolve("sub").resolve("..").resolve("名单.csv").toString())) {
            CliTest.Run r = cli("import", "--db", db.toString(), "--type", "workers", "--on-error", "skip",
                    "--report", report, "--format", "json", csv.toString());
            assertEquals(2, r.code(), r.out());
            assertTrue(r.out().contains("\"code\": \"REPORT_IS_INPUT\""), r.out());
            assertTrue(r.err().contains("就是要导入的文件"), r.err());
        }
        assertArrayEquals(roster, Files.readAllBytes(csv), "the roster is left as it was");
        assertFalse(Files.exists(db), "refused before the ledger was even opened");
    }

    private static List<Row> readAll(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        try (Workbook wb = Spreadsheets.open(file); RowCursor c = wb.rows(wb.defaultSheet())) {
            Row r;
            while ((r = c.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    static Process child(Path out, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.xinye.ledger.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    /**
     * Bar: a process killed with kill -9 in the middle of a 100,000-row import leaves a file
     * that passes check and holds none or all of it. Killed once while it reads and inserts,
     * and once while SQLite writes the commit.
     */
    @Test
    void killedMidImportLeavesNoneOrAll() throws Exception {
        Path csv = dir.resolve("big.csv");
        RosterFiles.csv(csv, 100_000);
        int killedMidway = 0;
        for (String when : List.of("inserting", "committing")) {
            Path db = dir.resolve(when + ".xldb");
            assertEquals(0, cli("init", "--db", db.toString()).code());
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            long walBefore = sizeOrZero(wal);
            Process p = child(dir.resolve(when + ".log"), "import", "--db", db.toString(), "--type", "workers",
                    csv.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            if (when.equals("inserting")) {
                Thread.sleep(1500);
            } else {
                while (p.isAlive() && System.nanoTime() < deadline
                        && sizeOrZero(wal) < walBefore + (4 << 20)) {
                    Thread.sleep(2);
                }
            }
            boolean alive = p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertEquals(0, cli("check", "--db", db.toString()).code(), when);
            LedgerCheck.Report report = LedgerCheck.run(db);
            assertTrue(report.ok(), when);
            long workers = report.counts().get("worker");
            long batches = report.counts().get("import_batch");
            assertTrue(workers == 0 && batches == 0 || workers == 100_000 && batches == 1,
                    when + ": " + workers + " workers, " + batches + " batches");
            if (alive && workers == 0) {
                killedMidway++;
            }
        }
        assertTrue(killedMidway >= 1, "at least one kill landed in the middle of the import");
    }

    /** A file's size, 0 when it is not there: the WAL comes and goes (it is removed when the import closes the ledger). */
    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Bar: a small xlsx whose sheet inflates to hundreds of MB is refused with -Xmx256m, nothing written. */
    @Test
    void zipBombRefusedInAChildWithSmallHeap() throws Exception {
        Path bomb = SpreadsheetReadersTest.bomb(dir.resolve("roster.xlsx"), 500);
        Path db = dir.resolve("bomb.xldb");
        assertEquals(0, cli("init", "--db", db.toString()).code());
        Path log = dir.resolve("bomb.log");
        long start = System.nanoTime();
        Process p = child(log, "import", "--db", db.toString(), "--type", "workers", bomb.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("roster.xlsx") && out.contains("压缩炸弹"), out);
        System.out.printf("zip bomb (%d KB, 500 MB inflated) refused in %.2f s with -Xmx256m%n",
                Files.size(bomb) / 1024, seconds);
        LedgerCheck.Report after = LedgerCheck.run(db);
        assertTrue(after.ok());
        assertEquals(0L, after.counts().get("import_batch"), "nothing written");
        assertEquals(0L, after.counts().get("worker"));
    }
}
