package org.xinye.ledger.ui.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.OrgLinkRow;
import org.xinye.ledger.store.Listings.UnitImpact;
import org.xinye.ledger.store.Listings.UnitRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.HistoryModel;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 企业 page: every unit with its coverage, a search over them, and the form of the
 * selected unit with the orgs that cover it and the instructors assigned to it.
 */
public final class UnitsViewModel extends RecordPageModel {
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final FilteredList<UnitRow> visible = new FilteredList<>(units);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyLongWrapper listLoaded = new ReadOnlyLongWrapper(this, "listLoaded");
    private final UnitForm form = new UnitForm();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper(this, "coverage", "");
    private final ObservableList<Choice<Long>> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> townshipChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> orgChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> instructorChoices = FXCollections.observableArrayList();
    private final ObservableList<OrgLinkRow> coveringOrgs = FXCollections.observableArrayList();
    private final ObservableList<AssignmentRow> assignments = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> orgToLink = new SimpleObjectProperty<>(this, "orgToLink");
    private final ObjectProperty<Choice<Long>> instructorToAssign = new SimpleObjectProperty<>(this, "instructorToAssign");
    private final ObjectProperty<LocalDate> assignFrom = new SimpleObjectProperty<>(this, "assignFrom");
    private final BooleanProperty hasRecord = new SimpleBooleanProperty(this, "hasRecord");

    private record ListData(List<UnitRow> units, List<Choice<Long>> unitChoices, List<Choice<String>> townships,
                            List<Choice<Long>> orgs, List<Choice<Long>> instructors) {
    }

    private record Detail(Enterprise unit, Choice<Long> parent, Choice<String> township, CoverageStatus status,
                          List<OrgLinkRow> orgs, List<AssignmentRow> assignments, List<HistoryModel.Line> history,
                          boolean mask) {
    }

    public UnitsViewModel(Workspace workspace, EditStack edits) {
        super(workspace, edits);
        search.addListener((o, a, b) -> visible.setPredicate(matcher(b)));
        hasRecord.bind(selectedIdProperty().isNotNull().or(creating));
        assignFrom.set(workspace.today());
    }

    // ---- loading ----

    @Override
    protected void loadList(BooleanSupplier current) {
        workspace.read(Messages.get("task.loadingUnits"), s -> new ListData(s.listings().units(),
                s.listings().unitChoices(), s.listings().townshipChoices(), s.listings().orgChoices(),
                s.listings().instructorChoices()), d -> {
                    if (!current.getAsBoolean()) {
                        return;
                    }
                    units.setAll(d.units());
                    replaceIfChanged(unitChoices, d.unitChoices());
                    replaceIfChanged(townshipChoices, d.townships());
                    replaceIfChanged(orgChoices, d.orgs());
                    replaceIfChanged(instructorChoices, d.instructors());
                    listLoaded.set(listLoaded.get() + 1);
                });
    }

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        long token = nextDetail();
        LocalDate today = workspace.today();
        var zone = workspace.clock().getZone();
        workspace.read(Messages.get("task.loadingUnits"), s -> s.enterprises().get(id).map(e -> new Detail(e,
                s.listings().unitChoice(e.parentId()).orElse(null),
                s.listings().regionChoice(e.townshipCode()).orElse(null), s.coverage().statusOf(id),
                s.listings().coveringOrgs(id), s.listings().assignmentsOfUnit(id, today),
                HistoryModel.read(s, Key.of(Aggregate.ENTERPRISE, id), zone), Privacy.masking(s))).orElse(null), d -> {
                    if (!isCurrentDetail(token)) {
                        return;
                    }
                    if (d == null) {
                        selectedIdProperty().set(null);
                        clearDetail();
                        return;
                    }
                    if (intoForm) {
                        form.load(d.unit(), d.parent(), d.township(), d.mask());
                        creating.set(false);
                    }
                    title.set(d.unit().name());
                    coverage.set(Messages.label(d.status()));
                    coveringOrgs.setAll(d.orgs());
                    assignments.setAll(d.assignments());
                    history.show(d.history());
                });
    }

    @Override
    protected void clearDetail() {
        form.clear();
        creating.set(false);
        title.set("");
        coverage.set("");
        coveringOrgs.clear();
        assignments.clear();
        history.clear();
    }

    @Override
    protected void relocalize() {
        if (creating.get()) {
            title.set(Messages.get("units.newTitle"));
        }
        form.relocalize();
    }

    @Override
    protected void prepareNew() {
        creating.set(true);
        title.set(Messages.get("units.newTitle"));
    }

    @Override
    protected void onOpened(long id) {
        if (units.stream().anyMatch(u -> u.id() == id) && visible.stream().noneMatch(u -> u.id() == id)) {
            search.set("");
        }
    }

    @Override
    public boolean isDirty() {
        return (selectedId() != null || creating.get()) && form.isDirty();
    }

    @Override
    public boolean isNew() {
        return creating.get();
    }

    @Override
    protected String currentName() {
        String n = Text.trimmedOrNull(form.name.get());
        return n == null ? Messages.get("units.unnamed") : n;
    }

    @Override
    protected Aggregate aggregate() {
        return Aggregate.ENTERPRISE;
    }

    private static Predicate<UnitRow> matcher(String text) {
        String t = Text.clean(text).toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        return u -> contains(u.name(), t) || contains(u.creditCode(), t) || contains(u.township(), t)
                || contains(u.county(), t) || contains(u.orgs(), t) || contains(u.instructors(), t);
    }

    /** Compared after the same normalization as the search text: full-width （二） matches a typed (二). */
    private static boolean contains(String s, String upper) {
        return s != null && Text.clean(s).toUpperCase(Locale.ROOT).contains(upper);
    }

    // ---- commands ----

    /** Saves the form: a new unit or the selected one. Invalid input is not saved; the fields say why. */
    public void save() {
        Long id = selectedId();
        if (id == null && !creating.get()) {
            return;
        }
        if (!form.validate()) {
            notice(Messages.get("records.fixErrors"));
            return;
        }
        if (id != null && !form.isDirty()) {
            notice(Messages.get("records.unchanged"));
            return;
        }
        Enterprise e = form.toEnterprise(id);
        String description = Messages.get(id == null ? "units.created" : "units.updated", e.name());
        workspace.write(Messages.get("task.saving"), s -> {
            refuseDuplicateCode(s, e);
            refuseParentCycle(s, e);
            if (id == null) {
                ChangeLog.Created c = s.changes().create(Aggregate.ENTERPRISE, () -> s.enterprises().insert(e));
                return new long[] {c.id(), c.changeId()};
            }
            return new long[] {id, s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.ENTERPRISE, id),
                    () -> s.enterprises().update(e))};
        }, r -> {
            creating.set(false);
            edited(r[1], description);
            selectedIdProperty().set(r[0]);
            loadDetail(r[0], true);
        });
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

    /** A unit cannot sit under itself, however many levels up. */
    private static void refuseParentCycle(Session s, Enterprise e) {
        Long p = e.parentId();
        for (int depth = 0; p != null && depth < 100; depth++) {
            if (p.equals(e.id())) {
                throw new StoreException(StoreException.Kind.CONSTRAINT, "units.parentCycle", null);
            }
            p = s.enterprises().get(p).map(Enterprise::parentId).orElse(null);
        }
    }

    /** 显示: the whole contact phone of this unit, noted in the audit log. */
    public void revealContact() {
        if (!form.contactPhone.shownProperty().get()) {
            revealSelected(form.contactPhone::reveal);
        }
    }

    /** Throws away the edits in the form (Esc). */
    public void cancel() {
        if (creating.get()) {
            creating.set(false);
            clearDetail();
            notice("");
            return;
        }
        Long id = selectedId();
        if (id != null && form.isDirty()) {
            loadDetail(id, true);
            notice(Messages.get("records.reverted"));
        }
    }

    /** Deletes the selected unit after saying what goes with it; undo brings all of it back. */
    public void delete() {
        Long id = selectedId();
        if (id == null) {
            return;
        }
        String name = currentName();
        workspace.read(Messages.get("task.loadingUnits"), s -> s.listings().unitImpact(id), impact -> {
            if (!workspace.dialogs().confirm(Messages.get("units.deleteTitle"), deleteQuestion(name, impact))) {
                return;
            }
            workspace.write(Messages.get("task.saving"), s -> s.changes().delete(Key.of(Aggregate.ENTERPRISE, id)),
                    change -> {
                        edited(change, Messages.get("units.deleted", name));
                        selectedIdProperty().set(null);
                        nextDetail();
                        clearDetail();
                    });
        });
    }

    private static String deleteQuestion(String name, UnitImpact i) {
        return Messages.get("units.deleteQuestion", name, i.orgLinks(), i.assignments(), i.visits(), i.workers(),
                i.childUnits());
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
        String unitName = title.get();
        workspace.read(Messages.get("task.loadingUnits"), s -> {
            PartyOrg o = s.orgs().get(org.key()).orElseThrow();
            return new Object[] {o, s.orgs().coveredCount(o.id())};
        }, r -> {
            PartyOrg o = (PartyOrg) r[0];
            int after = (Integer) r[1] + 1;
            if (CoverageRules.jointOrgOverLimit(o.form(), after) && !workspace.dialogs().confirm(
                    Messages.get("orgs.overLimitTitle"), Messages.get("orgs.overLimit", o.name(), after,
                            CoverageRules.JOINT_ORG_UNIT_LIMIT))) {
                return;
            }
            workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.LINK_ORG.name(),
                    List.of(Key.of(Aggregate.ENTERPRISE, id), Key.of(Aggregate.PARTY_ORG, o.id())),
                    () -> s.orgs().cover(o.id(), id)), change -> {
                        edited(change, Messages.get("units.linked", unitName, o.name()));
                        orgToLink.set(null);
                    });
        });
    }

    public void unlinkOrg(OrgLinkRow row) {
        Long id = selectedId();
        if (id == null || row == null) {
            return;
        }
        String unitName = title.get();
        if (!workspace.dialogs().confirm(Messages.get("units.unlinkTitle"), Messages.get("units.unlinkQuestion",
                row.name(), unitName))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.UNLINK_ORG.name(),
                List.of(Key.of(Aggregate.ENTERPRISE, id), Key.of(Aggregate.PARTY_ORG, row.orgId())),
                () -> s.orgs().uncover(row.orgId(), id)),
                change -> edited(change, Messages.get("units.unlinked", unitName, row.name())));
    }

    /** Assigns the chosen instructor from the chosen date; the unit is then work-covered if no org covers it. */
    public void assign() {
        Long id = selectedId();
        Choice<Long> who = instructorToAssign.get();
        if (id == null || who == null) {
            return;
        }
        if (assignments.stream().anyMatch(a -> a.instructorId() == who.key() && a.to() == null)) {
            notice(Messages.get("units.alreadyAssigned", who.label()));
            return;
        }
        LocalDate from = assignFrom.get() == null ? workspace.today() : assignFrom.get();
        String unitName = title.get();
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.ASSIGN.name(),
                List.of(Key.of(Aggregate.ENTERPRISE, id), Key.of(Aggregate.INSTRUCTOR, who.key())),
                () -> s.instructors().assign(new Assignment(null, who.key(), id, from, null))), change -> {
                    edited(change, Messages.get("units.assigned", unitName, who.label()));
                    instructorToAssign.set(null);
                });
    }

    /** Ends an assignment today (kept in the record, no longer counting for work coverage). */
    public void endAssignment(AssignmentRow row) {
        Long id = selectedId();
        if (id == null || row == null || row.to() != null) {
            return;
        }
        LocalDate today = workspace.today();
        LocalDate end = row.from() != null && row.from().isAfter(today) ? row.from() : today;
        if (!workspace.dialogs().confirm(Messages.get("units.endTitle"),
                Messages.get("units.endQuestion", row.instructor(), row.unit(), Formats.date(end)))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.END_ASSIGNMENT.name(),
                List.of(Key.of(Aggregate.ENTERPRISE, id), Key.of(Aggregate.INSTRUCTOR, row.instructorId())),
                () -> s.instructors().updateAssignment(new Assignment(row.id(), row.instructorId(), id, row.from(), end))),
                change -> edited(change, Messages.get("units.ended", row.instructor(), row.unit())));
    }

    /** Removes an assignment made by mistake (visits stay in the log). */
    public void removeAssignment(AssignmentRow row) {
        Long id = selectedId();
        if (id == null || row == null) {
            return;
        }
        if (!workspace.dialogs().confirm(Messages.get("units.removeAssignmentTitle"),
                Messages.get("units.removeAssignmentQuestion", row.instructor(), row.unit()))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.REMOVE_ASSIGNMENT.name(),
                List.of(Key.of(Aggregate.ENTERPRISE, id), Key.of(Aggregate.INSTRUCTOR, row.instructorId())),
                () -> s.instructors().deleteAssignment(row.id())),
                change -> edited(change, Messages.get("units.assignmentRemoved", row.instructor(), row.unit())));
    }

    /**
     * 导出…: the units the table lists now. The search and the column filters work on names
     * as the user reads them (full-width brackets match typed ones), which SQL cannot repeat,
     * so a narrowed list travels as its row ids.
     */
    public void export(List<UnitRow> shown) {
        Map<String, String> filter = shown.size() == units.size() ? Map.of() : Map.of("ids", ExportAction.ids(shown, UnitRow::id));
        new ExportAction(workspace, TableExport.Table.ENTERPRISES, () -> filter).run();
    }

    // ---- properties ----

    public ObservableList<UnitRow> units() {
        return units;
    }

    /** The units the search lets through (the table's column filters narrow further). */
    public FilteredList<UnitRow> visibleUnits() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Moves after every list load, so the view can put the selection back. */
    public ReadOnlyLongProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    public UnitForm form() {
        return form;
    }

    /** True while the form shows a unit (stored or new). */
    public BooleanProperty hasRecordProperty() {
        return hasRecord;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The selected unit's coverage with its sub-kind, as the rules classify it now. */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ObservableList<Choice<Long>> unitChoices() {
        return unitChoices;
    }

    public ObservableList<Choice<String>> townshipChoices() {
        return townshipChoices;
    }

    public ObservableList<Choice<Long>> orgChoices() {
        return orgChoices;
    }

    public ObservableList<Choice<Long>> instructorChoices() {
        return instructorChoices;
    }

    public ObservableList<OrgLinkRow> coveringOrgs() {
        return coveringOrgs;
    }

    public ObservableList<AssignmentRow> assignments() {
        return assignments;
    }

    public ObjectProperty<Choice<Long>> orgToLinkProperty() {
        return orgToLink;
    }

    public ObjectProperty<Choice<Long>> instructorToAssignProperty() {
        return instructorToAssign;
    }

    public ObjectProperty<LocalDate> assignFromProperty() {
        return assignFrom;
    }

    /** Whether an org of this form with this many units is over the joint-org limit (for the list's warning). */
    public static boolean overLimit(OrgForm form, int units) {
        return CoverageRules.jointOrgOverLimit(form, units);
    }
}
