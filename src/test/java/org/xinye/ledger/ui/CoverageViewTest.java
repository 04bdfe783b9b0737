package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.App;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.CoverageCount;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.demo.DemoData;

/** 覆盖分析 in the real window: county → its townships → the units behind a clicked count. */
class CoverageViewTest {
    @TempDir
    static Path dir;
    static Path db;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("coverage.xldb");
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
            new DemoData(5, 4000, java.time.LocalDate.now()).fill(ledger, p -> { });
        }
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<RegionCoverage> regionTable() {
        return robot.lookup("#regionTable").queryAs(TableView.class);
    }

    @Test
    void drillFromCountyToTownshipToTheUnitsOfAClickedCount() throws Exception {
        openCoverage();
        RegionCoverage county = regionTable().getItems().get(0);
        Node countyRow = rowOf(county);
        // On its name: the counts further along the row are links to their units.
        Node countyName = robot.from(countyRow).lookup(".table-cell").query();
        robot.doubleClickOn(countyName);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !regionTable().getItems().isEmpty()
                && regionTable().getItems().get(0).level() == org.xinye.ledger.domain.RegionLevel.TOWNSHIP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#crumb-0").tryQuery().isPresent(), "the breadcrumb leads back");

        RegionCoverage township = regionTable().getItems().stream()
                .filter(r -> r.counts().orgCovered() > 0).findFirst().orElseThrow();
        int clicked = CoverageCount.ORG.of(township.counts());
        Hyperlink link = robot.from(rowOf(township)).lookup(".count-orgCovered .count-link").queryAs(Hyperlink.class);
        assertEquals(String.valueOf(clicked), link.getText().replace(",", ""));
        robot.clickOn(link);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#unitTable").tryQuery()
                .map(n -> n.getParent().isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> units = robot.lookup("#unitTable").queryAs(TableView.class);
        assertEquals(clicked, units.getItems().size(), "the count clicked is the number of units listed");
        units.getItems().forEach(u -> assertTrue(((CoverageQueries.UnitRow) u).status().isOrgCovered()));

        robot.clickOn("#crumb-0");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> regionTable().isVisible()
                && regionTable().getItems().get(0).level() == org.xinye.ledger.domain.RegionLevel.COUNTY);
        assertNotNull(robot.lookup("#coverageAnalysisChart").tryQuery().orElse(null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitListedBehindACountOpensItsRecord() throws Exception {
        openCoverage();
        RegionCoverage county = regionTable().getItems().get(0);
        robot.clickOn(robot.from(rowOf(county)).lookup(".count-inScope .count-link").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#unitTable").tryQuery()
                .map(n -> n.isVisible() && !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CoverageQueries.UnitRow> units = robot.lookup("#unitTable").queryAs(TableView.class);
        CoverageQueries.UnitRow unit = units.getItems().get(0);
        Node row = robot.lookup("#unitTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == unit).findFirst().orElseThrow();
        robot.doubleClickOn(row);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-units")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected()
                && robot.lookup("#nameField").tryQuery().map(n -> unit.name().equals(
                        ((javafx.scene.control.TextField) n).getText())).orElse(false));
    }

    private void openCoverage() throws Exception {
        app = FxToolkit.setupApplication(App.class, "--db", db.toString());
        robot.clickOn("#nav-coverage");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#regionTable").tryQuery().isPresent()
                && !regionTable().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The on-screen row showing a record (scrolled into view first). */
    private Node rowOf(RegionCoverage item) {
        robot.interact(() -> regionTable().scrollTo(item));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#regionTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == item).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiltersReadAllUntilOneIsChosen() throws Exception {
        openCoverage();
        String all = Messages.get("coverage.filter.all");
        for (String id : new String[] {"#industry", "#kind"}) {
            javafx.scene.control.ComboBox<Object> box = robot.lookup(id).queryAs(javafx.scene.control.ComboBox.class);
            assertEquals(null, box.getValue());
            assertEquals(all, ((javafx.scene.control.ListCell<?>) box.getButtonCell()).getText(), id + " with no choice");
            assertEquals(all, box.getConverter().toString(null), id + "'s first entry");
            Object first = box.getItems().get(1);
            robot.interact(() -> box.setValue(first));
            assertEquals(Messages.label((Enum<?>) first), ((javafx.scene.control.ListCell<?>) box.getButtonCell()).getText());
            robot.interact(() -> box.setValue(null));
        }
    }
}
