package org.xinye.ledger.ui.records;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.ui.TestWindow;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.demo.DemoData;

/**
 * Drives the real window on a small demo ledger, the way a user does: clicks, typing,
 * answering the app's own dialogs. The ledger is checked through a second, read-only
 * connection, as the command line would.
 */
public class PageTestSupport {
    protected final FxRobot robot = new FxRobot();
    protected TestWindow window;
    protected Path db;

    /** Writes a fresh demo ledger and starts the window on it. */
    protected void start(Path dir, long seed) throws Exception {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("pages-" + seed + ".xldb");
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
            new DemoData(seed, 1500, TestWindow.TODAY).fill(ledger, p -> { });
        }
        window = TestWindow.start("--db", db.toString());
        waitUntil(() -> robot.lookup("#orgRate").tryQuery().isPresent()
                && !"–".equals(robot.lookup("#orgRate").queryAs(Label.class).getText()));
    }

    protected void stop() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    protected <T> T read(Function<Session, T> query) {
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.READ)) {
            return ledger.read(query);
        }
    }

    protected CoverageCounts coverage() {
        return read(s -> s.coverage().total().counts());
    }

    protected long auditCount() {
        return read(s -> s.audit().count());
    }

    protected void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the background work to settle (reads after a write, reloads). */
    protected void settle() {
        window.settle();
    }

    protected void nav(String page) throws Exception {
        robot.clickOn("#nav-" + page);
        settle();
    }

    protected <T extends Node> T node(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    /** Replaces a field's text by typing, as the user would. */
    protected void type(String field, String text) {
        TextInputControl f = node(field, TextInputControl.class);
        robot.clickOn(f);
        robot.interact(f::clear);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses a value in a picker (the choice lists are long; scrolling them by mouse proves nothing). */
    @SuppressWarnings("unchecked")
    protected <T> void pick(String combo, T value) {
        ComboBoxBase<T> c = node(combo, ComboBoxBase.class);
        robot.interact(() -> c.setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the tab whose title starts with {@code title} (column headers may carry the same words). */
    protected void tab(String title) {
        Node label = robot.lookup(".tab .tab-label").match(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith(title) && n.isVisible()).query();
        robot.clickOn(label);
        settle();
    }

    protected void click(String query) {
        robot.clickOn(query);
        settle();
    }

    /** Answers the dialog that is open with the button of the given text (是, 否, 确定). */
    protected void answer(String buttonText) throws Exception {
        waitUntil(() -> dialogButton(buttonText) != null);
        robot.clickOn(dialogButton(buttonText));
        settle();
    }

    private Button dialogButton(String text) {
        List<Button> buttons = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.getScene() != null && b.getScene().getWindow().isShowing())
                .toList();
        return buttons.isEmpty() ? null : buttons.get(0);
    }

    protected String text(String query) {
        Node n = node(query, Node.class);
        if (n instanceof Label l) {
            return l.getText();
        }
        return ((TextInputControl) n).getText();
    }

    protected boolean visible(String query) {
        Node n = node(query, Node.class);
        return n.isVisible() && n.getScene() != null;
    }
}
