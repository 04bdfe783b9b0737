package org.xinye.ledger.ui.people;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Designation;
import org.xinye.ledger.domain.DesignationKind;
import org.xinye.ledger.domain.DoubleReport;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgLife;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.DesignationRow;
import org.xinye.ledger.store.Listings.DoubleReportRow;
import org.xinye.ledger.store.Listings.OrgLifeRow;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.RecordEdits;

/**
 * A party member's sections of the 人员 page: the org relation (组织关系), org life in other orgs
 * (一方隶属、多重组织生活), 双报到 and designations, each added or removed as one undoable edit of
 * the selected person.
 */
public final class MemberSections {
    private final RecordEdits changes;
    private final Supplier<Long> selected;
    private final Supplier<String> name;
    private final LongConsumer reload;
    private final Supplier<LocalDate> today;
    private final MembershipForm membership;
    private final ReadOnlyBooleanWrapper partyMember = new ReadOnlyBooleanWrapper(this, "partyMember");
    private final ObservableList<OrgLifeRow> orgLife = FXCollections.observableArrayList();
    private final ObservableList<DoubleReportRow> doubleReports = FXCollections.observableArrayList();
    private final ObservableList<DesignationRow> designations = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> orgLifeOrg = new SimpleObjectProperty<>(this, "orgLifeOrg");
    private final ObjectProperty<LocalDate> orgLifeFrom = new SimpleObjectProperty<>(this, "orgLifeFrom");
    private final StringProperty reportCommunity = new SimpleStringProperty(this, "reportCommunity", "");
    private final ObjectProperty<LocalDate> reportDate = new SimpleObjectProperty<>(this, "reportDate");
    private final ObjectProperty<DesignationKind> designationKind = new SimpleObjectProperty<>(this, "designationKind",
            DesignationKind.PIONEER_POST);
    private final StringProperty designationTitle = new SimpleStringProperty(this, "designationTitle", "");
    private final StringProperty designationYear = new SimpleStringProperty(this, "designationYear", "");

    /**
     * @param selected the selected person's id (null: none)
     * @param name     the selected person's name, for the notices
     * @param reload   reads the person again into the page (after the relation was saved)
     */
    MemberSections(RecordEdits changes, Supplier<Long> selected, Supplier<String> name, LongConsumer reload,
                   Supplier<LocalDate> today) {
        this.changes = changes;
        this.selected = selected;
        this.name = name;
        this.reload = reload;
        this.today = today;
        membership = new MembershipForm(today);
        orgLifeFrom.set(today.get());
        reportDate.set(today.get());
        designationYear.set(String.valueOf(today.get().getYear()));
    }

    /** Shows a stored person's sections; {@code intoForm}: the relation's form too (false keeps its edits). */
    void show(long id, boolean member, Membership m, Choice<Long> org, List<OrgLifeRow> life,
              List<DoubleReportRow> reports, List<DesignationRow> titles, boolean intoForm) {
        if (intoForm) {
            membership.load(id, m, org);
        }
        partyMember.set(member);
        orgLife.setAll(life);
        doubleReports.setAll(reports);
        designations.setAll(titles);
    }

    void clear() {
        membership.load(0, null, null);
        partyMember.set(false);
        orgLife.clear();
        doubleReports.clear();
        designations.clear();
    }

    public void saveMembership() {
        Long id = selected.get();
        if (id == null || !membership.valid()) {
            return;
        }
        Membership m = membership.toMembership();
        changes.edit(EditAction.MEMBERSHIP, changes.keys(id), s -> s.memberships().save(m),
                Messages.get("people.membershipSaved", name.get()), () -> reload.accept(id));
    }

    public void addOrgLife() {
        Long id = selected.get();
        Choice<Long> org = orgLifeOrg.get();
        if (id == null || org == null) {
            return;
        }
        LocalDate from = orgLifeFrom.get();
        changes.edit(EditAction.ADD_ORG_LIFE, changes.keys(id, Key.of(Aggregate.PARTY_ORG, org.key())),
                s -> s.memberships().addOrgLife(new OrgLife(null, id, org.key(), from, null)),
                Messages.get("people.orgLifeAdded", name.get(), org.label()), () -> orgLifeOrg.set(null));
    }

    public void removeOrgLife(OrgLifeRow row) {
        Long id = selected.get();
        if (id == null || row == null || !changes.confirm("people.removeTitle",
                Messages.get("people.removeOrgLife", row.org()))) {
            return;
        }
        changes.edit(EditAction.REMOVE_ORG_LIFE, changes.keys(id, Key.of(Aggregate.PARTY_ORG, row.orgId())),
                s -> s.memberships().deleteOrgLife(row.id()), Messages.get("people.orgLifeRemoved", name.get(), row.org()),
                () -> { });
    }

    /** The problem with the double-report inputs, or null. */
    public String reportProblem() {
        if (Text.isBlank(reportCommunity.get())) {
            return Messages.get("people.communityRequired");
        }
        return FieldChecks.notFuture(reportDate.get(), today.get()).map(Problem::message).orElse(null);
    }

    public void addDoubleReport() {
        Long id = selected.get();
        String problem = reportProblem();
        if (id == null || problem != null) {
            changes.problem(problem == null ? "" : problem);
            return;
        }
        String community = Text.trimmedOrNull(reportCommunity.get());
        LocalDate date = reportDate.get();
        changes.edit(EditAction.ADD_DOUBLE_REPORT, changes.keys(id),
                s -> s.memberships().addDoubleReport(new DoubleReport(null, id, null, null, community, date)),
                Messages.get("people.reportAdded", name.get(), community), () -> reportCommunity.set(""));
    }

    public void removeDoubleReport(DoubleReportRow row) {
        Long id = selected.get();
        if (id == null || row == null || !changes.confirm("people.removeTitle",
                Messages.get("people.removeReport", row.community()))) {
            return;
        }
        changes.edit(EditAction.REMOVE_DOUBLE_REPORT, changes.keys(id), s -> s.memberships().deleteDoubleReport(row.id()),
                Messages.get("people.reportRemoved", name.get(), row.community()), () -> { });
    }

    /** The problem with the designation inputs, or null. */
    public String designationProblem() {
        if (Text.isBlank(designationTitle.get())) {
            return Messages.get("people.titleRequired");
        }
        return FieldChecks.year(designationYear.get(), today.get()).map(Problem::message).orElse(null);
    }

    public void addDesignation() {
        Long id = selected.get();
        String problem = designationProblem();
        if (id == null || problem != null) {
            changes.problem(problem == null ? "" : problem);
            return;
        }
        DesignationKind kind = designationKind.get();
        String titleText = Text.trimmedOrNull(designationTitle.get());
        String y = Text.compact(designationYear.get());
        Integer year = y.isEmpty() ? null : Integer.valueOf(y);
        changes.edit(EditAction.ADD_DESIGNATION, changes.keys(id),
                s -> s.memberships().addDesignation(new Designation(null, id, kind, titleText, year, null, null)),
                Messages.get("people.designationAdded", name.get(), titleText), () -> designationTitle.set(""));
    }

    public void removeDesignation(DesignationRow row) {
        Long id = selected.get();
        if (id == null || row == null || !changes.confirm("people.removeTitle",
                Messages.get("people.removeDesignation", row.title()))) {
            return;
        }
        changes.edit(EditAction.REMOVE_DESIGNATION, changes.keys(id), s -> s.memberships().deleteDesignation(row.id()),
                Messages.get("people.designationRemoved", name.get(), row.title()), () -> { });
    }

    public MembershipForm membership() {
        return membership;
    }

    /** The stored worker is a party member (the member sections apply). */
    public ReadOnlyBooleanProperty partyMemberProperty() {
        return partyMember.getReadOnlyProperty();
    }

    public ObservableList<OrgLifeRow> orgLife() {
        return orgLife;
    }

    public ObservableList<DoubleReportRow> doubleReports() {
        return doubleReports;
    }

    public ObservableList<DesignationRow> designations() {
        return designations;
    }

    public ObjectProperty<Choice<Long>> orgLifeOrgProperty() {
        return orgLifeOrg;
    }

    public ObjectProperty<LocalDate> orgLifeFromProperty() {
        return orgLifeFrom;
    }

    public StringProperty reportCommunityProperty() {
        return reportCommunity;
    }

    public ObjectProperty<LocalDate> reportDateProperty() {
        return reportDate;
    }

    public ObjectProperty<DesignationKind> designationKindProperty() {
        return designationKind;
    }

    public StringProperty designationTitleProperty() {
        return designationTitle;
    }

    public StringProperty designationYearProperty() {
        return designationYear;
    }
}
