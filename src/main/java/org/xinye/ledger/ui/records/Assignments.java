package org.xinye.ledger.ui.records;

import java.time.LocalDate;
import java.util.List;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.ui.support.Formats;

/**
 * Ending and removing an instructor's assignment to a unit, the same from either end: the
 * 企业 page (a unit's instructors) and the 指导员 page (an instructor's units). The edit is
 * logged on the page's own record first, then on the other end.
 */
public final class Assignments {
    private Assignments() {
    }

    /** Ends an assignment today (or on its first day, if that is still to come); it stays in the record. */
    public static void end(RecordPageModel<?, ?> page, AssignmentRow row) {
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
        page.changes.edit(EditAction.END_ASSIGNMENT, keys(page, id, row), s -> s.instructors().updateAssignment(
                new Assignment(row.id(), row.instructorId(), row.enterpriseId(), row.from(), end)),
                Messages.get("units.ended", row.instructor(), row.unit()));
    }

    /** Removes an assignment made by mistake (its visits stay in the log). */
    public static void remove(RecordPageModel<?, ?> page, AssignmentRow row) {
        Long id = page.selectedId();
        if (id == null || row == null || !page.changes.confirm("units.removeAssignmentTitle",
                Messages.get("units.removeAssignmentQuestion", row.instructor(), row.unit()))) {
            return;
        }
        page.changes.edit(EditAction.REMOVE_ASSIGNMENT, keys(page, id, row), s -> s.instructors().deleteAssignment(row.id()),
                Messages.get("units.assignmentRemoved", row.instructor(), row.unit()));
    }

    private static List<Key> keys(RecordPageModel<?, ?> page, long id, AssignmentRow row) {
        return page.changes.keys(id, page.changes.aggregate() == Aggregate.ENTERPRISE ? Key.of(Aggregate.INSTRUCTOR, row.instructorId())
                : Key.of(Aggregate.ENTERPRISE, row.enterpriseId()));
    }
}
