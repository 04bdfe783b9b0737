package org.xinye.ledger.ui.records;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.ui.support.Freshness;
import org.xinye.ledger.ui.support.LanguageAware;
import org.xinye.ledger.ui.support.Workspace;

/**
 * What every record page shares: reloading when the ledger changes (at once while shown,
 * on return otherwise), one selected record in a form with a dirty-form guard, new / save /
 * cancel / delete, undo, history and a notice line that says what just happened. A page adds
 * what is special about its kind of record: how it reads and shows it, how a save writes it
 * and what a delete takes with it.
 *
 * @param <T> the page's record
 * @param <F> the form that edits it
 */
public abstract class RecordPageModel<T, F extends RecordForm<T>> implements LanguageAware {
    /**
     * The bundle keys a page speaks of its records with: the title of its reads, a new record's
     * title, an unnamed record, the notices after a save or a delete, the delete question's title.
     */
    public record Texts(String loading, String newTitle, String unnamed, String created, String updated,
                        String deleteTitle, String deleted) {
    }

    protected final Workspace workspace;
    protected final EditStack edits;
    protected final F form;
    protected final HistoryModel history = new HistoryModel();
    /** What the form's pickers choose from, read with the list. */
    protected final Choices choices;
    /** Reads and writes for this page, and its notice line. */
    protected final RecordEdits changes;
    private final Texts texts;
    private final ShownRecord shown;
    private final ReadOnlyLongWrapper listLoaded = new ReadOnlyLongWrapper(this, "listLoaded");
    private final Freshness freshness;
    private long listGeneration;
    /** The list the page {@link #lists}, if it is a {@link RecordList}. */
    private RecordList<?> recordList;

    protected RecordPageModel(Workspace workspace, EditStack edits, F form, Aggregate aggregate, Texts texts,
                              Choices choices) {
        this.workspace = workspace;
        this.choices = choices;
        this.edits = edits;
        this.form = form;
        this.changes = new RecordEdits(workspace, edits, aggregate, texts.loading());
        this.texts = texts;
        shown = new ShownRecord(form, history, this::clearSections);
        freshness = new Freshness(workspace, this::reload);
    }

    /** The page is on screen (true) or not; a page coming back after changes elsewhere reloads. */
    public final void setActive(boolean now) {
        if (freshness.isActive() && !now) {
            // What the page said belongs to the work done there; it is stale when the user comes back.
            notice("");
        }
        freshness.setActive(now);
    }

    /** Reloads the list and, unless the user is in the middle of editing it, the selected record. */
    public final void reload() {
        freshness.loaded();
        if (workspace.ledger() == null) {
            return;
        }
        long generation = ++listGeneration;
        loadList(() -> generation == listGeneration);
        Long id = shown.id.get();
        if (id != null) {
            loadDetail(id, !isDirty());
        }
    }

    /** The notice told what just happened in the other language; the rest is said again in the new one. */
    @Override
    public final void languageChanged() {
        notice("");
        if (shown.creating.get()) {
            shown.title.set(Messages.get(texts.newTitle()));
        }
        form.relocalize();
        relocalize();
    }

    /** Hook: says again what else the page holds in the window's language (beside the title and the form). */
    protected void relocalize() {
    }

    /**
     * The page lists {@code list} (called from its constructor): {@link #loadList} reads it and
     * {@link #onOpened} lets an opened record through its search. A page without one reads its
     * own list and overrides both.
     */
    protected final void lists(RecordList<?> list) {
        recordList = list;
    }

    /**
     * Reads the list in the background ({@link #readList}); {@code current} says whether the
     * result is still wanted. By default the rows of the list the page {@link #lists}.
     */
    protected void loadList(BooleanSupplier current) {
        readInto(current, recordList);
    }

    private <R> void readInto(BooleanSupplier current, RecordList<R> list) {
        readList(current, list::read, list.rows()::setAll);
    }

    /** Reads one record ({@link #readDetail}); {@code intoForm}: also put it in the form (false keeps the user's unsaved edits). */
    protected abstract void loadDetail(long id, boolean intoForm);

    /** Hook: empties what the page shows beside the form and the history, for "no record" or a new one. */
    protected void clearSections() {
    }

    /**
     * How a save writes the form's record: built on the FX thread (so it may take what it needs
     * from the form), run in the background in one transaction, answering the record's id and
     * the change's ({@link #createOrUpdate} for the usual case).
     */
    protected abstract Function<Session, long[]> saving(Long id, T record);

    /** Says what a delete of the record takes with it, then lets {@code ask} put the question (once, on the FX thread). */
    protected abstract void askDelete(long id, String name, Consumer<String> ask);

    /** Hook: runs after this page deleted a record. */
    protected void afterDelete() {
    }

    /**
     * Hook: a page with a filtered list makes sure the opened record is visible; by default the
     * search of the list the page {@link #lists} is emptied when it hides the record.
     */
    protected void onOpened(long id) {
        if (recordList != null && recordList.hides(id)) {
            recordList.searchProperty().set("");
        }
    }

    // ---- the list and the selected record ----

    /**
     * Reads the page's list with its pickers' {@link #choices} in the background and shows them
     * if still wanted; {@link #listLoadedProperty} moves then.
     */
    protected final <L> void readList(BooleanSupplier current, Function<Session, L> query, Consumer<L> show) {
        changes.read(s -> new Listed<>(query.apply(s), choices.read(s)), listed -> {
            if (current.getAsBoolean()) {
                choices.show(listed.choices());
                show.accept(listed.list());
                listLoaded.set(listLoaded.get() + 1);
            }
        });
    }

    private record Listed<L>(L list, Choices.Read choices) {
    }

    /**
     * Reads a record ({@code query} answers null when it is gone) with its history in the
     * background and shows it, unless another record was asked for meanwhile. A record gone
     * since is let go of.
     */
    protected final <D> void readDetail(long id, boolean intoForm, Function<Session, D> query, Consumer<D> show) {
        shown.read(changes, workspace.clock().getZone(), id, intoForm, query, show);
    }

    /**
     * Shows another record (null: none). Unsaved edits are only thrown away after asking;
     * false when the user chose to keep editing.
     */
    public boolean select(Long id) {
        if (Objects.equals(id, shown.id.get()) && !isNew()) {
            return true;
        }
        if (!confirmDiscard()) {
            return false;
        }
        if (!Objects.equals(id, shown.id.get())) {
            // A notice about the record left behind would read as if it were about this one.
            notice("");
        }
        if (id == null) {
            shown.none();
        } else {
            shown.id.set(id);
            loadDetail(id, true);
        }
        return true;
    }

    /** Opens the record a navigation asked for (its id); the list is reloaded if it is stale. */
    public void open(Object target) {
        if (target instanceof Number n) {
            if (select(n.longValue())) {
                onOpened(n.longValue());
            }
        }
    }

    private boolean confirmDiscard() {
        return !isDirty() || changes.confirm("records.discardTitle", Messages.get("records.discard", currentName()));
    }

    /** Whether the form holds edits not yet saved. */
    public final boolean isDirty() {
        return shown.isDirty();
    }

    /** Whether the form holds a record not yet saved. */
    public final boolean isNew() {
        return shown.creating.get();
    }

    /** How the user names the record now in the form, for questions and notices. */
    protected final String currentName() {
        String n = Text.trimmedOrNull(form.name.get());
        return n == null ? Messages.get(texts.unnamed()) : n;
    }

    // ---- commands ----

    /** Starts a new record in the form (after asking about unsaved edits). */
    public final void startNew() {
        if (!confirmDiscard()) {
            return;
        }
        shown.startNew(Messages.get(texts.newTitle()));
        notice(Messages.get("records.newStarted"));
    }

    /** Saves the form: a new record or the selected one. Invalid input is not saved; the fields say why. */
    public final void save() {
        Long id = selectedId();
        if (id == null && !shown.creating.get()) {
            return;
        }
        if (!form.validate()) {
            changes.problem(Messages.get("records.fixErrors"));
            return;
        }
        if (id != null && !form.isDirty()) {
            notice(Messages.get("records.unchanged"));
            return;
        }
        String description = Messages.get(id == null ? texts.created() : texts.updated(), currentName());
        changes.write(saving(id, form.toRecord(id)), r -> {
            shown.creating.set(false);
            changes.edited(r[1], description);
            shown.id.set(r[0]);
            loadDetail(r[0], true);
        });
    }

    /** Throws away the edits in the form (Esc). */
    public final void cancel() {
        if (shown.creating.get()) {
            shown.creating.set(false);
            shown.clear();
            notice("");
            return;
        }
        Long id = selectedId();
        if (id != null && form.isDirty()) {
            loadDetail(id, true);
            notice(Messages.get("records.reverted"));
        }
    }

    /** Deletes the selected record after saying what goes with it; undo brings all of it back. */
    public final void delete() {
        Long id = selectedId();
        if (id == null) {
            return;
        }
        String name = currentName();
        askDelete(id, name, question -> {
            if (!changes.confirm(texts.deleteTitle(), question)) {
                return;
            }
            changes.write(s -> s.changes().delete(changes.key(id)), change -> {
                changes.edited(change, Messages.get(texts.deleted(), name));
                shown.none();
                afterDelete();
            });
        });
    }

    /** Reverts the last edit made in this window, then shows the record it brought back if it is one of ours. */
    public void undo() {
        edits.undoLast(undone -> {
            for (Key k : undone.keys()) {
                if (k.aggregate() == changes.aggregate()) {
                    shown.id.set(null);
                    select(k.id());
                    break;
                }
            }
            changes.success(Messages.get("records.undone"));
        });
    }

    /**
     * Notes in the audit log that this user looked at the selected record's masked personal
     * numbers, then lets {@code show} put them in the form. Only that record: the next one
     * opens masked again.
     */
    protected final void revealSelected(Runnable show) {
        revealSelected(s -> null, nothing -> show.run());
    }

    /** As {@link #revealSelected(Runnable)}, for numbers the form does not hold: {@code read} reads them with the note. */
    protected final <R> void revealSelected(Function<Session, R> read, Consumer<R> show) {
        Reveal.selected(this, read, show);
    }

    // ---- properties ----

    public ObjectProperty<Long> selectedIdProperty() {
        return shown.id;
    }

    public Long selectedId() {
        return shown.id.get();
    }

    public F form() {
        return form;
    }

    /** What the form's pickers choose from. */
    public Choices choices() {
        return choices;
    }

    /** True while the form shows a record (stored or new). */
    public ReadOnlyBooleanProperty hasRecordProperty() {
        return shown.hasRecord.getReadOnlyProperty();
    }

    /** The selected record's name, or what a new one is called. */
    public ReadOnlyStringProperty titleProperty() {
        return shown.title.getReadOnlyProperty();
    }

    protected final String title() {
        return shown.title.get();
    }

    protected final void showTitle(String name) {
        shown.title.set(name);
    }

    /** Moves after every list load, so the view can put the selection back. */
    public ReadOnlyLongProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return changes.noticeProperty();
    }

    /** Whether the notice says something done, a problem, or a plain note (its colour). */
    public ReadOnlyObjectProperty<RecordEdits.NoticeKind> noticeKindProperty() {
        return changes.noticeKindProperty();
    }

    protected final void notice(String text) {
        changes.notice(text);
    }

    public HistoryModel history() {
        return history;
    }

    public EditStack edits() {
        return edits;
    }
}
