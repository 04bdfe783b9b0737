package org.xinye.ledger.ui.support;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

/**
 * A dialog that looks like the window it belongs to: its own scene would otherwise miss the
 * window's stylesheet and font (set on the window's root, see {@code App}), and its buttons would
 * speak the JVM's language (see {@link ButtonLabels}).
 */
public final class DialogLook {
    private DialogLook() {
    }

    /** Call after {@code initOwner}, once the buttons are set. */
    public static void dress(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Scene owner = dialog.getOwner() == null ? null : dialog.getOwner().getScene();
        if (owner != null) {
            pane.getStylesheets().setAll(owner.getStylesheets());
            pane.setStyle(owner.getRoot().getStyle());
        }
        ButtonLabels.localize(pane);
    }
}
