package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.RosterFiles;
import org.xinye.ledger.io.imports.ImportFixture;
import org.xinye.ledger.io.imports.ImportProgress;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.io.submission.RollupJob;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.store.rollup.SampleDistricts;
import org.xinye.ledger.store.rollup.ScopeStore;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.Main;

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
    private final FxRobot robot = new FxRobot();
    private final Preferences prefs = Preferences.userRoot().node(Main.PREFERENCES_NODE);
    private String languageBefore;
    private Path demo;
    private ScreenLook eyes;
    private ScreenSteps hands;

    @BeforeAll
    void setUp(@TempDir Path dir) throws Exception {
        languageBefore = prefs.get(Main.LANGUAGE_KEY, null);
        demo = dir.resolve("demo.xldb");
        try (Ledger ledger = Ledger.open(demo, Ledger.Mode.WRITE)) {
            new DemoData(1, 30_000, TestWindow.TODAY).fill(ledger, p -> { });
            firstEdits(ledger);
            firstImport(ledger, dir.resolve("第一批花名册.csv"));
        }
        FxToolkit.registerPrimaryStage();
        eyes = new ScreenLook(robot);
        hands = new ScreenSteps(robot, eyes);
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

    /** A first roster, as a cadre's ledger has one: 导入记录 shows it, and 撤销最近一次导入 can take it back. */
    private static void firstImport(Ledger ledger, Path roster) throws Exception {
        RosterFiles.csv(roster, 5);
        assertEquals(5, new Importer(ledger, Clock.systemDefaultZone()).run(
                ImportFixture.request(roster, ImportType.WORKERS).build(), p -> { }, ImportProgress.NONE, 0).rows());
    }

    @AfterAll
    void tearDown() throws Exception {
        String written = eyes.finish();
        Messages.use(Messages.CHINESE);
        if (languageBefore == null) {
            prefs.remove(Main.LANGUAGE_KEY);
        } else {
            prefs.put(Main.LANGUAGE_KEY, languageBefore);
        }
        System.out.println("screen test: " + written);
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
     * opens at the wizard's first step, which the test above looks at), the street chooser of a
     * unit to create (新建为单位) and the question 撤销导入 asks.
     */
    @Test
    void theImportWizardOnTheDemoLedger(@TempDir Path dir) throws Exception {
        Messages.use(Messages.CHINESE);
        ScreenRoster.Roster roster;
        try (Ledger ledger = Ledger.open(demo, Ledger.Mode.READ)) {
            roster = ScreenRoster.write(ledger, dir.resolve("财神庙街道摸排表.xlsx"));
        }
        inBothLanguages(demo, roster.texts(), (window, language, data) -> {
            String where = "demo-" + language + "-import";
            List<String> problems = new ArrayList<>(hands.wizardToPreview(window, where, roster.file(), language, data));
            problems.addAll(hands.newUnitStreet(window, where, ScreenRoster.NEW_UNIT, roster.street(), language, data));
            problems.addAll(hands.undoQuestion(window, where, language, data));
            return problems;
        });
    }

    /**
     * A city's roll-up ledger with three counties' submissions in (a fourth missing): its dashboard,
     * 覆盖分析, the three tabs of 汇总 and 报表, in both languages.
     */
    @Test
    void aCityLedger(@TempDir Path dir) throws Exception {
        Messages.use(Messages.CHINESE);
        List<Path> files = new ArrayList<>();
        for (Path district : List.of(SampleDistricts.donghe(dir), SampleDistricts.kundulun(dir),
                SampleDistricts.qingshan(dir))) {
            files.add(SampleDistricts.submit(district, dir.resolve(district.getFileName() + ".xlsub"), null, null));
        }
        Path city = dir.resolve("city.xldb");
        try (Ledger ledger = Ledger.open(city, Ledger.Mode.WRITE)) {
            ledger.writing(s -> new ScopeStore(s).set(LedgerScope.city()));
            RollupJob.Outcome outcome = new RollupJob(ledger, TestDay.CLOCK).run(files, null, RollupJob.Progress.NONE,
                    () -> false);
            assertEquals(List.of(), outcome.refused(), "the three submissions are taken");
        }
        inBothLanguages(city, "", (window, language, data) -> {
            List<String> problems = new ArrayList<>();
            for (PageId page : List.of(PageId.DASHBOARD, PageId.COVERAGE, PageId.REPORTS, PageId.ROLLUP)) {
                robot.clickOn("#nav-" + page.name().toLowerCase(Locale.ROOT));
                window.settle();
                String where = "city-" + language + "-" + page.name().toLowerCase(Locale.ROOT);
                problems.addAll(eyes.look(where, language, data));
            }
            for (String tab : List.of("figuresTab", "differencesTab")) {
                hands.selectTab(window, tab);
                problems.addAll(eyes.look("city-" + language + "-rollup-" + tab.replace("Tab", ""), language, data));
            }
            return problems;
        });
    }

    /** 台账信息…, 上报… and 关于 of the 文件 and 帮助 menus, in both languages, each inside the screen and whole. */
    @Test
    void theDialogsOfTheMenus(@TempDir Path dir) throws Exception {
        Messages.use(Messages.CHINESE);
        // A county's ledger, so that 上报… shows its form.
        Path county = dir.resolve("county.xldb");
        Files.copy(demo, county);
        try (Ledger ledger = Ledger.open(county, Ledger.Mode.WRITE)) {
            ledger.writing(s -> new ScopeStore(s).set(LedgerScope.county(SampleDistricts.KUNDULUN)));
        }
        // 关于 names the data folder: a path is data.
        inBothLanguages(county, org.xinye.ledger.store.LedgerFiles.dataFolder().toString(), (window, language, data) -> {
            List<String> problems = new ArrayList<>();
            for (String item : List.of("ledgerInfoItem", "submitItem", "aboutItem")) {
                problems.addAll(hands.menuDialog(window, item, "demo-" + language + "-dialog-" + item.replace("Item", ""),
                        language, data));
            }
            return problems;
        });
    }

    private void everyPageInBothLanguages(String ledger, Path db) throws Exception {
        long start = System.nanoTime();
        Messages.use(Messages.CHINESE);
        // A first start: nothing remembered about the window.
        for (String key : List.of("window.x", "window.y", "window.w", "window.h", "window.maximized")) {
            prefs.remove(key);
        }
        inBothLanguages(db, "", (window, language, data) -> {
            List<String> problems = new ArrayList<>();
            for (PageId page : PageId.values()) {
                robot.clickOn("#nav-" + page.name().toLowerCase(Locale.ROOT));
                window.settle();
                if (page == PageId.AUDIT && ledger.equals("demo")) {
                    // An entry chosen, so that its detail below is looked at too.
                    robot.clickOn(robot.lookup("#table .table-row-cell").queryAs(TableRow.class));
                    window.settle();
                }
                String where = ledger + "-" + language + "-" + page.name().toLowerCase(Locale.ROOT);
                problems.addAll(eyes.look(where, language, data));
                if (page == PageId.COVERAGE && ledger.equals("demo")) {
                    problems.addAll(streetsOfTheLargestCounty(window, where, data));
                }
            }
            return problems;
        });
        System.out.printf("screen test: %s ledger, %d pages × 2 languages in %.1f s%n", ledger, PageId.values().length,
                (System.nanoTime() - start) / 1e9);
    }

    /** What one pass of the screen test looks at in one language: the problems it found. */
    @FunctionalInterface
    private interface Pass {
        List<String> in(TestWindow window, String language, ScreenChecks.Data data) throws Exception;
    }

    /**
     * Opens the window on {@code ledger} and runs {@code pass} in Chinese, then in English (chosen
     * from the 语言 menu, as a user would); fails with every problem either language showed. The
     * ledger's texts, with {@code moreData}, are data (read once the window has opened it: a new
     * ledger exists only then).
     */
    private void inBothLanguages(Path ledger, String moreData, Pass pass) throws Exception {
        TestWindow window = TestWindow.start("--db", ledger.toString());
        List<String> problems = new ArrayList<>();
        try {
            window.settle();
            ScreenChecks.Data data = new ScreenChecks.Data(ScreenChecks.Data.of(ledger).all() + moreData);
            for (String language : List.of("zh", "en")) {
                if (language.equals("en")) {
                    eyes.chooseLanguage("English");
                    window.settle();
                }
                problems.addAll(pass.in(window, language, data));
            }
        } finally {
            window.stop();
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
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
        problems.addAll(eyes.look(where + "-streets", where.contains("-zh-") ? "zh" : "en", data));
        robot.clickOn(robot.lookup("#crumb-0").queryAs(Hyperlink.class));
        window.settle();
        return problems;
    }

}
