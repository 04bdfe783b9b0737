package org.xinye.ledger.ui.orgs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
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
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.records.Checks;
import org.xinye.ledger.ui.records.MaskedText;

/** The edit form of one party organization. */
public final class PartyOrgForm {
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final ObjectProperty<OrgLevel> level = new SimpleObjectProperty<>(this, "level", OrgLevel.BRANCH);
    final ObjectProperty<OrgForm> form = new SimpleObjectProperty<>(this, "form", OrgForm.SINGLE);
    final ObjectProperty<Choice<Long>> parent = new SimpleObjectProperty<>(this, "parent");
    final ObjectProperty<Choice<String>> region = new SimpleObjectProperty<>(this, "region");
    final StringProperty secretary = new SimpleStringProperty(this, "secretary", "");
    final MaskedText contact = new MaskedText(this, "contact");
    final ObjectProperty<LocalDate> established = new SimpleObjectProperty<>(this, "established");
    final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final ObjectProperty<PartyOrg> baseline = new SimpleObjectProperty<>(this, "baseline", blank());
    private final BooleanProperty attempted = new SimpleBooleanProperty(this, "attempted");
    private final Supplier<LocalDate> today;
    private final BooleanBinding dirty;
    private final StringBinding nameError;
    private final StringBinding establishedError;

    PartyOrgForm(Supplier<LocalDate> today) {
        this.today = today;
        Observable[] all = {name, level, form, parent, region, secretary, contact.textProperty(), contact.shownProperty(),
                established, active, notes, baseline};
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(toOrg(), baseline.get()), all);
        BooleanBinding show = attempted.or(dirty);
        nameError = Checks.error(name, show, FieldChecks::required);
        establishedError = Checks.error(established, show, d -> FieldChecks.notFuture(d, today.get()));
    }

    private static PartyOrg blank() {
        return PartyOrg.of(null, OrgLevel.BRANCH, OrgForm.SINGLE, null);
    }

    /** Puts a stored org in the form; {@code mask}: the privacy setting, which hides a mobile in the contact. */
    void load(PartyOrg o, Choice<Long> parentChoice, Choice<String> regionChoice, boolean mask) {
        name.set(o.name() == null ? "" : o.name());
        level.set(o.level());
        form.set(o.form());
        parent.set(parentChoice);
        region.set(regionChoice);
        secretary.set(o.secretary() == null ? "" : o.secretary());
        contact.load(o.contact(), mask);
        established.set(o.established());
        active.set(o.active());
        notes.set(o.notes() == null ? "" : o.notes());
        attempted.set(false);
        baseline.set(toOrg(o.id()));
    }

    void clear() {
        load(blank(), null, null, false);
    }

    PartyOrg toOrg(Long id) {
        return new PartyOrg(id, Text.trimmedOrNull(name.get()), level.get(), form.get(),
                parent.get() == null ? null : parent.get().key(), region.get() == null ? null : region.get().key(),
                Text.trimmedOrNull(secretary.get()), contact.value(), established.get(), active.get(),
                Text.trimmedOrNull(notes.get()));
    }

    private PartyOrg toOrg() {
        return toOrg(baseline.get() == null ? null : baseline.get().id());
    }

    boolean validate() {
        attempted.set(true);
        return Checks.passes(name, FieldChecks::required)
                && FieldChecks.notFuture(established.get(), today.get()).isEmpty();
    }


    /** After a language switch: the messages say it again in the new language. */
    void relocalize() {
        nameError.invalidate();
        establishedError.invalidate();
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

    StringBinding establishedError() {
        return establishedError;
    }
}
