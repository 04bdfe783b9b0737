package org.xinye.ledger.ui.records;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Session;

/**
 * The record a record page shows in its form: which stored one (its id) or a new one, its
 * title, and its reads. A read answered after another record was asked for is dropped; a
 * record gone meanwhile is let go of.
 */
final class ShownRecord {
    final ObjectProperty<Long> id = new SimpleObjectProperty<>(this, "selectedId");
    final BooleanProperty creating = new SimpleBooleanProperty(this, "creating");
    final ReadOnlyBooleanWrapper hasRecord = new ReadOnlyBooleanWrapper(this, "hasRecord");
    final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final RecordForm<?> form;
    private final HistoryModel history;
    private final Runnable clearSections;
    private long generation;

    /** @param clearSections empties what the page shows beside the form and the history */
    ShownRecord(RecordForm<?> form, HistoryModel history, Runnable clearSections) {
        this.form = form;
        this.history = history;
        this.clearSections = clearSections;
        hasRecord.bind(id.isNotNull().or(creating));
    }

    /**
     * Reads record {@code recordId} ({@code query} answers null when it is gone) with its history
     * in the background and shows it ({@code intoForm}: the form takes it too, no longer new).
     */
    <D> void read(RecordEdits changes, ZoneId zone, long recordId, boolean intoForm, Function<Session, D> query,
                  Consumer<D> show) {
        long token = ++generation;
        Key key = changes.key(recordId);
        changes.read(s -> {
            D detail = query.apply(s);
            return detail == null ? null : new Detail<>(detail, HistoryModel.read(s, key, zone));
        }, d -> {
            if (token != generation) {
                return;
            }
            if (d == null) {
                id.set(null);
                clear();
                return;
            }
            show.accept(d.record());
            if (intoForm) {
                creating.set(false);
            }
            history.show(d.history());
        });
    }

    private record Detail<D>(D record, List<HistoryModel.Line> history) {
    }

    /** Empties the form, the title, the page's sections and the history; no new record either. */
    void clear() {
        form.clear();
        creating.set(false);
        title.set("");
        clearSections.run();
        history.clear();
    }

    /** Shows no record: earlier reads are dropped. */
    void none() {
        id.set(null);
        ++generation;
        clear();
    }

    /** Shows an empty form for a new record titled {@code newTitle}. */
    void startNew(String newTitle) {
        none();
        creating.set(true);
        title.set(newTitle);
    }

    /** Whether the form holds edits not yet saved. */
    boolean isDirty() {
        return (id.get() != null || creating.get()) && form.isDirty();
    }
}
