package org.xinye.ledger.ui.units;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.records.MaskedText;
import org.xinye.ledger.ui.records.RecordForm;

/** The edit form of one unit: its fields, their checks as the user types, and whether it differs from what is stored. */
public final class UnitForm extends RecordForm<Enterprise> {
    final StringProperty creditCode = new SimpleStringProperty(this, "creditCode", "");
    final ObjectProperty<EnterpriseKind> kind = new SimpleObjectProperty<>(this, "kind", EnterpriseKind.OUTLET);
    final ObjectProperty<Industry> industry = new SimpleObjectProperty<>(this, "industry", Industry.EXPRESS);
    final ObjectProperty<Choice<Long>> parent = new SimpleObjectProperty<>(this, "parent");
    final ObjectProperty<Choice<String>> township = new SimpleObjectProperty<>(this, "township");
    final StringProperty address = new SimpleStringProperty(this, "address", "");
    final StringProperty declaredWorkers = new SimpleStringProperty(this, "declaredWorkers", "");
    final ObjectProperty<OperatingStatus> status = new SimpleObjectProperty<>(this, "status", OperatingStatus.OPERATING);
    final BooleanProperty inScope = new SimpleBooleanProperty(this, "inScope", true);
    final StringProperty competentDept = new SimpleStringProperty(this, "competentDept", "");
    final StringProperty responsibleUnit = new SimpleStringProperty(this, "responsibleUnit", "");
    final BooleanProperty partyInCharter = new SimpleBooleanProperty(this, "partyInCharter");
    final BooleanProperty crossAppointment = new SimpleBooleanProperty(this, "crossAppointment");
    final BooleanProperty hasUnion = new SimpleBooleanProperty(this, "hasUnion");
    final BooleanProperty hasYouthLeague = new SimpleBooleanProperty(this, "hasYouthLeague");
    final BooleanProperty hasWomensFederation = new SimpleBooleanProperty(this, "hasWomensFederation");
    final StringProperty contactName = new SimpleStringProperty(this, "contactName", "");
    final MaskedText contactPhone = new MaskedText(this, "contactPhone");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final StringBinding creditCodeError;
    private final StringBinding declaredWorkersError;

    UnitForm() {
        super(blank(), Enterprise::id);
        watch(creditCode, kind, industry, parent, township, address, declaredWorkers, status, inScope, competentDept,
                responsibleUnit, partyInCharter, crossAppointment, hasUnion, hasYouthLeague, hasWomensFederation,
                contactName, contactPhone.textProperty(), contactPhone.shownProperty(), notes);
        creditCodeError = error(creditCode, FieldChecks::creditCode);
        declaredWorkersError = error(declaredWorkers, FieldChecks::count);
    }

    private static Enterprise blank() {
        return Enterprise.of(null, EnterpriseKind.OUTLET, Industry.EXPRESS, null);
    }

    /**
     * Puts a stored unit in the form, with its parent and township as the pickers show them;
     * {@code mask}: the ledger's privacy setting, which hides a mobile in the contact phone.
     */
    void load(Enterprise e, Choice<Long> parentChoice, Choice<String> townshipChoice, boolean mask) {
        name.set(nz(e.name()));
        creditCode.set(nz(e.creditCode()));
        kind.set(e.kind());
        industry.set(e.industry());
        parent.set(parentChoice);
        township.set(townshipChoice);
        address.set(nz(e.address()));
        declaredWorkers.set(e.declaredWorkers() == null ? "" : e.declaredWorkers().toString());
        status.set(e.status());
        inScope.set(e.inScope());
        competentDept.set(nz(e.competentDept()));
        responsibleUnit.set(nz(e.responsibleUnit()));
        partyInCharter.set(e.partyInCharter());
        crossAppointment.set(e.crossAppointment());
        hasUnion.set(e.hasUnion());
        hasYouthLeague.set(e.hasYouthLeague());
        hasWomensFederation.set(e.hasWomensFederation());
        contactName.set(nz(e.contactName()));
        contactPhone.load(e.contactPhone(), mask);
        notes.set(nz(e.notes()));
        loaded(e.id());
    }

    /** An empty form for a new unit: operating and counted, as most new units are. */
    @Override
    protected void clear() {
        load(blank(), null, null, false);
    }

    @Override
    protected Enterprise toRecord(Long id) {
        return new Enterprise(id, Text.trimmedOrNull(name.get()), creditCodeValue(), kind.get(), industry.get(),
                parent.get() == null ? null : parent.get().key(), township.get() == null ? null : township.get().key(),
                Text.trimmedOrNull(address.get()), declaredWorkersValue(), status.get(), inScope.get(),
                Text.trimmedOrNull(competentDept.get()), Text.trimmedOrNull(responsibleUnit.get()), partyInCharter.get(),
                crossAppointment.get(), hasUnion.get(), hasYouthLeague.get(), hasWomensFederation.get(),
                Text.trimmedOrNull(contactName.get()), contactPhone.value(), Text.trimmedOrNull(notes.get()));
    }

    private String creditCodeValue() {
        String c = Text.compact(creditCode.get()).toUpperCase();
        return c.isEmpty() ? null : c;
    }

    private Integer declaredWorkersValue() {
        String s = Text.compact(declaredWorkers.get());
        try {
            return s.isEmpty() ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    StringBinding creditCodeError() {
        return creditCodeError;
    }

    StringBinding declaredWorkersError() {
        return declaredWorkersError;
    }
}
