package org.xinye.ledger.ui.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.ui.TestWindow;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

/**
 * Timing of the 人员 page on a 100,000-worker demo ledger, in the real window (headless):
 * from the click on 人员 (or the change of the search text) to the end of the layout pass
 * that shows the first rows. Not part of {@code ./mvnw verify} (the class name is not a test
 * name); run it with
 * <pre>./mvnw -q test -Dtest=PeoplePageBench</pre>
 * The ledger is generated once into {@code target/bench/}; results go to stdout and
 * {@code target/bench/people-page.txt}. It measures and reports; it asserts nothing.
 */
class PeoplePageBench {
    private static final int WORKERS = 100_000;
    private static final int OPENS = 5;
    private static final List<String> FILTERS = List.of("王", "李", "张伟", "刘", "陈静", "1", "138", "4189", "杨",
            "赵敏", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "林");
    /** Pinyin initials and full pinyin of names, as a user types them instead of characters. */
    private static final List<String> PINYIN_FILTERS = List.of("zw", "wj", "lj", "wang", "zhangw", "cj", "ly", "hm");
    /** The columns sorted (each ascending, then descending), as a user clicks their headers. */
    private static final List<String> SORTS = List.of("employerColumn", "townshipColumn", "nameColumn");
    private final FxRobot robot = new FxRobot();

    @Test
    void openAndFilterThePeoplePage() throws Exception {
        Messages.use(Messages.CHINESE);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path db = dir.resolve("people-100k.xldb");
        if (!Files.exists(db)) {
            try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
                new DemoData(1, WORKERS, LocalDate.now()).fill(ledger, p -> { });
            }
        }
        FxToolkit.registerPrimaryStage();
        List<Double> opens = new ArrayList<>();
        List<Double> filters = new ArrayList<>();
        List<Double> clears = new ArrayList<>();
        List<Double> pinyin = new ArrayList<>();
        List<Double> sorts = new ArrayList<>();
        StringBuilder each = new StringBuilder();
        for (int round = 0; round < OPENS; round++) {
            TestWindow window = TestWindow.start("--db", db.toString());
            try {
                WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#orgRate").tryQuery().isPresent()
                        && !"–".equals(robot.lookup("#orgRate").queryAs(Label.class).getText()));
                // Let the dashboard finish its chart and the status line its counts: a user opens 人员 from a settled window.
                window.settle();
                ToggleButton nav = robot.lookup("#nav-people").queryAs(ToggleButton.class);
                Scene scene = nav.getScene();
                opens.add(measure(() -> nav.fire(), () -> (TableView<?>) scene.lookup("#table")));
                if (round == 0) {
                    TextField search = robot.lookup("#search").queryAs(TextField.class);
                    TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
                    for (String f : FILTERS) {
                        filters.add(measure(() -> search.setText(f), () -> table));
                        clears.add(measure(() -> search.setText(""), () -> table));
                        each.append(String.format(Locale.ROOT, "  %s: filter %.1f, clear %.1f%n", f,
                                filters.get(filters.size() - 1), clears.get(clears.size() - 1)));
                    }
                    for (String f : PINYIN_FILTERS) {
                        pinyin.add(measure(() -> search.setText(f), () -> table));
                        measure(() -> search.setText(""), () -> table);
                        each.append(String.format(Locale.ROOT, "  %s (pinyin): filter %.1f%n", f,
                                pinyin.get(pinyin.size() - 1)));
                    }
                    for (String id : SORTS) {
                        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> id.equals(c.getId()))
                                .findFirst().orElseThrow();
                        for (TableColumn.SortType type : TableColumn.SortType.values()) {
                            sorts.add(measure(() -> sortBy(table, column, type), () -> table));
                            each.append(String.format(Locale.ROOT, "  sort by %s %s: %.1f%n", id, type,
                                    sorts.get(sorts.size() - 1)));
                        }
                    }
                    // Back to the page's own order, so the next starts open the page as a new user sees it.
                    measure(() -> table.getSortOrder().clear(), () -> table);
                }
            } finally {
                window.stop();
            }
        }
        String report = String.format(Locale.ROOT, """
                人员 page on a %,d-worker demo ledger (%s, %d cores, Java %s, headless Monocle, software rendering)
                open the page, first time after start-up (FXML included):
                  in a fresh JVM (classes loading, code not yet compiled): %.1f
                  after the JVM has run the window once (%d more starts): %s
                apply a text filter (%d terms: %s), per term: %s
                clear the filter (back to all %,d), per term: %s
                apply a pinyin filter (%d terms: %s), per term: %s
                sort by a column (%s, ascending and descending): %s
                times in ms from the click / text change to the end of the layout pass showing the rows
                each run: opens %s
                %s""", WORKERS, System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), opens.get(0), OPENS - 1, stats(opens.subList(1, opens.size())),
                FILTERS.size(), String.join(" ", FILTERS),
                stats(filters), WORKERS, stats(clears), PINYIN_FILTERS.size(), String.join(" ", PINYIN_FILTERS),
                stats(pinyin), String.join(" ", SORTS), stats(sorts), opens, each);
        System.out.println(report);
        Files.writeString(dir.resolve("people-page.txt"), report);
    }

    /**
     * Runs {@code action} on the FX thread and times until the table holds a new list whose first
     * line has its row, and a layout pass has placed it.
     */
    private double measure(Runnable action, Supplier<TableView<?>> table) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] t = new long[2];
        Platform.runLater(() -> {
            TableView<?> before = table.get();
            ObservableList<?> oldItems = before == null ? null : before.getItems();
            Scene scene = robotScene();
            t[0] = System.nanoTime();
            action.run();
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    // A page shown for the first time gets its table from the skins of this very pass.
                    TableView<?> tv = table.get();
                    ObservableList<?> items = tv == null ? null : tv.getItems();
                    boolean ready = items != null && items != oldItems && (items.isEmpty()
                            || (items.get(0) instanceof PersonSlot s && s.row() != null));
                    if (ready && tv.lookup(".table-row-cell") != null) {
                        scene.removePostLayoutPulseListener(this);
                        t[1] = System.nanoTime();
                        done.countDown();
                    } else {
                        Platform.requestNextPulse();
                    }
                }
            };
            scene.addPostLayoutPulseListener(check);
            Platform.requestNextPulse();
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the table never showed the rows");
        }
        WaitForAsyncUtils.waitForFxEvents();
        return (t[1] - t[0]) / 1e6;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void sortBy(TableView table, TableColumn column, TableColumn.SortType type) {
        column.setSortType(type);
        table.getSortOrder().setAll(column);
    }

    private Scene robotScene() {
        return robot.listTargetWindows().get(0).getScene();
    }

    private static String stats(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        double median = s.get(s.size() / 2);
        double p95 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
        return String.format(Locale.ROOT, "median %.1f, p95 %.1f, max %.1f, min %.1f", median, p95, s.get(s.size() - 1),
                s.get(0));
    }

}
