package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;

/** Typing mistakes a user makes on the command line: each is refused (exit 2) with what to do, and nothing is written. */
class CliMistakesTest {
    @TempDir
    static Path dir;
    static Path ledger;

    @BeforeAll
    static void makeLedger() {
        Messages.use(Messages.CHINESE);
        ledger = dir.resolve("l.xldb");
        assertEquals(0, CliTest.runCli("demo", "--db", ledger.toString(), "--workers", "300").code());
    }

    private static CliTest.Run refused(String... args) {
        CliTest.Run r = CliTest.runCli(args);
        assertEquals(2, r.code(), String.join(" ", args) + " → " + r.err() + r.out());
        return r;
    }

    @Test
    void aSingleDashOptionIsNotTakenForAFileAndTheDefaultLedgerIsNotTouched() {
        CliTest.Run r = refused("demo", "-db", dir.resolve("x.xldb").toString(), "--workers", "5");
        assertTrue(r.err().contains(Messages.get("cli.unknownOption", "-db")), r.err());
        assertFalse(Files.exists(dir.resolve("x.xldb")));
        assertTrue(refused("check", "--db", "").err().contains(Messages.get("cli.missingValue", "--db")));
        assertTrue(refused("check", "--db", ledger.toString(), "extra").err()
                .contains(Messages.get("cli.extraArgument", "extra")));
        assertTrue(refused("import", "--db", ledger.toString(), "--type", "workers", "--mark-missing", "left", "x.csv")
                .err().contains(Messages.get("cli.import.requires", "--mark-missing", "--reconcile")));
        assertTrue(refused("import", "--db", ledger.toString(), "--type", "workers", "--unmasked", "x.csv")
                .err().contains(Messages.get("cli.import.requires", "--unmasked", "--report")));
    }

    @Test
    void aVerbAfterItsOptionsIsPointedOut() {
        assertTrue(refused("--db", ledger.toString(), "check").err().contains(Messages.get("cli.verbFirst", "check")));
        assertTrue(refused("bogus").err().contains(Messages.get("cli.unknownVerb", "bogus")));
    }

    @Test
    void aFolderGivenAsTheLedgerIsNamedAsAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.xldb"));
        for (String[] args : new String[][] {
                {"check", "--db", folder.toString()}, {"init", "--db", folder.toString()},
                {"coverage", "--db", folder.toString()}, {"restore", "--db", ledger.toString(), "--from", folder.toString()}}) {
            assertTrue(refused(args).err().contains("是一个文件夹"), String.join(" ", args));
        }
    }

    @Test
    void coverageOfAStreetOrTheCityIsRefusedInsteadOfPrintingZeros() {
        assertTrue(refused("coverage", "--db", ledger.toString(), "--region", "150202005000").err()
                .contains(Messages.get("region.notCounty", "150202005000", "南圪洞街道")));
        refused("coverage", "--db", ledger.toString(), "--region", "150200000000");
        assertTrue(refused("coverage", "--db", ledger.toString(), "--region", "999999000000").err()
                .contains(Messages.get("region.notFound", "999999000000")));
        refused("export", "--db", ledger.toString(), "--table", "coverage", "--filter", "region=150202005000",
                "--out", dir.resolve("c.csv").toString());
        assertFalse(Files.exists(dir.resolve("c.csv")));
    }

    @Test
    void outputGoesIntoANewFolderButNeverReplacesAFolder() throws IOException {
        Path nested = dir.resolve("new/sub/w.csv");
        assertEquals(0, CliTest.runCli("export", "--db", ledger.toString(), "--table", "workers", "--out", nested.toString())
                .code());
        assertTrue(Files.size(nested) > 0);
        Path pdfFolder = Files.createDirectories(dir.resolve("out/r.pdf/inside"));
        byte[] before = Files.readAllBytes(ledger);
        for (String[] args : new String[][] {
                {"report", "--db", ledger.toString(), "--out", pdfFolder.getParent().toString()},
                {"chart", "--db", ledger.toString(), "--kind", "stacked", "--out", Files.createDirectories(dir.resolve("out/c.png")).toString()},
                {"export", "--db", ledger.toString(), "--table", "workers", "--out", Files.createDirectories(dir.resolve("out/w.xlsx")).toString()},
                {"template", "--type", "workers", "--out", dir.resolve("out/w.xlsx").toString()}}) {
            assertTrue(refused(args).err().contains("是一个文件夹：请在文件夹后面加上要保存的文件名"), String.join(" ", args));
        }
        assertTrue(Files.isDirectory(pdfFolder), "the folder and what it holds are left alone");
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(3, files.count(), "no half-written .part or .writing files");
        }
        assertArrayEquals(before, Files.readAllBytes(ledger));
    }

    @Test
    void messagesNameTheFileAndTheFilterInWords() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xldb"), "不是台账");
        assertTrue(refused("restore", "--db", ledger.toString(), "--from", text.toString()).err()
                .contains("不能用来恢复：它不是台账文件（不是 SQLite 数据库）。当前台账未作任何改动。"));
        assertTrue(refused("pack", "--db", ledger.toString(), "--out", dir.resolve("p.xlpk").toString(),
                "--password-file", dir.resolve("none.txt").toString()).err().contains(Messages.get("io.noSuchFile")));
        assertTrue(refused("export", "--db", ledger.toString(), "--table", "workers", "--filter", "status=bogus",
                "--out", dir.resolve("f.csv").toString()).err().contains("筛选条件 status 的取值“bogus”无效，应为：在岗, 离职, 待核实"));
        assertTrue(refused("export", "--db", ledger.toString(), "--table", "coverage", "--filter", "industry=bogus",
                "--out", dir.resolve("f.csv").toString()).err().contains("筛选条件 industry"));
        assertTrue(refused("export", "--db", ledger.toString(), "--table", "workers", "--filter", "status=在岗",
                "--filter", "status=离职", "--out", dir.resolve("f.csv").toString()).err().contains(Messages.get("cli.export.filterTwice", "status")));
        assertFalse(Files.exists(dir.resolve("f.csv")));
    }

    @Test
    void anImportWhoseReportCannotBeSavedIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path roster = dir.resolve("roster.csv");
        assertEquals(0, CliTest.runCli("export", "--db", ledger.toString(), "--table", "workers", "--unmask",
                "--out", roster.toString()).code());
        byte[] before = Files.readAllBytes(ledger);
        Path folder = Files.createDirectories(dir.resolve("reports/problems.xlsx"));
        assertTrue(refused("import", "--db", ledger.toString(), "--type", "workers", "--report", folder.toString(),
                roster.toString()).err().contains("是一个文件夹"));
        assertArrayEquals(before, Files.readAllBytes(ledger));
        Path nested = dir.resolve("reports/new/problems.xlsx");
        assertEquals(0, CliTest.runCli("import", "--db", ledger.toString(), "--type", "workers", "--report",
                nested.toString(), roster.toString()).code());
        assertTrue(Files.exists(nested), "the report's new folder is made");
    }
}
