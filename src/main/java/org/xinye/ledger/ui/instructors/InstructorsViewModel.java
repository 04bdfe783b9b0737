package org.xinye.ledger.ui.instructors;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.Visit;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.InstructorRow;
import org.xinye.ledger.store.Listings.VisitRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.ui.records.Assignments;
import org.xinye.ledger.ui.records.Choices;
import org.xinye.ledger.ui.records.EditAction;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordList;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 指导员 page: instructors and liaisons, the units each is assigned to with the last
 * visit to each, and the visit log.
 */
public final class InstructorsViewModel extends RecordPageModel<Instructor, InstructorForm> {
    private static final Texts TEXTS = new Texts("task.loadingInstructors", "instructors.newTitle",
            "instructors.unnamed", "instructors.created", "instructors.updated", "instructors.deleteTitle",
            "instructors.deleted");

    private final Navigator navigator;
    private final RecordList<InstructorRow> instructors = new RecordList<>(TableExport.Table.INSTRUCTORS,
            InstructorRow::id, s -> s.listings().instructors(), r -> new String[] {r.name(), r.homeUnit()});
    private final Assignments assignments = new Assignments(this);
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> visitUnits = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> visitUnit = new SimpleObjectProperty<>(this, "visitUnit");
    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>(this, "visitDate");
    private final StringProperty visitNote = new SimpleStringProperty(this, "visitNote", "");

    private record Detail(Instructor instructor, List<AssignmentRow> assignments, List<VisitRow> visits, boolean mask) {
    }

    public InstructorsViewModel(Workspace workspace, EditStack edits, Navigator navigator) {
        super(workspace, edits, new InstructorForm(), Aggregate.INSTRUCTOR, TEXTS,
                new Choices(Choices.Kind.UNITS));
        this.navigator = navigator;
        visitDate.set(workspace.today());
        lists(instructors);
    }

    /** 显示: the instructor's whole mobile, noted in the audit log. */
    public void revealMobile() {
        if (!form.mobile.shownProperty().get()) {
            revealSelected(form.mobile::reveal);
        }
    }

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        LocalDate today = workspace.today();
        readDetail(id, intoForm, s -> s.instructors().get(id).map(i -> new Detail(i,
                s.listings().assignmentsOfInstructor(id, today), s.listings().visits(id), Privacy.masking(s)))
                .orElse(null), d -> {
                    if (intoForm) {
                        form.load(d.instructor(), d.mask());
                    }
                    showTitle(d.instructor().name());
                    assignments.rows().setAll(d.assignments());
                    visits.setAll(d.visits());
                    // Visits are logged against the units the instructor is (or was) assigned to.
                    Choices.replaceIfChanged(visitUnits, d.assignments().stream().map(a -> new Choice<>(a.enterpriseId(), a.unit()))
                            .distinct().toList());
                    if (visitUnit.get() == null && visitUnits.size() == 1) {
                        visitUnit.set(visitUnits.get(0));
                    }
                });
    }

    @Override
    protected void clearSections() {
        assignments.rows().clear();
        visits.clear();
        visitUnits.clear();
        visitUnit.set(null);
    }

    @Override
    protected Function<Session, long[]> saving(Long id, Instructor i) {
        return s -> changes.createOrUpdate(s, id, () -> s.instructors().insert(i), () -> s.instructors().update(i));
    }

    @Override
    protected void askDelete(long id, String name, Consumer<String> ask) {
        ask.accept(Formats.counted("instructors.deleteQuestion", name, assignments.rows().size(), visits.size()));
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
            changes.problem(problem == null ? "" : problem);
            return;
        }
        Choice<Long> unit = visitUnit.get();
        LocalDate date = visitDate.get();
        String note = Text.trimmedOrNull(visitNote.get());
        changes.edit(EditAction.ADD_VISIT, changes.keys(id, Key.of(Aggregate.ENTERPRISE, unit.key())),
                s -> s.instructors().addVisit(new Visit(null, id, unit.key(), date, note)),
                Messages.get("instructors.visitAdded", title(), unit.label(), Formats.date(date)), () -> visitNote.set(""));
    }

    public void removeVisit(VisitRow row) {
        Long id = selectedId();
        if (id == null || row == null || !changes.confirm("people.removeTitle",
                Messages.get("instructors.removeVisit", Formats.date(row.date()), row.unit()))) {
            return;
        }
        changes.edit(EditAction.REMOVE_VISIT, changes.keys(id, Key.of(Aggregate.ENTERPRISE, row.enterpriseId())),
                s -> s.instructors().deleteVisit(row.id()),
                Messages.get("instructors.visitRemoved", title(), row.unit()));
    }

    public void openUnit(long enterpriseId) {
        navigator.go(PageId.UNITS, enterpriseId);
    }

    // ---- properties ----

    /** The list of instructors, its search and its export. */
    public RecordList<InstructorRow> instructors() {
        return instructors;
    }

    /** The instructor's units: assign, end, remove ({@link Assignments}). */
    public Assignments assignments() {
        return assignments;
    }

    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ObservableList<Choice<Long>> visitUnits() {
        return visitUnits;
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
