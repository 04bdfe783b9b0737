package org.xinye.ledger.ui.records;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.support.Formats;

/**
 * The assignments of the record a page shows, the same from either end: the 企业 page (a unit's
 * instructors) and the 指导员 page (an instructor's units). Assigning picks the other end and a
 * first day; ending and removing act on a row. Each edit is logged on the page's own record
 * first, then on the other end. Shown by {@link AssignmentsPane}.
 */
public final class Assignments {
    private final RecordPageModel<?, ?> page;
    /** The page is the 企业 page (the other end is an instructor), not the 指导员 page. */
    private final boolean unitPage;
    private final ObservableList<AssignmentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> toAssign = new SimpleObjectProperty<>(this, "toAssign");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");

    public Assignments(RecordPageModel<?, ?> page) {
        this.page = page;
        this.unitPage = page.changes.aggregate() == Aggregate.ENTERPRISE;
        from.set(page.workspace.today());
    }

    /** The shown record's assignments, as the page last read them. */
    public ObservableList<AssignmentRow> rows() {
        return rows;
    }

    /** The other end to assign (an instructor on the 企业 page, a unit on the 指导员 page). */
    public ObjectProperty<Choice<Long>> toAssignProperty() {
        return toAssign;
    }

    /** The first day of the next assignment (today unless chosen). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /**
     * Assigns the chosen other end from the chosen day; a unit is then work-covered if no org
     * covers it. An open assignment of the same two is refused with a notice.
     */
    public void assign() {
        Long id = page.selectedId();
        Choice<Long> other = toAssign.get();
        if (id == null || other == null) {
            return;
        }
        if (rows.stream().anyMatch(a -> (unitPage ? a.instructorId() : a.enterpriseId()) == other.key() && a.to() == null)) {
            page.notice(Messages.get(unitPage ? "units.alreadyAssigned" : "instructors.alreadyAssigned", other.label()));
            return;
        }
        LocalDate first = from.get() == null ? page.workspace.today() : from.get();
        Assignment made = unitPage ? new Assignment(null, other.key(), id, first, null)
                : new Assignment(null, id, other.key(), first, null);
        String unit = unitPage ? page.title() : other.label();
        String instructor = unitPage ? other.label() : page.title();
        page.changes.edit(EditAction.ASSIGN, page.changes.keys(id, Key.of(unitPage ? Aggregate.INSTRUCTOR
                : Aggregate.ENTERPRISE, other.key())), s -> s.instructors().assign(made),
                Messages.get("units.assigned", unit, instructor), () -> toAssign.set(null));
    }

    /** Ends an assignment today (or on its first day, if that is still to come); it stays in the record. */
    public void end(AssignmentRow row) {
        Long id = page.selectedId();
        if (id == null || row == null || row.to() != null) {
            return;
        }
        LocalDate today = page.workspace.today();
        LocalDate end = row.from() != null && row.from().isAfter(today) ? row.from() : today;
        if (!page.changes.confirm("units.endTitle", Messages.get("units.endQuestion", row.instructor(), row.unit(),
                Formats.date(end)))) {
            return;
        }
        page.changes.edit(EditAction.END_ASSIGNMENT, keys(id, row), s -> s.instructors().updateAssignment(
                new Assignment(row.id(), row.instructorId(), row.enterpriseId(), row.from(), end)),
                Messages.get("units.ended", row.instructor(), row.unit()));
    }

    /** Removes an assignment made by mistake (its visits stay in the log). */
    public void remove(AssignmentRow row) {
        Long id = page.selectedId();
        if (id == null || row == null || !page.changes.confirm("units.removeAssignmentTitle",
                Messages.get("units.removeAssignmentQuestion", row.instructor(), row.unit()))) {
            return;
        }
        page.changes.edit(EditAction.REMOVE_ASSIGNMENT, keys(id, row), s -> s.instructors().deleteAssignment(row.id()),
                Messages.get("units.assignmentRemoved", row.instructor(), row.unit()));
    }

    private List<Key> keys(long id, AssignmentRow row) {
        return page.changes.keys(id, unitPage ? Key.of(Aggregate.INSTRUCTOR, row.instructorId())
                : Key.of(Aggregate.ENTERPRISE, row.enterpriseId()));
    }
}
