package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
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
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

/** The window's data-safety surface: the 操作日志 page, the automatic backup on open, the read-only banner. */
class SafetyWindowTest {
    @TempDir
    static Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        Messages.use(Messages.CHINESE);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private Path ledger(String name) {
        Path db = dir.resolve(name);
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            new DemoData(4, 500, java.time.LocalDate.now()).fill(l, p -> { });
            l.writing(s -> s.audit().append("worker", 1L, "UPDATE", "{}", "{\"name\": \"测试\"}"));
        }
        return db;
    }

    @Test
    void theAuditPageListsTheLogAndOpeningTookTheDailyBackup() throws Exception {
        Path db = ledger("window.xldb");
        app = FxToolkit.setupApplication(App.class, "--db", db.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#orgRate").tryQuery().isPresent()
                && !"–".equals(robot.lookup("#orgRate").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#exportCoverage").tryQuery().isPresent(), "the dashboard offers its export");
        robot.clickOn("#nav-audit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".table-view").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        assertTrue(robot.lookup("#exportButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !new Backups(java.time.Clock.systemDefaultZone()).list(db).isEmpty());
    }

    @Test
    void aReadOnlyFileOpensWithTheBanner() throws Exception {
        Path db = ledger("readonly.xldb");
        assumeTrue(org.xinye.ledger.store.FaultBarsTestAccess.makeReadOnly(db), "cannot make a file read-only here");
        try {
            app = FxToolkit.setupApplication(App.class, "--db", db.toString());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".banner-warning").tryQuery()
                    .map(n -> n.isVisible()).orElse(false));
            assertTrue(robot.lookup(".banner-warning").queryAs(Label.class).getText().contains("只读"));
            assertTrue(new Backups(java.time.Clock.systemDefaultZone()).list(db).isEmpty(),
                    "no automatic backup of a read-only ledger");
        } finally {
            org.xinye.ledger.store.FaultBarsTestAccess.makeWritable(db);
        }
    }
}
