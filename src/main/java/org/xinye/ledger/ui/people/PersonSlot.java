package org.xinye.ledger.ui.people;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.xinye.ledger.store.WorkerListing;

/**
 * One line of the 人员 table: its position, and the row once its page has been read (null
 * until then). Cells follow {@link #rowProperty()}, so a line fills in when its page arrives.
 */
public final class PersonSlot {
    private final int index;
    private final ReadOnlyObjectWrapper<WorkerListing.Row> row = new ReadOnlyObjectWrapper<>(this, "row");

    PersonSlot(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    public ReadOnlyObjectProperty<WorkerListing.Row> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public WorkerListing.Row row() {
        return row.get();
    }

    void fill(WorkerListing.Row r) {
        row.set(r);
    }
}
