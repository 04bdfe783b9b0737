package org.xinye.ledger.ui.instructors;

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
import org.xinye.ledger.ui.records.MaskedText;
import org.xinye.ledger.ui.records.RecordForm;

/** The edit form of one instructor or liaison. */
public final class InstructorForm extends RecordForm<Instructor> {
    final StringProperty homeUnit = new SimpleStringProperty(this, "homeUnit", "");
    final ObjectProperty<InstructorRole> role = new SimpleObjectProperty<>(this, "role", InstructorRole.INSTRUCTOR);
    final BooleanProperty fullTime = new SimpleBooleanProperty(this, "fullTime");
    final MaskedText mobile = new MaskedText(this, "mobile");
    final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final StringBinding mobileError;

    InstructorForm() {
        super(blank(), Instructor::id);
        watch(homeUnit, role, fullTime, mobile.textProperty(), mobile.shownProperty(), active, notes);
        // A masked mobile is the stored one, checked when it was saved.
        mobileError = error(mobile.textProperty(), mobile.shownProperty(), FieldChecks::mobile);
    }

    private static Instructor blank() {
        return new Instructor(null, null, null, InstructorRole.INSTRUCTOR, false, null, true, null);
    }

    /** Puts a stored instructor in the form; {@code mask}: the privacy setting, which hides the mobile. */
    void load(Instructor i, boolean mask) {
        name.set(nz(i.name()));
        homeUnit.set(nz(i.homeUnit()));
        role.set(i.role());
        fullTime.set(i.fullTime());
        mobile.load(i.mobile(), mask);
        active.set(i.active());
        notes.set(nz(i.notes()));
        loaded(i.id());
    }

    @Override
    protected void clear() {
        load(blank(), false);
    }

    @Override
    protected Instructor toRecord(Long id) {
        String typed = mobile.textProperty().get();
        String m = mobile.shownProperty().get() ? Mobile.check(typed).value().map(Mobile::value)
                .orElse(Text.trimmedOrNull(typed)) : mobile.value();
        return new Instructor(id, Text.trimmedOrNull(name.get()), Text.trimmedOrNull(homeUnit.get()), role.get(), fullTime.get(), m,
                active.get(), Text.trimmedOrNull(notes.get()));
    }

    StringBinding mobileError() {
        return mobileError;
    }
}
