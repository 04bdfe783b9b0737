package org.xinye.ledger.ui.records;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.support.LanguageAware;
import org.xinye.ledger.ui.support.Workspace;

/**
 * What every record page shares: reloading when the ledger changes (at once while shown,
 * on return otherwise), one selected record with a dirty-form guard, undo, history and a
 * notice line that says what just happened.
 */
public abstract class RecordPageModel implements LanguageAware {
    protected final Workspace workspace;
    protected final EditStack edits;
    protected final HistoryModel history = new HistoryModel();
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private boolean active;
    private boolean stale = true;
    private long listGeneration;
    private long detailGeneration;

    protected RecordPageModel(Workspace workspace, EditStack edits) {
        this.workspace = workspace;
        this.edits = edits;
        workspace.revisionProperty().addListener((o, a, b) -> {
            if (active) {
                reload();
            } else {
                stale = true;
            }
        });
    }

    /** The page is on screen (true) or not; a page coming back after changes elsewhere reloads. */
    public final void setActive(boolean now) {
        active = now;
        if (now && stale) {
            reload();
        }
    }

    /** Reloads the list and, unless the user is in the middle of editing it, the selected record. */
    public final void reload() {
        stale = false;
        if (workspace.ledger() == null) {
            return;
        }
        long generation = ++listGeneration;
        loadList(() -> generation == listGeneration);
        Long id = selectedId.get();
        if (id != null) {
            loadDetail(id, !isDirty());
        }
    }

    /** The notice told what just happened in the other language; the rest is said again by {@link #relocalize}. */
    @Override
    public final void languageChanged() {
        notice("");
        relocalize();
    }

    /** Says again what the page holds in the window's language: a new record's title, the form's messages. */
    protected abstract void relocalize();

    /** Reads the list in the background; {@code current} says whether the result is still wanted. */
    protected abstract void loadList(BooleanSupplier current);

    /** Reads one record; {@code intoForm}: also put it in the form (false keeps the user's unsaved edits). */
    protected abstract void loadDetail(long id, boolean intoForm);

    /** Empties the detail for "no record" or a new one. */
    protected abstract void clearDetail();

    /** Whether the form holds edits not yet saved. */
    public abstract boolean isDirty();

    /** How the user names the record now in the form, for questions and notices. */
    protected abstract String currentName();

    /** The record kind of this page. */
    protected abstract Aggregate aggregate();

    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    public Long selectedId() {
        return selectedId.get();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    protected void notice(String text) {
        notice.set(text);
    }

    public HistoryModel history() {
        return history;
    }

    public EditStack edits() {
        return edits;
    }

    /** A token for one detail load; results of an older load are dropped. */
    protected final long nextDetail() {
        return ++detailGeneration;
    }

    protected final boolean isCurrentDetail(long token) {
        return token == detailGeneration;
    }

    /**
     * Shows another record (null: none). Unsaved edits are only thrown away after asking;
     * false when the user chose to keep editing.
     */
    public boolean select(Long id) {
        if (Objects.equals(id, selectedId.get()) && !isNew()) {
            return true;
        }
        if (!confirmDiscard()) {
            return false;
        }
        selectedId.set(id);
        if (id == null) {
            nextDetail();
            clearDetail();
        } else {
            loadDetail(id, true);
        }
        return true;
    }

    /** Whether the form holds a record not yet saved. */
    public abstract boolean isNew();

    /** Starts a new record in the form (after asking about unsaved edits). */
    public final void startNew() {
        if (!confirmDiscard()) {
            return;
        }
        selectedId.set(null);
        nextDetail();
        clearDetail();
        prepareNew();
        notice(Messages.get("records.newStarted"));
    }

    protected abstract void prepareNew();

    protected final boolean confirmDiscard() {
        return !isDirty() || workspace.dialogs().confirm(Messages.get("records.discardTitle"),
                Messages.get("records.discard", currentName()));
    }

    /** Opens the record a navigation asked for (its id); the list is reloaded if it is stale. */
    public void open(Object target) {
        if (target instanceof Number n) {
            if (select(n.longValue())) {
                onOpened(n.longValue());
            }
        }
    }

    /** Hook: a page with a filtered list makes sure the opened record is visible. */
    protected void onOpened(long id) {
    }

    /** Reverts the last edit made in this window, then shows the record it brought back if it is one of ours. */
    public void undo() {
        edits.undoLast(undone -> {
            notice(Messages.get("records.undone"));
            for (ChangeLog.Key k : undone.keys()) {
                if (k.aggregate() == aggregate()) {
                    afterUndo(k.id());
                    return;
                }
            }
        });
    }

    /** After an undo of one of this page's records: show it (if it still exists) in its restored state. */
    protected void afterUndo(long id) {
        selectedId.set(null);
        select(id);
    }

    /**
     * Notes in the audit log that this user looked at the selected record's masked personal
     * numbers, then lets {@code show} put them in the form. Only that record: the next one
     * opens masked again.
     */
    protected final void revealSelected(Runnable show) {
        Long id = selectedId();
        Ledger ledger = workspace.ledger();
        if (id == null || ledger == null) {
            return;
        }
        ChangeLog.Key key = ChangeLog.Key.of(aggregate(), id);
        // Not workspace.write: nothing any page shows has changed, and a reload would mask the form again.
        workspace.background().submit(Messages.get("task.saving"), p -> {
            ledger.writing(s -> s.changes().reveal(key));
            return id;
        }, shownId -> {
            if (Objects.equals(selectedId(), shownId)) {
                show.run();
                notice(Messages.get("records.revealed"));
                loadDetail(shownId, false);
            }
        }, workspace::fail);
    }

    /** Runs after a committed edit: remembers it for undo and says what happened. */
    protected void edited(long changeId, String description) {
        edits.push(changeId, description);
        notice(changeId > 0 ? Messages.get("records.saved", description) : Messages.get("records.unchanged"));
    }

    protected static <T> void replaceIfChanged(ObservableList<T> list, List<T> fresh) {
        if (!list.equals(fresh)) {
            list.setAll(fresh);
        }
    }
}
