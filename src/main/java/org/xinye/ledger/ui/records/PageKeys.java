package org.xinye.ledger.ui.records;

import java.util.Map;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of a record page: Ctrl+N new, Ctrl+F search, Ctrl+Z undo while the page is
 * shown (wherever the focus is, even on the navigation), and Enter to save / Esc to cancel
 * inside its form.
 */
public final class PageKeys {
    private PageKeys() {
    }

    /** Installs the page shortcuts on the scene while {@code page} is part of it. */
    public static void install(Node page, Runnable onNew, Runnable onFind, Runnable onUndo) {
        Map<KeyCombination, Runnable> keys = Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), onNew,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), onFind,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), onUndo);
        page.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                ObservableMap<KeyCombination, Runnable> acc = before.getAccelerators();
                keys.forEach(acc::remove);
            }
            if (now != null) {
                add(now, keys);
            }
        });
        if (page.getScene() != null) {
            add(page.getScene(), keys);
        }
    }

    private static void add(Scene scene, Map<KeyCombination, Runnable> keys) {
        scene.getAccelerators().putAll(keys);
    }

    /** Enter saves (except in a multi-line note), Esc cancels, anywhere inside {@code form}. */
    public static void form(Node form, Runnable save, Runnable cancel) {
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !(e.getTarget() instanceof TextArea)) {
                save.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                e.consume();
            }
        });
    }
}
