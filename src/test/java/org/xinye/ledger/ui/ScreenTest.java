package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.imports.ImportPreview;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.Main;
import org.xinye.ledger.ui.shell.WindowPlacement;

/**
 * Every page of the real window, on a new empty ledger and on the demo ledger, in Chinese and
 * in English, at the size of the screen this run has (the build runs it on a 1366×768 and on a
 * 1280×720 screen, see the pom): the window lies inside the screen, no text is cut with an
 * ellipsis, no chart is black or without values, the coverage table shows every county (and
 * the streets of a county) without scrolling, and the Chinese window shows no Latin word
 * outside data. Each screen is written to {@code target/screens/WIDTHxHEIGHT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenTest {
    /** The demo district's county with the most streets and towns (16). */
    private static final String LARGEST_COUNTY = "昆都仑区";
    /** The pages that, on a new ledger, say it is empty and offer the first steps. */
    private static final List<String> FIRST_STEPS = List.of("dashboard", "units", "orgs", "people", "instructors",
            "stations", "follow_ups", "coverage", "reports", "audit");
    private final FxRobot robot = new FxRobot();
    private final Preferences prefs = Preferences.userRoot().node(Main.PREFERENCES_NODE);
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final List<Future<?>> writes = new ArrayList<>();
    private String languageBefore;
    private Path demo;
    private Path out;
    private int screens;

    @BeforeAll
    void setUp(@TempDir Path dir) throws Exception {
        languageBefore = prefs.get(Main.LANGUAGE_KEY, null);
        demo = dir.resolve("demo.xldb");
        try (Ledger ledger = Ledger.open(demo, Ledger.Mode.WRITE)) {
            new DemoData(1, 30_000, TestWindow.TODAY).fill(ledger, p -> { });
            firstEdits(ledger);
        }
        FxToolkit.registerPrimaryStage();
        Rectangle2D screen = Screen.getPrimary().getBounds();
        out = Path.of("target", "screens", (int) screen.getWidth() + "x" + (int) screen.getHeight());
        Files.createDirectories(out);
    }

    /** What a first morning's work leaves in the 操作日志: a person's new mobile and note, another one left. */
    private static void firstEdits(Ledger ledger) {
        List<Worker> two = ledger.read(s -> s.workers().ofEmployer(s.enterprises().all().get(0).id()).stream()
                .filter(w -> w.mobile() != null).limit(2).toList());
        ledger.write(s -> {
            Worker w = two.get(0);
            s.changes().edit(ChangeLog.UPDATE, ChangeLog.Key.of(Aggregate.WORKER, w.id()), () -> s.workers().update(
                    new Worker(w.id(), w.idNumber(), w.name(), w.gender(), w.birthDate(), "13904721234", w.occupation(),
                            w.employerId(), w.employerText(), w.townshipCode(), w.townshipText(), w.politicalStatus(),
                            w.status(), "换了新手机号，单位联系人确认")));
            Worker v = two.get(1);
            return s.changes().edit(ChangeLog.UPDATE, ChangeLog.Key.of(Aggregate.WORKER, v.id()), () -> s.workers().update(
                    new Worker(v.id(), v.idNumber(), v.name(), v.gender(), v.birthDate(), v.mobile(), v.occupation(),
                            v.employerId(), v.employerText(), v.townshipCode(), v.townshipText(), v.politicalStatus(),
                            WorkerStatus.LEFT, v.notes())));
        });
    }

    @AfterAll
    void tearDown() throws Exception {
        for (Future<?> f : writes) {
            f.get(1, TimeUnit.MINUTES);
        }
        writer.shutdown();
        Messages.use(Messages.CHINESE);
        if (languageBefore == null) {
            prefs.remove(Main.LANGUAGE_KEY);
        } else {
            prefs.put(Main.LANGUAGE_KEY, languageBefore);
        }
        System.out.printf("screen test: %d screens written to %s%n", screens, out.toAbsolutePath());
    }

    @Test
    void aNewEmptyLedger(@TempDir Path dir) throws Exception {
        everyPageInBothLanguages("empty", dir.resolve("新台账.xldb"));
    }

    @Test
    void theDemoLedger() throws Exception {
        everyPageInBothLanguages("demo", demo);
    }

    /**
     * The import wizard's column step and its preview of a street's roster with problems (the page
     * opens at the wizard's first step, which the test above looks at).
     */
    @Test
    void theImportWizardOnTheDemoLedger(@TempDir Path dir) throws Exception {
        Messages.use(Messages.CHINESE);
        ScreenRoster.Roster roster;
        try (Ledger ledger = Ledger.open(demo, Ledger.Mode.READ)) {
            roster = ScreenRoster.write(ledger, dir.resolve("财神庙街道摸排表.xlsx"));
        }
        TestWindow window = TestWindow.start("--db", demo.toString());
        List<String> problems = new ArrayList<>();
        try {
            window.settle();
            ScreenChecks.Data data = new ScreenChecks.Data(ScreenChecks.Data.of(demo).all() + roster.texts());
            for (String language : List.of("zh", "en")) {
                if (language.equals("en")) {
                    chooseLanguage("English");
                    window.settle();
                }
                problems.addAll(wizardToPreview(window, "demo-" + language + "-import", roster.file(), language, data));
            }
        } finally {
            window.stop();
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** 台账信息…, 上报… and 关于 of the 文件 and 帮助 menus, in both languages, each inside the screen and whole. */
    @Test
    void theDialogsOfTheMenus(@TempDir Path dir) throws Exception {
        Messages.use(Messages.CHINESE);
        // A county's ledger, so that 上报… shows its form.
        Path county = dir.resolve("county.xldb");
        Files.copy(demo, county);
        try (Ledger ledger = Ledger.open(county, Ledger.Mode.WRITE)) {
            ledger.writing(s -> new org.xinye.ledger.store.rollup.ScopeStore(s).set(org.xinye.ledger.domain.LedgerScope
                    .county(org.xinye.ledger.store.rollup.SampleDistricts.KUNDULUN)));
        }
        TestWindow window = TestWindow.start("--db", county.toString());
        List<String> problems = new ArrayList<>();
        try {
            window.settle();
            // 关于 names the data folder: a path is data.
            ScreenChecks.Data data = new ScreenChecks.Data(ScreenChecks.Data.of(county).all()
                    + org.xinye.ledger.store.LedgerFiles.dataFolder());
            for (String language : List.of("zh", "en")) {
                if (language.equals("en")) {
                    chooseLanguage("English");
                    window.settle();
                }
                for (String item : List.of("ledgerInfoItem", "submitItem", "aboutItem")) {
                    problems.addAll(dialog(window, item, "demo-" + language + "-dialog-" + item.replace("Item", ""),
                            language, data));
                }
            }
        } finally {
            window.stop();
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Opens a menu's dialog, looks at it and closes it with its cancel (or only) button. */
    private List<String> dialog(TestWindow window, String itemId, String where, String language, ScreenChecks.Data data)
            throws Exception {
        Stage main = FxToolkit.toolkitContext().getRegisteredStage();
        MenuItem item = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        // The dialog waits for its answer in a nested event loop: fired later, not inside interact().
        javafx.application.Platform.runLater(item::fire);
        window.settle();
        Stage dialog = robot.listWindows().stream().filter(w -> w instanceof Stage s && s != main && s.isShowing())
                .map(w -> (Stage) w).findFirst().orElseThrow(() -> new AssertionError(where + ": no dialog opened"));
        List<String> problems = look(dialog, where, language, data);
        robot.interact(() -> {
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog.getScene().getRoot()
                    .lookup(".dialog-pane");
            List<javafx.scene.control.ButtonType> types = pane.getButtonTypes();
            javafx.scene.control.ButtonType close = types.stream().filter(t -> t.getButtonData().isCancelButton())
                    .findFirst().orElse(types.get(types.size() - 1));
            ((javafx.scene.control.Button) pane.lookupButton(close)).fire();
        });
        window.settle();
        assertTrue(!dialog.isShowing(), where + ": the dialog closed");
        return problems;
    }

    /** Takes the wizard from wherever it stands (a language switch may keep its step) to the preview, looking at each step. */
    private List<String> wizardToPreview(TestWindow window, String where, Path roster, String language, ScreenChecks.Data data)
            throws Exception {
        robot.clickOn("#nav-import");
        window.settle();
        List<String> problems = new ArrayList<>();
        Node path = robot.lookup("#filePath").query();
        if (ScreenChecks.treeVisible(path)) {
            robot.interact(() -> ((javafx.scene.control.TextField) path).setText(roster.toAbsolutePath().toString()));
            robot.clickOn("#nextFromFile");
            window.settle();
        }
        Node preview = robot.lookup("#previewButton").query();
        if (ScreenChecks.treeVisible(preview)) {
            problems.addAll(look(where + "-columns", language, data));
            robot.clickOn(preview);
            window.settle();
        }
        TableView<?> rows = robot.lookup("#previewTable").queryAs(TableView.class);
        assertTrue(ScreenChecks.treeVisible(rows) && !rows.getItems().isEmpty(), where + ": the preview lists the roster's rows");
        problems.addAll(look(where + "-preview", language, data));
        // The rows with problems alone, each problem's text whole (the README's picture of the wizard).
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<ImportPreview.Filter> filter = robot.lookup("#filterChoice")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> filter.setValue(ImportPreview.Filter.PROBLEMS));
        window.settle();
        problems.addAll(look(where + "-problems", language, data));
        robot.interact(() -> filter.setValue(ImportPreview.Filter.ALL));
        window.settle();
        return problems;
    }

    private void everyPageInBothLanguages(String ledger, Path db) throws Exception {
        long start = System.nanoTime();
        Messages.use(Messages.CHINESE);
        // A first start: nothing remembered about the window.
        for (String key : List.of("window.x", "window.y", "window.w", "window.h", "window.maximized")) {
            prefs.remove(key);
        }
        TestWindow window = TestWindow.start("--db", db.toString());
        List<String> problems = new ArrayList<>();
        try {
            window.settle();
            ScreenChecks.Data data = ScreenChecks.Data.of(db);
            for (String language : List.of("zh", "en")) {
                if (language.equals("en")) {
                    chooseLanguage("English");
                    window.settle();
                }
                for (PageId page : PageId.values()) {
                    robot.clickOn("#nav-" + page.name().toLowerCase(Locale.ROOT));
                    window.settle();
                    if (page == PageId.AUDIT && ledger.equals("demo")) {
                        // An entry chosen, so that its detail below is looked at too.
                        robot.clickOn(robot.lookup("#table .table-row-cell").queryAs(TableRow.class));
                        window.settle();
                    }
                    String where = ledger + "-" + language + "-" + page.name().toLowerCase(Locale.ROOT);
                    problems.addAll(look(where, language, data));
                    if (page == PageId.COVERAGE && ledger.equals("demo")) {
                        problems.addAll(streetsOfTheLargestCounty(window, where, data));
                    }
                }
            }
        } finally {
            window.stop();
        }
        System.out.printf("screen test: %s ledger, %d pages × 2 languages in %.1f s%n", ledger, PageId.values().length,
                (System.nanoTime() - start) / 1e9);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Checks the window as it is now and writes its picture; gives the problems found, each prefixed with where. */
    private List<String> look(String where, String language, ScreenChecks.Data data) throws Exception {
        return look(FxToolkit.toolkitContext().getRegisteredStage(), where, language, data);
    }

    /** The checks of {@link #look(String, String, ScreenChecks.Data)} on any window (a dialog has no status bar). */
    private List<String> look(Stage stage, String where, String language, ScreenChecks.Data data) throws Exception {
        List<String> problems = new ArrayList<>();
        WritableImage[] image = {null};
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            image[0] = stage.getScene().snapshot(null);
            List<Node> shown = ScreenChecks.shown(root);
            List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
            if (!WindowPlacement.inside(screens, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))) {
                problems.add(String.format("window %.0f,%.0f %.0f×%.0f is not inside the screen %s", stage.getX(), stage.getY(),
                        stage.getWidth(), stage.getHeight(), screens));
            }
            Node status = root.lookup(".status-bar");
            if (status != null && status.localToScene(status.getLayoutBounds()).getMaxY() > stage.getScene().getHeight() + 0.5) {
                problems.add("the status bar is below the window");
            }
            problems.addAll(ScreenChecks.clipped(shown));
            problems.addAll(ScreenChecks.badCharts(shown, image[0]));
            if (language.equals("zh")) {
                problems.addAll(ScreenChecks.latinWords(shown, data));
            } else {
                problems.addAll(ScreenChecks.hanCharacters(shown, data));
            }
            if (where.startsWith("empty") && FIRST_STEPS.stream().anyMatch(where::endsWith)
                    && shown.stream().noneMatch(n -> n.getStyleClass().contains("empty-state"))) {
                problems.add("a new ledger's page without its first steps (导入名单, 载入示例数据, 打开台账…)");
            }
            if (where.startsWith("demo") && where.endsWith("coverage")) {
                String hidden = ScreenChecks.rowsHidden((TableView<?>) root.lookup("#regionTable"));
                if (hidden != null) {
                    problems.add("coverage by county: " + hidden);
                }
            }
        });
        save(image[0], where);
        return problems.stream().map(p -> where + ": " + p).toList();
    }

    /** Opens the county with the most streets on 覆盖分析: every street shows, then the breadcrumb leads back. */
    @SuppressWarnings("unchecked")
    private List<String> streetsOfTheLargestCounty(TestWindow window, String where, ScreenChecks.Data data) throws Exception {
        TableView<RegionCoverage> table = robot.lookup("#regionTable").queryAs(TableView.class);
        Node row = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof RegionCoverage c
                && LARGEST_COUNTY.equals(c.name()) && r.getTableView() == table).query();
        // Chosen on its name (the counts further along are links to their units), opened with Enter.
        Node name = robot.from(row).lookup(".table-cell").query();
        robot.clickOn(name);
        robot.type(KeyCode.ENTER);
        window.settle();
        assertTrue(table.getItems().size() >= 15, "streets of " + LARGEST_COUNTY + ": " + table.getItems().size());
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            String hidden = ScreenChecks.rowsHidden(table);
            if (hidden != null) {
                problems.add(where + "-streets: streets of " + LARGEST_COUNTY + ": " + hidden);
            }
        });
        problems.addAll(look(where + "-streets", where.contains("-zh-") ? "zh" : "en", data));
        robot.clickOn(robot.lookup("#crumb-0").queryAs(Hyperlink.class));
        window.settle();
        return problems;
    }

    private void save(WritableImage image, String name) {
        screens++;
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        writes.add(writer.submit(() -> {
            try {
                ImageIO.write(png, "png", out.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private void chooseLanguage(String item) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem choice = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> item.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(choice::fire);
    }
}
