package org.xinye.ledger.ui.orgs;

import java.time.LocalDate;
import java.util.function.Supplier;
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
import org.xinye.ledger.ui.records.MaskedText;
import org.xinye.ledger.ui.records.RecordForm;

/** The edit form of one party organization. */
public final class PartyOrgForm extends RecordForm<PartyOrg> {
    final ObjectProperty<OrgLevel> level = new SimpleObjectProperty<>(this, "level", OrgLevel.BRANCH);
    final ObjectProperty<OrgForm> form = new SimpleObjectProperty<>(this, "form", OrgForm.SINGLE);
    final ObjectProperty<Choice<Long>> parent = new SimpleObjectProperty<>(this, "parent");
    final ObjectProperty<Choice<String>> region = new SimpleObjectProperty<>(this, "region");
    final StringProperty secretary = new SimpleStringProperty(this, "secretary", "");
    final MaskedText contact = new MaskedText(this, "contact");
    final ObjectProperty<LocalDate> established = new SimpleObjectProperty<>(this, "established");
    final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final StringBinding establishedError;

    PartyOrgForm(Supplier<LocalDate> today) {
        super(blank(), PartyOrg::id);
        watch(level, form, parent, region, secretary, contact.textProperty(), contact.shownProperty(), established, active,
                notes);
        establishedError = error(established, d -> FieldChecks.notFuture(d, today.get()));
    }

    private static PartyOrg blank() {
        return PartyOrg.of(null, OrgLevel.BRANCH, OrgForm.SINGLE, null);
    }

    /** Puts a stored org in the form; {@code mask}: the privacy setting, which hides a mobile in the contact. */
    void load(PartyOrg o, Choice<Long> parentChoice, Choice<String> regionChoice, boolean mask) {
        name.set(nz(o.name()));
        level.set(o.level());
        form.set(o.form());
        parent.set(parentChoice);
        region.set(regionChoice);
        secretary.set(nz(o.secretary()));
        contact.load(o.contact(), mask);
        established.set(o.established());
        active.set(o.active());
        notes.set(nz(o.notes()));
        loaded(o.id());
    }

    @Override
    protected void clear() {
        load(blank(), null, null, false);
    }

    @Override
    protected PartyOrg toRecord(Long id) {
        return new PartyOrg(id, Text.trimmedOrNull(name.get()), level.get(), form.get(),
                parent.get() == null ? null : parent.get().key(), region.get() == null ? null : region.get().key(),
                Text.trimmedOrNull(secretary.get()), contact.value(), established.get(), active.get(),
                Text.trimmedOrNull(notes.get()));
    }

    StringBinding establishedError() {
        return establishedError;
    }
}
