package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.App;
import org.xinye.ledger.cli.CliTest;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

/** Opens the real window on a demo ledger and reads the dashboard the way a user would. */
class MainWindowTest {
    @TempDir
    static Path dir;
    static Path db;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("window.xldb");
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
            new DemoData(11, 4000, java.time.LocalDate.now()).fill(ledger, p -> { });
        }
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void dashboardShowsTheSameTotalsAsTheCommandLine() throws Exception {
        app = FxToolkit.setupApplication(App.class, "--db", db.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !"–".equals(text("#orgRate")));
        WaitForAsyncUtils.waitForFxEvents();

        CliTest.Run cli = CliTest.runCli("coverage", "--db", db.toString(), "--format", "json");
        List<Map<String, String>> rows = CliTest.parseCoverageJson(cli.out());
        Map<String, String> total = rows.get(rows.size() - 1);
        assertEquals("total", total.get("code"));
        assertEquals(CoverageRules.percent(Double.parseDouble(total.get("orgRate"))), text("#orgRate"));
        assertEquals(CoverageRules.percent(Double.parseDouble(total.get("workRate"))), text("#workRate"));
        assertEquals(CoverageRules.percent(Double.parseDouble(total.get("singleRate"))), text("#singleRate"));
        assertEquals(String.format("%,d", Integer.parseInt(total.get("inScope"))), text("#inScope"));
        assertEquals(String.format("%,d", Integer.parseInt(total.get("workers"))), text("#workers"));

        ChartViewer viewer = robot.lookup("#coverageChart").queryAs(ChartViewer.class);
        assertNotNull(viewer.getChart());
        CategoryDataset data = viewer.getChart().getCategoryPlot().getDataset();
        assertEquals(rows.size() - 1, data.getColumnCount(), "one bar per county");
        int orgInChart = 0;
        for (int c = 0; c < data.getColumnCount(); c++) {
            orgInChart += data.getValue(0, c).intValue();
        }
        assertEquals(Integer.parseInt(total.get("orgCovered")), orgInChart);
        assertTrue(robot.lookup(".status-file").queryAs(Label.class).getText().endsWith("window.xldb"));
    }

    @Test
    void navigationShowsEachPageAndTheWindowTitleNamesTheFile() throws Exception {
        app = FxToolkit.setupApplication(App.class, "--db", db.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !"–".equals(text("#orgRate")));
        robot.clickOn("#nav-orgs");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#nav-orgs").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#orgRate").tryQuery().isPresent());
        assertTrue(FxToolkit.toolkitContext().getRegisteredStage().getTitle().contains("window.xldb"));
    }
    @Test
    void everyTablePageOffersExport() throws Exception {
        app = FxToolkit.setupApplication(App.class, "--db", db.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !"–".equals(text("#orgRate")));
        for (String page : new String[] {"units", "orgs", "people", "instructors", "stations", "follow_ups", "coverage", "audit"}) {
            robot.clickOn("#nav-" + page);
            WaitForAsyncUtils.waitForFxEvents();
            var button = robot.lookup("#exportButton").match(javafx.scene.Node::isVisible)
                    .queryAs(javafx.scene.control.Button.class);
            assertEquals(Messages.get("export.button"), button.getText(), page);
            assertTrue(button.getOnAction() != null, page);
        }
    }
}
