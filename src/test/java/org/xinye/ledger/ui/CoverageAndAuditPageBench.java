package org.xinye.ledger.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

/**
 * Timing of 覆盖分析 and 操作日志 on a 100,000-worker demo ledger whose log holds 1,000 edits of
 * people, in the real window (headless): from the click on the page (or the change of the
 * industry filter) to the layout pass that shows the rows. Not part of {@code ./mvnw verify};
 * run it with <pre>./mvnw -q test -Dtest=CoverageAndAuditPageBench</pre>
 * The ledger is generated once into {@code target/bench/}; results go to stdout and
 * {@code target/bench/coverage-audit-pages.txt}. It measures and reports; it asserts nothing.
 */
class CoverageAndAuditPageBench {
    private static final int WORKERS = 100_000;
    private static final int ROUNDS = 5;
    private final FxRobot robot = new FxRobot();

    @Test
    @SuppressWarnings("unchecked")
    void openAndFilterCoverageAndOpenTheLog() throws Exception {
        Messages.use(Messages.CHINESE);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path db = dir.resolve("coverage-audit-100k.xldb");
        if (!Files.exists(db)) {
            try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
                new DemoData(1, WORKERS, LocalDate.now()).fill(ledger, p -> { });
                thousandEdits(ledger);
            }
        }
        List<Double> coverage = new ArrayList<>();
        List<Double> filter = new ArrayList<>();
        List<Double> audit = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            TestWindow window = TestWindow.start("--db", db.toString());
            try {
                window.settle();
                ToggleButton nav = robot.lookup("#nav-coverage").queryAs(ToggleButton.class);
                Scene scene = nav.getScene();
                coverage.add(measure(scene, nav::fire, () -> rows(scene, "#regionTable") == 10));
                window.settle();
                ComboBox<Industry> industry = robot.lookup("#industry").queryAs(ComboBox.class);
                int before = firstCount(scene);
                filter.add(measure(scene, () -> industry.setValue(Industry.FOOD_DELIVERY), () -> firstCount(scene) != before));
                window.settle();
                ToggleButton log = robot.lookup("#nav-audit").queryAs(ToggleButton.class);
                audit.add(measure(scene, log::fire, () -> rows(scene, "#table") >= 1000));
            } finally {
                window.stop();
            }
        }
        String report = String.format(Locale.ROOT, """
                覆盖分析 and 操作日志 on a %,d-worker demo ledger with 1,000 logged edits (%s, %d cores, Java %s, headless)
                open 覆盖分析 (10 counties, table and chart): first %.1f, then %s
                change its industry filter: %s
                open 操作日志 (the newest 1,000 entries as sentences): first %.1f, then %s
                times in ms from the click / filter change to the layout pass showing the rows; each page
                opened in a fresh window, %d rounds in one JVM
                """, WORKERS, System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), coverage.get(0), stats(coverage.subList(1, ROUNDS)), stats(filter),
                audit.get(0), stats(audit.subList(1, ROUNDS)), ROUNDS);
        System.out.println(report);
        Files.writeString(dir.resolve("coverage-audit-pages.txt"), report);
    }

    /** A thousand people's mobiles and notes changed by hand, one change each, as the log keeps them. */
    private static void thousandEdits(Ledger ledger) {
        List<Worker> ws = ledger.read(s -> s.enterprises().all().stream().limit(400)
                .flatMap(e -> s.workers().ofEmployer(e.id()).stream()).limit(1000).toList());
        ledger.write(s -> {
            int i = 0;
            for (Worker w : ws) {
                String mobile = String.format(Locale.ROOT, "139%08d", i);
                String note = "电话核实 " + i++;
                s.changes().edit(ChangeLog.UPDATE, ChangeLog.Key.of(Aggregate.WORKER, w.id()), () -> s.workers().update(
                        new Worker(w.id(), w.idNumber(), w.name(), w.gender(), w.birthDate(), mobile, w.occupation(),
                                w.employerId(), w.employerText(), w.townshipCode(), w.townshipText(),
                                w.politicalStatus(), w.status(), note)));
            }
            return null;
        });
    }

    private static int rows(Scene scene, String table) {
        return scene.lookup(table) instanceof TableView<?> t && t.lookup(".table-row-cell") != null ? t.getItems().size() : -1;
    }

    private static int firstCount(Scene scene) {
        return scene.lookup("#regionTable") instanceof TableView<?> t && !t.getItems().isEmpty()
                ? ((org.xinye.ledger.store.RegionCoverage) t.getItems().get(0)).counts().inScope() : -1;
    }

    /** Runs {@code action} on the FX thread and times until a layout pass ends with {@code shown} true. */
    private static double measure(Scene scene, Runnable action, BooleanSupplier shown) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] t = new long[2];
        Platform.runLater(() -> {
            t[0] = System.nanoTime();
            action.run();
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    if (shown.getAsBoolean()) {
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
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the page never showed its rows");
        }
        return (t[1] - t[0]) / 1e6;
    }

    private static String stats(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return String.format(Locale.ROOT, "median %.1f, min %.1f, max %.1f", s.get(s.size() / 2), s.get(0),
                s.get(s.size() - 1));
    }
}
