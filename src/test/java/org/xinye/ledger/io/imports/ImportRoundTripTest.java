package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

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
            new DemoData(1, 3000, LocalDate.now()).fill(ledger, p -> { });
            for (TableExport.Table table : new TableExport.Table[] {TableExport.Table.WORKERS,
                TableExport.Table.ENTERPRISES}) {
                ImportType type = table == TableExport.Table.WORKERS ? ImportType.WORKERS : ImportType.ENTERPRISES;
                for (String ext : new String[] {"csv", "xlsx"}) {
                    Path file = dir.resolve(table.cliName() + "." + ext);
                    TableExport.export(ledger, new TableExport.Request(table, Map.of(), true), file);
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
}
