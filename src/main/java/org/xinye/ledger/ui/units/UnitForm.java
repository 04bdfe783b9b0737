package org.xinye.ledger.ui.units;

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
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.records.Checks;
import org.xinye.ledger.ui.records.MaskedText;

/** The edit form of one unit: its fields, their checks as the user types, and whether it differs from what is stored. */
public final class UnitForm {
    final StringProperty name = new SimpleStringProperty(this, "name", "");
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

    private final ObjectProperty<Enterprise> baseline = new SimpleObjectProperty<>(this, "baseline", blank());
    private final BooleanProperty attempted = new SimpleBooleanProperty(this, "attempted");
    private final BooleanBinding dirty;
    private final StringBinding nameError;
    private final StringBinding creditCodeError;
    private final StringBinding declaredWorkersError;

    UnitForm() {
        Observable[] all = {name, creditCode, kind, industry, parent, township, address, declaredWorkers, status, inScope,
                competentDept, responsibleUnit, partyInCharter, crossAppointment, hasUnion, hasYouthLeague,
                hasWomensFederation, contactName, contactPhone.textProperty(), contactPhone.shownProperty(), notes,
                baseline};
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(toEnterprise(), baseline.get()), all);
        BooleanBinding show = attempted.or(dirty);
        nameError = Checks.error(name, show, FieldChecks::required);
        creditCodeError = Checks.error(creditCode, show, FieldChecks::creditCode);
        declaredWorkersError = Checks.error(declaredWorkers, show, FieldChecks::count);
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
        attempted.set(false);
        baseline.set(toEnterprise(e.id()));
    }

    /** An empty form for a new unit: operating and counted, as most new units are. */
    void clear() {
        load(blank(), null, null, false);
    }

    /** What the form says, with the id of the stored unit it edits (null for a new one). */
    Enterprise toEnterprise(Long id) {
        return new Enterprise(id, Text.trimmedOrNull(name.get()), creditCodeValue(), kind.get(), industry.get(),
                parent.get() == null ? null : parent.get().key(), township.get() == null ? null : township.get().key(),
                Text.trimmedOrNull(address.get()), declaredWorkersValue(), status.get(), inScope.get(),
                Text.trimmedOrNull(competentDept.get()), Text.trimmedOrNull(responsibleUnit.get()), partyInCharter.get(),
                crossAppointment.get(), hasUnion.get(), hasYouthLeague.get(), hasWomensFederation.get(),
                Text.trimmedOrNull(contactName.get()), contactPhone.value(), Text.trimmedOrNull(notes.get()));
    }

    private Enterprise toEnterprise() {
        return toEnterprise(baseline.get() == null ? null : baseline.get().id());
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

    /** True when every field passes its check; otherwise the errors start showing. */
    boolean validate() {
        attempted.set(true);
        return Checks.passes(name, FieldChecks::required) && Checks.passes(creditCode, FieldChecks::creditCode)
                && Checks.passes(declaredWorkers, FieldChecks::count);
    }


    /** After a language switch: the messages say it again in the new language. */
    void relocalize() {
        nameError.invalidate();
        creditCodeError.invalidate();
        declaredWorkersError.invalidate();
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

    StringBinding creditCodeError() {
        return creditCodeError;
    }

    StringBinding declaredWorkersError() {
        return declaredWorkersError;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
