package org.xinye.ledger.ui.records;

import javafx.beans.binding.StringExpression;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.util.Subscription;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Shows a view model's field errors the ControlsFX way (the red mark with its tooltip on
 * the field) and as a line of text under the field, so the reason is readable without
 * hovering.
 */
public final class Decorations {
    private Decorations() {
    }

    /** Unsubscribing lets go of the view model's error. */
    public static Subscription bind(ValidationSupport support, Control field, StringExpression error, Label line) {
        support.registerValidator(field, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, error.get(), error.get() != null));
        line.textProperty().bind(error);
        line.visibleProperty().bind(error.isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        line.getStyleClass().add("field-error");
        // The error may change without the field changing (a save attempt shows required fields).
        return error.subscribe((a, b) -> support.revalidate(field));
    }
}
