package org.xinye.ledger.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.xinye.ledger.ui.shell.WindowPlacement;

/**
 * The screen test's eyes: checks a window as it is now ({@link ScreenChecks}) and writes its
 * picture to {@code target/screens/WIDTHxHEIGHT/} (in the background, so the next screen need not wait).
 */
final class ScreenLook {
    /** The pages that, on a new ledger, say it is empty and offer the first steps. */
    private static final List<String> FIRST_STEPS = List.of("dashboard", "units", "orgs", "people", "instructors",
            "stations", "follow_ups", "coverage", "reports", "audit");
    private final FxRobot robot;
    private final Path out;
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final List<Future<?>> writes = new ArrayList<>();
    private int screens;

    ScreenLook(FxRobot robot) throws IOException {
        this.robot = robot;
        Rectangle2D screen = Screen.getPrimary().getBounds();
        out = Path.of("target", "screens", (int) screen.getWidth() + "x" + (int) screen.getHeight());
        Files.createDirectories(out);
    }

    /** Waits for the pictures; says how many were written where. */
    String finish() throws Exception {
        for (Future<?> f : writes) {
            f.get(1, TimeUnit.MINUTES);
        }
        writer.shutdown();
        return String.format("%d screens written to %s", screens, out.toAbsolutePath());
    }

    /** Checks the window as it is now and writes its picture; gives the problems found, each prefixed with where. */
    List<String> look(String where, String language, ScreenChecks.Data data) throws Exception {
        return look(FxToolkit.toolkitContext().getRegisteredStage(), where, language, data);
    }

    /** The checks of {@link #look(String, String, ScreenChecks.Data)} on any window (a dialog has no status bar). */
    List<String> look(Stage stage, String where, String language, ScreenChecks.Data data) throws Exception {
        return look(stage, null, where, language, data);
    }

    /**
     * The main window with a drop-down's list open over it: both checked, the picture as the user
     * sees it (the list drawn where it shows).
     */
    List<String> look(Window popup, String where, String language, ScreenChecks.Data data) throws Exception {
        return look(FxToolkit.toolkitContext().getRegisteredStage(), popup, where, language, data);
    }

    private List<String> look(Stage stage, Window popup, String where, String language, ScreenChecks.Data data)
            throws Exception {
        List<String> problems = new ArrayList<>();
        WritableImage[] image = {null};
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            image[0] = stage.getScene().snapshot(null);
            List<Node> shown = new ArrayList<>(ScreenChecks.shown(root));
            if (popup != null) {
                drawOver(image[0], stage, popup);
                shown.addAll(ScreenChecks.shown(popup.getScene().getRoot()));
            }
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
            problems.addAll(ScreenChecks.cutPrompts(shown));
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
            // A city's 汇总: every county's line in sight, in 报送情况 and in 上报合计与去重.
            for (String table : List.of("#statusTable", "#figuresTable")) {
                Node t = root.lookup(table);
                if (where.startsWith("city") && ScreenChecks.treeVisible(t)) {
                    String hidden = ScreenChecks.rowsHidden((TableView<?>) t);
                    if (hidden != null) {
                        problems.add(table + ": " + hidden);
                    }
                }
            }
        });
        save(image[0], where);
        return problems.stream().map(p -> where + ": " + p).toList();
    }

    /** Draws {@code popup}'s picture onto {@code image} of {@code stage}'s scene, where it shows on the screen. */
    private static void drawOver(WritableImage image, Stage stage, Window popup) {
        WritableImage over = popup.getScene().snapshot(null);
        int dx = (int) Math.round(popup.getX() + popup.getScene().getX() - stage.getX() - stage.getScene().getX());
        int dy = (int) Math.round(popup.getY() + popup.getScene().getY() - stage.getY() - stage.getScene().getY());
        PixelReader from = over.getPixelReader();
        PixelWriter to = image.getPixelWriter();
        for (int y = 0; y < (int) over.getHeight(); y++) {
            for (int x = 0; x < (int) over.getWidth(); x++) {
                int tx = x + dx;
                int ty = y + dy;
                int argb = from.getArgb(x, y);
                if (tx >= 0 && ty >= 0 && tx < image.getWidth() && ty < image.getHeight() && (argb >>> 24) > 0) {
                    to.setArgb(tx, ty, blend(argb, image.getPixelReader().getArgb(tx, ty)));
                }
            }
        }
    }

    /** {@code top} over {@code bottom} by its alpha (a popup's shadow is half transparent). */
    private static int blend(int top, int bottom) {
        double a = (top >>> 24) / 255.0;
        int r = (int) Math.round(((top >> 16) & 0xff) * a + ((bottom >> 16) & 0xff) * (1 - a));
        int g = (int) Math.round(((top >> 8) & 0xff) * a + ((bottom >> 8) & 0xff) * (1 - a));
        int b = (int) Math.round((top & 0xff) * a + (bottom & 0xff) * (1 - a));
        return 0xff000000 | r << 16 | g << 8 | b;
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

    void chooseLanguage(String item) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem choice = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> item.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(choice::fire);
    }
}
