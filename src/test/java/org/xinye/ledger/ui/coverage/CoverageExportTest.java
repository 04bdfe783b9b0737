package org.xinye.ledger.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.io.CsvRows;
import org.xinye.ledger.store.CoverageCount;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.TestDay;

/** 覆盖分析's 导出… writes the table the page shows: the area drilled into, with its filters. */
class CoverageExportTest {
    @TempDir
    Path dir;
    private Ledger ledger;
    private final FakeDialogs dialogs = new FakeDialogs();
    private CoverageViewModel vm;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("coverage.xldb"), Ledger.Mode.WRITE);
        new DemoData(71, 600, TestDay.TODAY).fill(ledger, p -> { });
        Workspace workspace = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        workspace.setLedger(ledger);
        vm = new CoverageViewModel(workspace);
        vm.reload();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private List<List<String>> export(String name) throws IOException {
        dialogs.files.add(dir.resolve(name));
        vm.export();
        List<List<String>> rows = CsvRows.read(dir.resolve(name));
        return rows.subList(1, rows.size());
    }

    @Test
    void aCountyWithAnIndustryFilterExportsItsTownshipsAsShownAndAUnitListItsUnits() throws IOException {
        RegionCoverage county = vm.rows().stream().filter(r -> r.level() == RegionLevel.COUNTY)
                .filter(r -> r.counts().inScope() > 0).findFirst().orElseThrow();
        vm.open(county);
        vm.industryProperty().set(Industry.EXPRESS);
        List<RegionCoverage> shown = List.copyOf(vm.rows());
        assertTrue(shown.size() > 1);

        List<List<String>> rows = export("county.csv");
        assertEquals(shown.size() + 1, rows.size(), "the townships and the total");
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(shown.get(i).name(), rows.get(i).get(1));
            assertEquals(String.valueOf(shown.get(i).counts().inScope()), rows.get(i).get(2), shown.get(i).name());
        }
        assertTrue(dialogs.shown.stream().noneMatch(s -> s.startsWith("choose:")), "coverage counts hold no personal data");

        RegionCoverage township = shown.stream().filter(r -> r.counts().inScope() > 0).findFirst().orElseThrow();
        vm.openCount(township, CoverageCount.IN_SCOPE);
        dialogs.choices.add(0);
        List<String> units = export("units.csv").stream().map(r -> r.get(0)).sorted().toList();
        assertEquals(vm.units().stream().map(CoverageQueries.UnitRow::name).sorted().toList(), units);
    }
}
