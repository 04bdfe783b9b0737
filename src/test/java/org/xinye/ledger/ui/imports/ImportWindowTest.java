package org.xinye.ledger.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.App;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportFixture;
import org.xinye.ledger.store.Ledger;

/** The 导入 page in the real window: a roster through every step, with its problem cells highlighted. */
class ImportWindowTest {
    @TempDir
    static Path dir;
    static Path db;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("window.xldb");
        ImportFixture.ledger(db).close();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    /** Shown: the node and every parent visible (the wizard's steps are stacked, one visible at a time). */
    private boolean visible(String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void importsARosterThroughTheWizard() throws Exception {
        app = FxToolkit.setupApplication(App.class, "--db", db.toString());
        robot.clickOn("#nav-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#filePath"));
        TextField path = robot.lookup("#filePath").queryAs(TextField.class);
        robot.interact(() -> path.setText(Path.of("src/test/resources/org/xinye/ledger/io/corpus/workers.xls")
                .toAbsolutePath().toString()));
        robot.clickOn("#nextFromFile");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visible("#columnTable"));
        robot.clickOn("#previewButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visible("#previewTable"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        assertEquals(9, preview.getItems().size());
        assertEquals("问题", preview.getColumns().get(2).getText(), "each row's problems beside its outcome");
        assertTrue(robot.lookup(".cell-error").tryQuery().isPresent(), "rejected cells are highlighted");
        Node empty = robot.lookup("#missingTable").queryAs(TableView.class).getPlaceholder();
        assertEquals("暂无内容", ((Label) empty).getText(), "an empty table speaks the app's language");
        robot.interact(() -> preview.scrollTo(preview.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".cell-warning").tryQuery().isPresent(), "warned cells are highlighted");
        assertTrue(robot.lookup("#counts").queryAs(Label.class).getText().startsWith("共 9 行：新增 5"));
        robot.clickOn("#commitButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible("#summary"));
        assertTrue(robot.lookup("#summary").queryAs(Label.class).getText().startsWith("已导入台账"));
        try (Ledger l = Ledger.open(db, Ledger.Mode.READ)) {
            assertEquals(5L, (long) l.read(s -> s.workers().count()));
        }
    }

    @Test
    void theReconcileTabTitlesEachListWithItsCount() throws Exception {
        app = FxToolkit.setupApplication(App.class, "--db", db.toString());
        robot.clickOn("#nav-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#filePath"));
        robot.clickOn(Messages.get("import.ui.tab.reconcile"));
        java.util.List<Integer> sizes;
        try (Ledger l = Ledger.open(db, Ledger.Mode.READ)) {
            sizes = l.read(s -> java.util.List.of(s.reconcile().singleSource().size(), s.reconcile().disagreements().size(),
                    s.reconcile().countMismatches().size(), s.reconcile().unmatched().size()));
        }
        String[] tables = {"#singleTable", "#disagreeTable", "#countsTable", "#followUpTable"};
        String[] titles = {"import.ui.reconcile.single", "import.ui.reconcile.disagree", "import.ui.reconcile.counts",
            "import.ui.reconcile.unmatched"};
        for (int i = 0; i < tables.length; i++) {
            int n = sizes.get(i);
            String title = Messages.get(titles[i], n);
            TableView<?> table = robot.lookup(tables[i]).queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == n
                    && robot.lookup(title).tryQuery().isPresent());
            Node above = table.getParent().getChildrenUnmodifiable().get(table.getParent().getChildrenUnmodifiable()
                    .indexOf(table) - 1);
            assertEquals(title, ((Label) above).getText(), "the list's title, with its count, stands above it");
            assertTrue(visible(tables[i]), tables[i] + " shown in the 对账 tab");
        }
    }
}
