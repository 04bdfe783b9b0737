package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.AuditLine;
import org.xinye.ledger.store.AuditSearch;
import org.xinye.ledger.store.Ledger;

/**
 * Whole-ledger events done through the commands (demo data, an import and its undo, an export,
 * a region list, a restore, the privacy switch) each leave one 操作日志 entry that reads as a
 * sentence with its counts, in the language chosen: no JSON, no internal code.
 */
class AuditSentencesTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void ledgerWithEveryKindOfEvent() throws IOException {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("events.xldb");
        run("demo", "--db", db.toString(), "--workers", "300");
        Path roster = dir.resolve("东河区名单.csv");
        Files.writeString(roster, "姓名,身份证号,手机号\n张伟," + TestIds.id("150203", LocalDate.of(1990, 1, 2), 11)
                + ",13800000001\n李娜," + TestIds.id("150203", LocalDate.of(1991, 2, 3), 22) + ",13800000002\n");
        runAllowingRefusals("import", "--db", db.toString(), "--type", "workers", "--on-error", "skip", roster.toString());
        run("import", "undo", "--db", db.toString());
        run("export", "--db", db.toString(), "--table", "stations", "--unmask", "--out", dir.resolve("阵地.csv").toString());
        Path regions = dir.resolve("包头区划.csv");
        try (InputStream in = getClass().getResourceAsStream("/org/xinye/ledger/store/regions/baotou_regions.csv")) {
            Files.write(regions, in.readAllBytes());
        }
        run("regions", "import", "--db", db.toString(), regions.toString());
        Path backup = dir.resolve("copy.xldb");
        run("backup", "--db", db.toString(), "--out", backup.toString());
        run("restore", "--db", db.toString(), "--from", backup.toString());
    }

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private static void run(String... args) {
        CliTest.Run r = CliTest.runCli(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err() + r.out());
    }

    private static void runAllowingRefusals(String... args) {
        CliTest.Run r = CliTest.runCli(args);
        assertTrue(r.code() <= 1, String.join(" ", args) + ": " + r.err() + r.out());
    }

    private List<AuditLine> log() {
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.READ)) {
            return ledger.read(s -> AuditSearch.lines(s, AuditSearch.Filter.NONE, 100));
        }
    }

    private static AuditLine of(List<AuditLine> log, String entity, String action) {
        return log.stream().filter(l -> l.entity().equals(entity) && l.action().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + entity + " " + action + " in " + log));
    }

    @Test
    void eachWholeLedgerEventReadsAsASentenceWithItsCounts() {
        List<AuditLine> log = log();
        assertTrue(of(log, "ledger", "DEMO").sentence().matches("载入示例数据：单位 \\d+ 个，党组织 \\d+ 个，指导员 \\d+ 名，阵地 \\d+ 个，人员 300 名（党员 \\d+ 名）"),
                of(log, "ledger", "DEMO").sentence());
        AuditLine imported = of(log, "import_batch", "IMPORT");
        assertTrue(imported.sentence().startsWith("导入从业人员名单“东河区名单.csv”：共 2 行，新增 2"), imported.sentence());
        assertTrue(imported.undone() || of(log, "import_batch", "UNDO") != null);
        assertEquals("撤销导入“东河区名单.csv”：删除新增记录 2 条，恢复原有记录 0 条", of(log, "import_batch", "UNDO").sentence());
        assertTrue(of(log, "export", "EXPORT_UNMASKED").sentence().matches("导出阵地的完整号码（56 行）到 .*阵地\\.csv"),
                of(log, "export", "EXPORT_UNMASKED").sentence());
        assertTrue(of(log, "region", "IMPORT").sentence().startsWith("导入区划“包头区划.csv”：共 102 条"),
                of(log, "region", "IMPORT").sentence());
        assertTrue(of(log, "ledger", "RESTORE").sentence().startsWith("从备份恢复台账："), of(log, "ledger", "RESTORE").sentence());
        for (AuditLine l : log) {
            String all = l.sentence() + l.changes();
            assertFalse(all.contains("{") || all.contains("\"") || all.contains("!"), "no JSON, no missing text: " + all);
        }
    }

    @Test
    void inTheEnglishWindowTheSameEventsReadInEnglish() {
        Messages.use(Locale.ENGLISH);
        List<AuditLine> log = log();
        assertTrue(of(log, "ledger", "DEMO").sentence().startsWith("Loaded the demo data: "), of(log, "ledger", "DEMO").sentence());
        assertEquals("Undid the import of “东河区名单.csv”: 2 new records deleted, 0 restored",
                of(log, "import_batch", "UNDO").sentence());
        for (AuditLine l : log) {
            String words = (l.sentence() + l.changes()).replaceAll("“[^”]*”", "").replaceAll("\\S*\\.(csv|xldb)\\S*", "");
            assertFalse(words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "no Chinese outside names and file names: " + words);
        }
    }
}
