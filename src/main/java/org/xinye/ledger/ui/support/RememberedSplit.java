package org.xinye.ledger.ui.support;

import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * A split pane whose divider stays where the user put it (kept per page in the preferences,
 * so it is there again next time), and until then sits where the page's content fits best.
 * The panes' minimum sizes still win: what a page must show is never pushed out of sight.
 */
public final class RememberedSplit {
    private final SplitPane split;
    private final UiPreferences prefs;
    private final String key;
    private final DoubleSupplier fitting;

    /**
     * @param fitting where the first divider fits the content best, as a fraction of the pane
     *                (0 to 1); asked each time the divider is placed while the user has not moved it
     */
    public RememberedSplit(SplitPane split, UiPreferences prefs, String key, DoubleSupplier fitting) {
        this.split = split;
        this.prefs = prefs;
        this.key = key;
        this.fitting = fitting;
        split.heightProperty().addListener((o, a, b) -> place());
        split.widthProperty().addListener((o, a, b) -> place());
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getTarget() instanceof Node n && onDivider(n) && !split.getDividers().isEmpty()) {
                prefs.putNumber(key, split.getDividers().get(0).getPosition());
            }
        });
    }

    private static boolean onDivider(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
            if (p instanceof SplitPane) {
                return false;
            }
        }
        return false;
    }

    /** Puts the divider where the user last left it, else where the content fits. */
    public void place() {
        if (split.getDividers().isEmpty() || split.getHeight() <= 0) {
            return;
        }
        double remembered = prefs.number(key, -1);
        double at = remembered >= 0 ? remembered : fitting.getAsDouble();
        split.setDividerPositions(Math.max(0, Math.min(1, at)));
    }

    /** Forgets the user's position: the divider goes back to where the content fits. */
    public void reset() {
        prefs.node().remove(key);
        place();
    }
}
