package org.xinye.ledger.ui.instructors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.Visit;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.InstructorRow;
import org.xinye.ledger.store.Listings.VisitRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.HistoryModel;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 指导员 page: instructors and liaisons, the units each is assigned to with the last
 * visit to each, and the visit log.
 */
public final class InstructorsViewModel extends RecordPageModel {
    private final Navigator navigator;
    private final ObservableList<InstructorRow> instructors = FXCollections.observableArrayList();
    private final FilteredList<InstructorRow> visible = new FilteredList<>(instructors);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyLongWrapper listLoaded = new ReadOnlyLongWrapper(this, "listLoaded");
    private final InstructorForm form = new InstructorForm();
    private final BooleanProperty creating = new SimpleBooleanProperty(this, "creating");
    private final BooleanProperty hasRecord = new SimpleBooleanProperty(this, "hasRecord");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<Choice<Long>> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<AssignmentRow> assignments = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> visitUnits = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> unitToAssign = new SimpleObjectProperty<>(this, "unitToAssign");
    private final ObjectProperty<LocalDate> assignFrom = new SimpleObjectProperty<>(this, "assignFrom");
    private final ObjectProperty<Choice<Long>> visitUnit = new SimpleObjectProperty<>(this, "visitUnit");
    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>(this, "visitDate");
    private final StringProperty visitNote = new SimpleStringProperty(this, "visitNote", "");

    private record ListData(List<InstructorRow> rows, List<Choice<Long>> units) {
    }

    private record Detail(Instructor instructor, List<AssignmentRow> assignments, List<VisitRow> visits,
                          List<HistoryModel.Line> history, boolean mask) {
    }

    public InstructorsViewModel(Workspace workspace, EditStack edits, Navigator navigator) {
        super(workspace, edits);
        this.navigator = navigator;
        hasRecord.bind(selectedIdProperty().isNotNull().or(creating));
        search.addListener((o, a, b) -> {
            String t = Text.clean(b).toUpperCase(Locale.ROOT);
            visible.setPredicate(t.isEmpty() ? null : r -> Text.clean(r.name()).toUpperCase(Locale.ROOT).contains(t)
                    || Text.clean(r.homeUnit()).toUpperCase(Locale.ROOT).contains(t));
        });
        assignFrom.set(workspace.today());
        visitDate.set(workspace.today());
    }

    /** 显示: the instructor's whole mobile, noted in the audit log. */
    public void revealMobile() {
        if (!form.mobile.shownProperty().get()) {
            revealSelected(form.mobile::reveal);
        }
    }

    /** 导出…: the instructors the search lets through (all when it is empty). */
    public void export() {
        Map<String, String> filter = visible.size() == instructors.size() ? Map.of()
                : Map.of("ids", ExportAction.ids(visible, InstructorRow::id));
        new ExportAction(workspace, TableExport.Table.INSTRUCTORS, () -> filter).run();
    }

    @Override
    protected void loadList(BooleanSupplier current) {
        workspace.read(Messages.get("task.loadingInstructors"), s -> new ListData(s.listings().instructors(),
                s.listings().unitChoices()), d -> {
                    if (!current.getAsBoolean()) {
                        return;
                    }
                    instructors.setAll(d.rows());
                    replaceIfChanged(unitChoices, d.units());
                    listLoaded.set(listLoaded.get() + 1);
                });
    }

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        long token = nextDetail();
        LocalDate today = workspace.today();
        var zone = workspace.clock().getZone();
        workspace.read(Messages.get("task.loadingInstructors"), s -> s.instructors().get(id).map(i -> new Detail(i,
                s.listings().assignmentsOfInstructor(id, today), s.listings().visits(id),
                HistoryModel.read(s, Key.of(Aggregate.INSTRUCTOR, id), zone), Privacy.masking(s))).orElse(null), d -> {
                    if (!isCurrentDetail(token)) {
                        return;
                    }
                    if (d == null) {
                        selectedIdProperty().set(null);
                        clearDetail();
                        return;
                    }
                    if (intoForm) {
                        form.load(d.instructor(), d.mask());
                        creating.set(false);
                    }
                    title.set(d.instructor().name());
                    assignments.setAll(d.assignments());
                    visits.setAll(d.visits());
                    // Visits are logged against the units the instructor is (or was) assigned to.
                    replaceIfChanged(visitUnits, d.assignments().stream().map(a -> new Choice<>(a.enterpriseId(), a.unit()))
                            .distinct().toList());
                    if (visitUnit.get() == null && visitUnits.size() == 1) {
                        visitUnit.set(visitUnits.get(0));
                    }
                    history.show(d.history());
                });
    }

    @Override
    protected void clearDetail() {
        form.clear();
        creating.set(false);
        title.set("");
        assignments.clear();
        visits.clear();
        visitUnits.clear();
        visitUnit.set(null);
        history.clear();
    }

    @Override
    protected void relocalize() {
        if (creating.get()) {
            title.set(Messages.get("instructors.newTitle"));
        }
        form.relocalize();
    }

    @Override
    protected void prepareNew() {
        creating.set(true);
        title.set(Messages.get("instructors.newTitle"));
    }

    @Override
    protected void onOpened(long id) {
        search.set("");
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
        return n == null ? Messages.get("instructors.unnamed") : n;
    }

    @Override
    protected Aggregate aggregate() {
        return Aggregate.INSTRUCTOR;
    }

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
        Instructor i = form.toInstructor(id);
        String description = Messages.get(id == null ? "instructors.created" : "instructors.updated", i.name());
        workspace.write(Messages.get("task.saving"), s -> {
            if (id == null) {
                ChangeLog.Created c = s.changes().create(Aggregate.INSTRUCTOR, () -> s.instructors().insert(i));
                return new long[] {c.id(), c.changeId()};
            }
            return new long[] {id, s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.INSTRUCTOR, id),
                    () -> s.instructors().update(i))};
        }, r -> {
            creating.set(false);
            edited(r[1], description);
            selectedIdProperty().set(r[0]);
            loadDetail(r[0], true);
        });
    }

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

    public void delete() {
        Long id = selectedId();
        if (id == null) {
            return;
        }
        String name = currentName();
        if (!workspace.dialogs().confirm(Messages.get("instructors.deleteTitle"),
                Messages.get("instructors.deleteQuestion", name, assignments.size(), visits.size()))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().delete(Key.of(Aggregate.INSTRUCTOR, id)), change -> {
            edited(change, Messages.get("instructors.deleted", name));
            selectedIdProperty().set(null);
            nextDetail();
            clearDetail();
        });
    }

    /** Assigns the instructor to the chosen unit from the chosen date. */
    public void assign() {
        Long id = selectedId();
        Choice<Long> unit = unitToAssign.get();
        if (id == null || unit == null) {
            return;
        }
        if (assignments.stream().anyMatch(a -> a.enterpriseId() == unit.key() && a.to() == null)) {
            notice(Messages.get("instructors.alreadyAssigned", unit.label()));
            return;
        }
        LocalDate from = assignFrom.get() == null ? workspace.today() : assignFrom.get();
        String name = title.get();
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.ASSIGN.name(),
                List.of(Key.of(Aggregate.INSTRUCTOR, id), Key.of(Aggregate.ENTERPRISE, unit.key())),
                () -> s.instructors().assign(new Assignment(null, id, unit.key(), from, null))), change -> {
                    edited(change, Messages.get("units.assigned", unit.label(), name));
                    unitToAssign.set(null);
                });
    }

    public void endAssignment(AssignmentRow row) {
        Long id = selectedId();
        if (id == null || row == null || row.to() != null) {
            return;
        }
        LocalDate today = workspace.today();
        LocalDate end = row.from() != null && row.from().isAfter(today) ? row.from() : today;
        if (!workspace.dialogs().confirm(Messages.get("units.endTitle"), Messages.get("units.endQuestion",
                row.instructor(), row.unit(), Formats.date(end)))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.END_ASSIGNMENT.name(),
                List.of(Key.of(Aggregate.INSTRUCTOR, id), Key.of(Aggregate.ENTERPRISE, row.enterpriseId())),
                () -> s.instructors().updateAssignment(new Assignment(row.id(), id, row.enterpriseId(), row.from(), end))),
                change -> edited(change, Messages.get("units.ended", row.instructor(), row.unit())));
    }

    public void removeAssignment(AssignmentRow row) {
        Long id = selectedId();
        if (id == null || row == null || !workspace.dialogs().confirm(Messages.get("units.removeAssignmentTitle"),
                Messages.get("units.removeAssignmentQuestion", row.instructor(), row.unit()))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.REMOVE_ASSIGNMENT.name(),
                List.of(Key.of(Aggregate.INSTRUCTOR, id), Key.of(Aggregate.ENTERPRISE, row.enterpriseId())),
                () -> s.instructors().deleteAssignment(row.id())),
                change -> edited(change, Messages.get("units.assignmentRemoved", row.instructor(), row.unit())));
    }

    /** What is wrong with the visit being entered, or null. */
    public String visitProblem() {
        if (visitUnit.get() == null) {
            return Messages.get("instructors.visitUnitRequired");
        }
        if (visitDate.get() == null) {
            return Messages.get("instructors.visitDateRequired");
        }
        return FieldChecks.notFuture(visitDate.get(), workspace.today()).map(Problem::message).orElse(null);
    }

    /** Logs a visit; the unit's last-visit date and the overdue list follow. */
    public void addVisit() {
        Long id = selectedId();
        String problem = visitProblem();
        if (id == null || problem != null) {
            notice(problem == null ? "" : problem);
            return;
        }
        Choice<Long> unit = visitUnit.get();
        LocalDate date = visitDate.get();
        String note = Text.trimmedOrNull(visitNote.get());
        String name = title.get();
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.ADD_VISIT.name(),
                List.of(Key.of(Aggregate.INSTRUCTOR, id), Key.of(Aggregate.ENTERPRISE, unit.key())),
                () -> s.instructors().addVisit(new Visit(null, id, unit.key(), date, note))), change -> {
                    edited(change, Messages.get("instructors.visitAdded", name, unit.label(),
                            Formats.date(date)));
                    visitNote.set("");
                });
    }

    public void removeVisit(VisitRow row) {
        Long id = selectedId();
        if (id == null || row == null || !workspace.dialogs().confirm(Messages.get("people.removeTitle"),
                Messages.get("instructors.removeVisit", Formats.date(row.date()), row.unit()))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().edit(EditAction.REMOVE_VISIT.name(),
                List.of(Key.of(Aggregate.INSTRUCTOR, id), Key.of(Aggregate.ENTERPRISE, row.enterpriseId())),
                () -> s.instructors().deleteVisit(row.id())),
                change -> edited(change, Messages.get("instructors.visitRemoved", title.get(), row.unit())));
    }

    public void openUnit(long enterpriseId) {
        navigator.go(PageId.UNITS, enterpriseId);
    }

    // ---- properties ----

    public FilteredList<InstructorRow> visibleInstructors() {
        return visible;
    }

    public ObservableList<InstructorRow> instructors() {
        return instructors;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyLongProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    public InstructorForm form() {
        return form;
    }

    public BooleanProperty hasRecordProperty() {
        return hasRecord;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Choice<Long>> unitChoices() {
        return unitChoices;
    }

    public ObservableList<AssignmentRow> assignments() {
        return assignments;
    }

    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ObservableList<Choice<Long>> visitUnits() {
        return visitUnits;
    }

    public ObjectProperty<Choice<Long>> unitToAssignProperty() {
        return unitToAssign;
    }

    public ObjectProperty<LocalDate> assignFromProperty() {
        return assignFrom;
    }

    public ObjectProperty<Choice<Long>> visitUnitProperty() {
        return visitUnit;
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return visitDate;
    }

    public StringProperty visitNoteProperty() {
        return visitNote;
    }
}
