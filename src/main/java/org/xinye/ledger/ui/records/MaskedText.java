package org.xinye.ledger.ui.records;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Text;

/**
 * A form field that may hold a person's phone number (an enterprise contact, a secretary's
 * contact, an instructor's mobile). A stored value opens masked while the ledger's privacy
 * setting is on, and read-only, as the 人员 page's ID number does; a deliberate, logged reveal
 * shows it whole and makes it editable. While masked, the stored value is what a save keeps.
 * Text without a mobile or ID number in it (a landline) has nothing to hide and shows as is.
 */
public final class MaskedText {
    private final StringProperty text;
    private final ReadOnlyBooleanWrapper shown;
    private String stored;

    public MaskedText(Object bean, String name) {
        text = new SimpleStringProperty(bean, name, "");
        shown = new ReadOnlyBooleanWrapper(bean, name + "Shown", true);
    }

    /** Puts a stored value in the field, masked when {@code mask} says so and there is something to hide. */
    public void load(String value, boolean mask) {
        stored = value;
        String masked = Masking.inText(value);
        boolean hide = mask && value != null && !masked.equals(value);
        // Shown first: a form's bindings read both as soon as the text changes.
        shown.set(!hide);
        text.set(hide ? masked : value == null ? "" : value);
    }

    /** After a logged reveal: the whole stored value, now editable. */
    public void reveal() {
        shown.set(true);
        text.set(stored == null ? "" : stored);
    }

    /** What a save writes: the typed text, or the stored value while it is masked. */
    public String value() {
        return shown.get() ? Text.trimmedOrNull(text.get()) : stored;
    }

    /** The text the field shows and the user edits. */
    public StringProperty textProperty() {
        return text;
    }

    /** Whether the field shows the whole value (nothing to hide, masking off, or revealed). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
