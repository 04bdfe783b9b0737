package org.xinye.ledger.ui.people;

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
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.support.Formats;

/** A party member's org relation (组织关系) and mobile-member certificate, edited and saved on its own. */
public final class MembershipForm {
    final ObjectProperty<Choice<Long>> org = new SimpleObjectProperty<>(this, "org");
    final ObjectProperty<RelationStatus> relation = new SimpleObjectProperty<>(this, "relation", RelationStatus.TRANSFERRED_IN);
    final StringProperty homeOrg = new SimpleStringProperty(this, "homeOrg", "");
    final StringProperty certNo = new SimpleStringProperty(this, "certNo", "");
    final ObjectProperty<LocalDate> certDate = new SimpleObjectProperty<>(this, "certDate");
    final ObjectProperty<LocalDate> lastCheck = new SimpleObjectProperty<>(this, "lastCheck");
    final ObjectProperty<LocalDate> joined = new SimpleObjectProperty<>(this, "joined");

    private final ObjectProperty<Membership> baseline = new SimpleObjectProperty<>(this, "baseline");
    private final BooleanProperty recorded = new SimpleBooleanProperty(this, "recorded");
    private final Supplier<LocalDate> today;
    private final BooleanBinding dirty;
    private final StringBinding datesError;
    private final StringBinding state;
    private long workerId;
    /** The 党组织 an import kept as typed (党组织待匹配); it stays until an org is chosen here. */
    private String orgText;

    MembershipForm(Supplier<LocalDate> today) {
        this.today = today;
        Observable[] all = {org, relation, homeOrg, certNo, certDate, lastCheck, joined, baseline, recorded};
        dirty = Bindings.createBooleanBinding(() -> !recorded.get() || !Objects.equals(toMembership(), baseline.get()), all);
        datesError = Bindings.createStringBinding(() -> FieldChecks.notFuture(certDate.get(), today.get())
                .or(() -> FieldChecks.notFuture(lastCheck.get(), today.get()))
                .or(() -> FieldChecks.period(certDate.get(), lastCheck.get()))
                .or(() -> FieldChecks.notFuture(joined.get(), today.get()))
                .map(p -> p.message()).orElse(null), certDate, lastCheck, joined);
        state = Bindings.createStringBinding(this::describe, all);
    }

    /** Loads a member's relation; {@code m} null: none recorded yet (the form starts as 已转入). */
    void load(long worker, Membership m, Choice<Long> orgChoice) {
        workerId = worker;
        orgText = m == null ? null : m.orgText();
        recorded.set(m != null);
        Membership shown = m != null ? m
                : new Membership(worker, null, RelationStatus.TRANSFERRED_IN, null, null, null, null, null);
        org.set(orgChoice);
        relation.set(shown.relationStatus());
        homeOrg.set(nz(shown.homeOrg()));
        certNo.set(nz(shown.mobileCertNo()));
        certDate.set(shown.mobileCertDate());
        lastCheck.set(shown.lastAnnualCheck());
        joined.set(shown.joinedDate());
        baseline.set(m == null ? null : toMembership());
    }

    Membership toMembership() {
        return new Membership(workerId, org.get() == null ? null : org.get().key(), relation.get(),
                Text.trimmedOrNull(homeOrg.get()), Text.trimmedOrNull(certNo.get()), certDate.get(), lastCheck.get(),
                joined.get(), org.get() == null ? orgText : null);
    }

    boolean valid() {
        return datesError.get() == null;
    }

    /** What the rules say about this relation now: missing, or a mobile member's next annual check. */
    private String describe() {
        Membership m = toMembership();
        if (!m.isRecorded()) {
            return Messages.get("people.relationMissing");
        }
        if (m.relationStatus() == RelationStatus.MOBILE) {
            LocalDate due = CoverageRules.annualCheckDueDate(m.mobileCertDate(), m.lastAnnualCheck());
            if (due == null) {
                return Messages.get("people.certMissing");
            }
            return Messages.get(CoverageRules.annualCheckDue(m, today.get()) ? "people.checkDueSoon" : "people.checkDue",
                    Formats.date(due));
        }
        return "";
    }


    /** After a language switch: the messages say it again in the new language. */
    void relocalize() {
        datesError.invalidate();
        state.invalidate();
    }

    BooleanBinding dirtyBinding() {
        return dirty;
    }

    StringBinding datesError() {
        return datesError;
    }

    /** A line on the relation's standing (null-free; empty when there is nothing to say). */
    StringBinding state() {
        return state;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
