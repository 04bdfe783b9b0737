package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.CorpusFiles;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.TestDay;

/** The app's own exports, imported back into the ledger they came from, change nothing. */
class ImportRoundTripTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void reimportingTheAppsOwnExportUpdatesNothing() throws IOException {
        try (Ledger ledger = Ledger.open(dir.resolve("rt.xldb"), Ledger.Mode.WRITE)) {
            new DemoData(1, 3000, TestDay.TODAY).fill(ledger, p -> { });
            for (TableExport.Table table : new TableExport.Table[] {TableExport.Table.WORKERS,
                TableExport.Table.ENTERPRISES}) {
                ImportType type = table == TableExport.Table.WORKERS ? ImportType.WORKERS : ImportType.ENTERPRISES;
                for (String ext : new String[] {"csv", "xlsx"}) {
                    Path file = dir.resolve(table.cliName() + "." + ext);
                    TableExport.export(ledger, TableExport.Request.parse(table, Map.of(), true), file);
                    if (ext.equals("csv")) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        // What broke the round trip: a township whose name begins with its city's, full-width brackets.
                        assertTrue(text.contains(",包头市装备制造产业园区,") && text.contains("（"), file.toString());
                    }
                    ImportResult r = ImportFixture.run(ledger, ImportFixture.request(file, type).dryRun());
                    String what = file.getFileName() + ": " + r.warningList();
                    assertEquals(r.rows(), r.unchanged(), what);
                    assertEquals(0, r.updated(), what);
                    assertEquals(0, r.inserted() + r.rejected(), what);
                }
            }
        }
    }

    @Test
    void theExportsFormulaMarkerAndExcelsTextApostropheAreNotStored() throws IOException {
        String id = TestIds.id(7);
        try (Ledger source = Ledger.open(dir.resolve("src.xldb"), Ledger.Mode.WRITE)) {
            source.writing(s -> s.workers().insert(new Worker(null, id, "王五", IdNumber.of(id).gender(),
                    IdNumber.of(id).birthDate(), "13800000007", null, null, "+外包站", null, null,
                    PoliticalStatus.MASSES, WorkerStatus.ACTIVE, "-加班")));
            for (String ext : new String[] {"csv", "xlsx"}) {
                Path file = dir.resolve("marked." + ext);
                TableExport.export(source, TableExport.Request.parse(TableExport.Table.WORKERS, Map.of(), true), file);
                try (Ledger ledger = ImportFixture.ledger(dir.resolve("marked-" + ext + ".xldb"))) {
                    assertEquals(1, ImportFixture.run(ledger, ImportFixture.request(file, ImportType.WORKERS))
                            .inserted());
                    ledger.read(s -> {
                        Worker w = s.workers().byIdNumber(id).orElseThrow();
                        assertEquals("-加班", w.notes(), ext);
                        assertEquals("+外包站", w.employerText(), ext);
                        return null;
                    });
                }
            }
        }
        Path typed = dir.resolve("typed.csv");
        Files.writeString(typed, "姓名,身份证号,手机号,统一社会信用代码,备注\n王五,'" + id + ",'13800000007,'"
                + CorpusFiles.UNIT_CODE + ",'原样保留\n", StandardCharsets.UTF_8);
        try (Ledger ledger = ImportFixture.ledger(dir.resolve("typed.xldb"))) {
            ImportResult r = ImportFixture.run(ledger, ImportFixture.request(typed, ImportType.WORKERS));
            assertEquals(1, r.inserted(), String.valueOf(r.errors()));
            assertEquals(List.of(), r.warningList());
            ledger.read(s -> {
                Worker w = s.workers().byIdNumber(id).orElseThrow();
                assertEquals("13800000007", w.mobile());
                assertEquals(ImportFixture.unitId(s), w.employerId(), "found by its credit code");
                assertEquals("'原样保留", w.notes(), "an apostrophe before other text is the sender's");
                return null;
            });
        }
    }
}
