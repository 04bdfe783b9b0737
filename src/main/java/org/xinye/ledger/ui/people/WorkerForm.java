package org.xinye.ledger.ui.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Mobile;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.records.RecordForm;
import org.xinye.ledger.ui.support.Formats;

/**
 * The edit form of one worker. While the ledger's privacy setting is on (the default), a
 * stored worker's ID number and mobile stay masked (and read-only) until the user
 * deliberately reveals them; saving then keeps the stored values. Gender and birth date
 * follow from the ID number as it is typed.
 */
public final class WorkerForm extends RecordForm<Worker> {
    final StringProperty idNumber = new SimpleStringProperty(this, "idNumber", "");
    final StringProperty mobile = new SimpleStringProperty(this, "mobile", "");
    final ObjectProperty<Occupation> occupation = new SimpleObjectProperty<>(this, "occupation");
    final ObjectProperty<Choice<Long>> employer = new SimpleObjectProperty<>(this, "employer");
    final ObjectProperty<Choice<String>> township = new SimpleObjectProperty<>(this, "township");
    final ObjectProperty<PoliticalStatus> politicalStatus = new SimpleObjectProperty<>(this, "politicalStatus",
            PoliticalStatus.MASSES);
    final ObjectProperty<WorkerStatus> status = new SimpleObjectProperty<>(this, "status", WorkerStatus.ACTIVE);
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    /** What a sender typed that matched no unit or township (kept, shown, cleared by choosing one). */
    private String employerText;
    private String townshipText;
    private final ReadOnlyStringWrapper unmatched =
            new ReadOnlyStringWrapper(this, "unmatched", "");
    private Gender storedGender;
    private LocalDate storedBirth;
    private final ReadOnlyBooleanWrapper personalShown = new ReadOnlyBooleanWrapper(this, "personalShown", true);
    private final StringBinding idError;
    private final StringBinding mobileError;
    private final StringBinding derived;

    private final Supplier<LocalDate> today;

    WorkerForm(Supplier<LocalDate> today) {
        super(blank(), Worker::id);
        this.today = today;
        watch(idNumber, mobile, occupation, employer, township, politicalStatus, status, notes, personalShown);
        // Masked numbers are the stored ones, checked when they were saved.
        idError = error(idNumber, personalShown, FieldChecks::idNumber);
        mobileError = error(mobile, personalShown, FieldChecks::mobile);
        derived = Bindings.createStringBinding(this::describeDerived, idNumber, personalShown);
    }

    private static Worker blank() {
        return new Worker(null, null, null, null, null, null, null, null, null, null, null, PoliticalStatus.MASSES,
                WorkerStatus.ACTIVE, null);
    }

    /** Puts a worker in the form; a stored one's ID number and mobile masked when {@code mask} (the privacy setting) says so. */
    void load(Worker w, Choice<Long> employerChoice, Choice<String> townshipChoice, boolean mask) {
        // The stored values first: the live bindings below read them as soon as the fields change.
        storedGender = w.gender();
        storedBirth = w.birthDate();
        boolean shown = w.id() == null || !mask;
        personalShown.set(shown);
        name.set(nz(w.name()));
        idNumber.set(shown ? nz(w.idNumber()) : Masking.idNumber(w.idNumber()));
        mobile.set(shown ? nz(w.mobile()) : Masking.mobile(w.mobile()));
        occupation.set(w.occupation());
        employer.set(employerChoice);
        employerText = employerChoice == null ? w.employerText() : null;
        township.set(townshipChoice);
        townshipText = townshipChoice == null ? w.townshipText() : null;
        unmatched.set(describeUnmatched());
        politicalStatus.set(w.politicalStatus());
        status.set(w.status());
        notes.set(nz(w.notes()));
        loaded(w.id());
    }

    @Override
    protected void clear() {
        load(blank(), null, null, false);
    }

    /** After a logged reveal: the full values, now editable; the form is not dirty for it. */
    void reveal(String fullId, String fullMobile) {
        Worker before = baseline();
        idNumber.set(nz(fullId));
        mobile.set(nz(fullMobile));
        personalShown.set(true);
        rebase(new Worker(before.id(), fullId, before.name(), before.gender(), before.birthDate(), fullMobile,
                before.occupation(), before.employerId(), before.employerText(), before.townshipCode(),
                before.townshipText(), before.politicalStatus(), before.status(), before.notes()));
    }

    /**
     * What the form says. While the personal numbers are masked the worker carries the masked
     * text, and the save puts the stored values back in their place.
     */
    @Override
    protected Worker toRecord(Long id) {
        String idValue;
        Gender gender = storedGender;
        LocalDate birth = storedBirth;
        if (personalShown.get()) {
            var checked = IdNumber.check(idNumber.get());
            idValue = checked.value().map(IdNumber::value).orElse(Text.trimmedOrNull(idNumber.get()));
            if (checked.isOk()) {
                gender = checked.get().gender();
                birth = checked.get().birthDate();
            }
        } else {
            idValue = idNumber.get();
        }
        String mobileValue = personalShown.get()
                ? Mobile.check(mobile.get()).value().map(Mobile::value).orElse(Text.trimmedOrNull(mobile.get()))
                : Text.trimmedOrNull(mobile.get());
        Choice<Long> e = employer.get();
        Choice<String> t = township.get();
        return new Worker(id, idValue, Text.trimmedOrNull(name.get()), gender, birth, mobileValue, occupation.get(),
                e == null ? null : e.key(), e == null ? employerText : null, t == null ? null : t.key(),
                t == null ? townshipText : null, politicalStatus.get(), status.get(), Text.trimmedOrNull(notes.get()));
    }

    private String describeDerived() {
        if (personalShown.get()) {
            var checked = IdNumber.check(idNumber.get());
            if (!checked.isOk()) {
                return Text.isBlank(idNumber.get()) ? "" : Messages.get("people.derivedPending");
            }
            return Messages.get("people.derived", Messages.label(checked.get().gender()),
                    Formats.date(checked.get().birthDate()));
        }
        // Masked: the birth date is part of what the mask hides, so only the age shows.
        return storedGender == null && storedBirth == null ? ""
                : Messages.get("people.derivedMasked", Messages.label(storedGender),
                storedBirth == null ? "" : String.valueOf(Period.between(storedBirth, today.get()).getYears()));
    }

    /** Whether the ID number and mobile are shown in full (a new worker, or after a reveal). */
    ReadOnlyBooleanProperty personalShownProperty() {
        return personalShown.getReadOnlyProperty();
    }

    /** What a sender typed for employer or township that matched no record (单位待匹配 / 区划待匹配), or "". */
    ReadOnlyStringProperty unmatchedProperty() {
        return unmatched.getReadOnlyProperty();
    }

    private String describeUnmatched() {
        StringBuilder b = new StringBuilder();
        if (!Text.isBlank(employerText)) {
            b.append(Messages.get("people.unmatchedEmployer", employerText));
        }
        if (!Text.isBlank(townshipText)) {
            b.append(b.length() > 0 ? "\n" : "").append(Messages.get("people.unmatchedTownship", townshipText));
        }
        return b.toString();
    }

    @Override
    protected void relocalize() {
        super.relocalize();
        derived.invalidate();
        unmatched.set(describeUnmatched());
    }

    StringBinding idError() {
        return idError;
    }

    StringBinding mobileError() {
        return mobileError;
    }

    /** "男 · 1986-04-12" as the ID number says, live while it is typed. */
    StringBinding derived() {
        return derived;
    }
}
