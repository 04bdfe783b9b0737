package org.xinye.ledger.ui.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.OrgLinkRow;
import org.xinye.ledger.store.Listings.UnitRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.ui.records.Assignments;
import org.xinye.ledger.ui.records.Choices;
import org.xinye.ledger.ui.records.RecordList;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordEdits;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 企业 page: every unit with its coverage, a search over them, and the form of the
 * selected unit with the orgs that cover it and the instructors assigned to it.
 */
public final class UnitsViewModel extends RecordPageModel<Enterprise, UnitForm> {
    private static final Texts TEXTS = new Texts("task.loadingUnits", "units.newTitle", "units.unnamed",
            "units.created", "units.updated", "units.deleteTitle", "units.deleted");

    private final RecordList<UnitRow> units = new RecordList<>(TableExport.Table.ENTERPRISES, UnitRow::id,
            s -> s.listings().units(),
            u -> new String[] {u.name(), u.creditCode(), u.township(), u.county(), u.orgs(), u.instructors()});
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper(this, "coverage", "");
    private final ObservableList<OrgLinkRow> coveringOrgs = FXCollections.observableArrayList();
    private final Assignments assignments = new Assignments(this);
    private final ObjectProperty<Choice<Long>> orgToLink = new SimpleObjectProperty<>(this, "orgToLink");

    private record Detail(Enterprise unit, Choice<Long> parent, Choice<String> township, CoverageStatus status,
                          List<OrgLinkRow> orgs, List<AssignmentRow> assignments, boolean mask) {
    }

    public UnitsViewModel(Workspace workspace, EditStack edits) {
        super(workspace, edits, new UnitForm(), Aggregate.ENTERPRISE, TEXTS, new Choices(Choices.Kind.UNITS,
                Choices.Kind.TOWNSHIPS, Choices.Kind.ORGS, Choices.Kind.INSTRUCTORS));
        lists(units);
    }

    // ---- loading ----

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        LocalDate today = workspace.today();
        readDetail(id, intoForm, s -> s.enterprises().get(id).map(e -> new Detail(e,
                s.listings().unitChoice(e.parentId()).orElse(null),
                s.listings().regionChoice(e.townshipCode()).orElse(null), s.coverage().statusOf(id),
                s.listings().coveringOrgs(id), s.listings().assignmentsOfUnit(id, today), Privacy.masking(s)))
                .orElse(null), d -> {
                    if (intoForm) {
                        form.load(d.unit(), d.parent(), d.township(), d.mask());
                    }
                    showTitle(d.unit().name());
                    coverage.set(Messages.label(d.status()));
                    coveringOrgs.setAll(d.orgs());
                    assignments.rows().setAll(d.assignments());
                });
    }

    @Override
    protected void clearSections() {
        coverage.set("");
        coveringOrgs.clear();
        assignments.rows().clear();
    }

    // ---- commands ----

    @Override
    protected Function<Session, long[]> saving(Long id, Enterprise e) {
        return s -> {
            refuseDuplicateCode(s, e);
            RecordEdits.refuseParentCycle(e.id(), e.parentId(), p -> s.enterprises().get(p).map(Enterprise::parentId).orElse(null),
                    "units.parentCycle");
            return changes.createOrUpdate(s, id, () -> s.enterprises().insert(e), () -> s.enterprises().update(e));
        };
    }

    private static void refuseDuplicateCode(Session s, Enterprise e) {
        if (e.creditCode() == null) {
            return;
        }
        s.enterprises().byCreditCode(e.creditCode()).filter(other -> !Objects.equals(other.id(), e.id()))
                .ifPresent(other -> {
                    throw new StoreException(StoreException.Kind.CONSTRAINT, "units.duplicateCode", null,
                            e.creditCode(), other.name());
                });
    }

    /** 显示: the whole contact phone of this unit, noted in the audit log. */
    public void revealContact() {
        if (!form.contactPhone.shownProperty().get()) {
            revealSelected(form.contactPhone::reveal);
        }
    }

    @Override
    protected void askDelete(long id, String name, Consumer<String> ask) {
        changes.read(s -> s.listings().unitImpact(id), i -> ask.accept(Formats.counted("units.deleteQuestion", name,
                i.orgLinks(), i.assignments(), i.visits(), i.workers(), i.childUnits())));
    }

    /** Links the chosen org to the unit; a joint org that would cover more than five units is confirmed first. */
    public void linkOrg() {
        Long id = selectedId();
        Choice<Long> org = orgToLink.get();
        if (id == null || org == null) {
            return;
        }
        if (coveringOrgs.stream().anyMatch(o -> o.orgId() == org.key())) {
            notice(Messages.get("units.alreadyLinked", org.label()));
            return;
        }
        String unitName = title();
        changes.read(s -> {
            PartyOrg o = s.orgs().get(org.key()).orElseThrow();
            return new Object[] {o, s.orgs().coveredCount(o.id())};
        }, r -> {
            PartyOrg o = (PartyOrg) r[0];
            int after = (Integer) r[1] + 1;
            if (CoverageRules.jointOrgOverLimit(o.form(), after) && !changes.confirm("orgs.overLimitTitle",
                    Formats.counted("orgs.overLimit", o.name(), after, CoverageRules.JOINT_ORG_UNIT_LIMIT))) {
                return;
            }
            changes.edit(EditAction.LINK_ORG, changes.keys(id, Key.of(Aggregate.PARTY_ORG, o.id())), s -> s.orgs().cover(o.id(), id),
                    Messages.get("units.linked", unitName, o.name()), () -> orgToLink.set(null));
        });
    }

    public void unlinkOrg(OrgLinkRow row) {
        Long id = selectedId();
        if (id == null || row == null) {
            return;
        }
        String unitName = title();
        if (!changes.confirm("units.unlinkTitle", Messages.get("units.unlinkQuestion", row.name(), unitName))) {
            return;
        }
        changes.edit(EditAction.UNLINK_ORG, changes.keys(id, Key.of(Aggregate.PARTY_ORG, row.orgId())),
                s -> s.orgs().uncover(row.orgId(), id), Messages.get("units.unlinked", unitName, row.name()));
    }

    // ---- properties ----

    /** The list of units, its search and its export. */
    public RecordList<UnitRow> units() {
        return units;
    }

    /** The selected unit's coverage with its sub-kind, as the rules classify it now. */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ObservableList<OrgLinkRow> coveringOrgs() {
        return coveringOrgs;
    }

    /** The unit's instructors: assign, end, remove ({@link Assignments}). */
    public Assignments assignments() {
        return assignments;
    }

    public ObjectProperty<Choice<Long>> orgToLinkProperty() {
        return orgToLink;
    }

    /** Whether an org of this form with this many units is over the joint-org limit (for the list's warning). */
    public static boolean overLimit(OrgForm form, int units) {
        return CoverageRules.jointOrgOverLimit(form, units);
    }
}
