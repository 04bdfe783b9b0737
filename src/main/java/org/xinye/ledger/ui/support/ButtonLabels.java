package org.xinye.ledger.ui.support;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.xinye.ledger.domain.Messages;

/**
 * Dialog buttons in the app's language. JavaFX labels OK/Cancel/Yes/No by the JVM's
 * default locale, which need not be the language the user chose in the menu.
 */
public final class ButtonLabels {
    private ButtonLabels() {
    }

    public static void localize(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button b) {
                String key = switch (type.getButtonData()) {
                    case OK_DONE -> "button.ok";
                    case CANCEL_CLOSE -> "button.cancel";
                    case YES -> "button.yes";
                    case NO -> "button.no";
                    case APPLY -> "button.apply";
                    default -> null;
                };
                if (key != null) {
                    b.setText(Messages.get(key));
                }
            }
        }
    }
}
