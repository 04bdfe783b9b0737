package org.xinye.ledger.ui.instructors;

import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Mobile;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.ui.records.Checks;
import org.xinye.ledger.ui.records.MaskedText;

/** The edit form of one instructor or liaison. */
public final class InstructorForm {
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty homeUnit = new SimpleStringProperty(this, "homeUnit", "");
    final ObjectProperty<InstructorRole> role = new SimpleObjectProperty<>(this, "role", InstructorRole.INSTRUCTOR);
    final BooleanProperty fullTime = new SimpleBooleanProperty(this, "fullTime");
    final MaskedText mobile = new MaskedText(this, "mobile");
    final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final ObjectProperty<Instructor> baseline = new SimpleObjectProperty<>(this, "baseline", blank());
    private final BooleanProperty attempted = new SimpleBooleanProperty(this, "attempted");
    private final BooleanBinding dirty;
    private final StringBinding nameError;
    private final StringBinding mobileError;

    InstructorForm() {
        Observable[] all = {name, homeUnit, role, fullTime, mobile.textProperty(), mobile.shownProperty(), active, notes,
                baseline};
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(toInstructor(), baseline.get()), all);
        BooleanBinding show = attempted.or(dirty);
        nameError = Checks.error(name, show, FieldChecks::required);
        // A masked mobile is the stored one, checked when it was saved.
        mobileError = Checks.error(mobile.textProperty(), show.and(mobile.shownProperty()), FieldChecks::mobile);
    }

    private static Instructor blank() {
        return new Instructor(null, null, null, InstructorRole.INSTRUCTOR, false, null, true, null);
    }

    /** Puts a stored instructor in the form; {@code mask}: the privacy setting, which hides the mobile. */
    void load(Instructor i, boolean mask) {
        name.set(i.name() == null ? "" : i.name());
        homeUnit.set(i.homeUnit() == null ? "" : i.homeUnit());
        role.set(i.role());
        fullTime.set(i.fullTime());
        mobile.load(i.mobile(), mask);
        active.set(i.active());
        notes.set(i.notes() == null ? "" : i.notes());
        attempted.set(false);
        baseline.set(toInstructor(i.id()));
    }

    void clear() {
        load(blank(), false);
    }

    Instructor toInstructor(Long id) {
        String typed = mobile.textProperty().get();
        String m = mobile.shownProperty().get() ? Mobile.check(typed).value().map(Mobile::value)
                .orElse(Text.trimmedOrNull(typed)) : mobile.value();
        return new Instructor(id, Text.trimmedOrNull(name.get()), Text.trimmedOrNull(homeUnit.get()), role.get(), fullTime.get(), m,
                active.get(), Text.trimmedOrNull(notes.get()));
    }

    private Instructor toInstructor() {
        return toInstructor(baseline.get() == null ? null : baseline.get().id());
    }

    boolean validate() {
        attempted.set(true);
        return Checks.passes(name, FieldChecks::required)
                && (!mobile.shownProperty().get() || Checks.passes(mobile.textProperty(), FieldChecks::mobile));
    }


    /** After a language switch: the messages say it again in the new language. */
    void relocalize() {
        nameError.invalidate();
        mobileError.invalidate();
    }

    BooleanBinding dirtyBinding() {
        return dirty;
    }

    boolean isDirty() {
        return dirty.get();
    }

    StringBinding nameError() {
        return nameError;
    }

    StringBinding mobileError() {
        return mobileError;
    }
}
