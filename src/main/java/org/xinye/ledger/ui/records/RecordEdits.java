package org.xinye.ledger.ui.records;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.ui.support.Workspace;

/**
 * How a record page reads and writes its kind of record in the background: every write one
 * transaction, every edit logged under the records it touches and undoable as one, and a
 * notice line that says what just happened. A page's sections (a party member's org life,
 * a unit's coverage) write through it too.
 */
public final class RecordEdits {
    private final Workspace workspace;
    private final EditStack edits;
    private final Aggregate aggregate;
    private final String loadingKey;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<NoticeKind> noticeKind = new ReadOnlyObjectWrapper<>(this, "noticeKind",
            NoticeKind.INFO);

    /** What the notice line says: something done (shown in the success colour), a problem, or a plain note. */
    public enum NoticeKind {
        INFO, SUCCESS, PROBLEM
    }

    RecordEdits(Workspace workspace, EditStack edits, Aggregate aggregate, String loadingKey) {
        this.workspace = workspace;
        this.edits = edits;
        this.aggregate = aggregate;
        this.loadingKey = loadingKey;
    }

    /** Reads in the background with the page's task title. */
    public <R> void read(Function<Session, R> query, Consumer<R> then) {
        workspace.read(Messages.get(loadingKey), query, then);
    }

    /** Writes in the background in one transaction; every page then refreshes. */
    public <R> void write(Function<Session, R> change, Consumer<R> then) {
        workspace.write(Messages.get("task.saving"), change, then);
    }

    /**
     * Writes one change to the page's record and the records it links to ({@code keys}, the
     * page's record first), undoable as one edit; then says {@code description} and runs {@code after}.
     */
    public void edit(EditAction action, List<Key> keys, Consumer<Session> work, String description, Runnable after) {
        write(s -> s.changes().edit(action.name(), keys, () -> work.accept(s)), change -> {
            edited(change, description);
            after.run();
        });
    }

    /** As {@link #edit(EditAction, List, Consumer, String, Runnable)}, with nothing to run after. */
    public void edit(EditAction action, List<Key> keys, Consumer<Session> work, String description) {
        edit(action, keys, work, description, () -> { });
    }

    /**
     * The usual save of a page's record: a new record ({@code id} null) is inserted, a stored one
     * updated, each logged for history and undo; answers the record's id and the change's.
     */
    public long[] createOrUpdate(Session s, Long id, LongSupplier insert, Runnable update) {
        if (id == null) {
            ChangeLog.Created c = s.changes().create(aggregate, insert);
            return new long[] {c.id(), c.changeId()};
        }
        return new long[] {id, s.changes().edit(ChangeLog.UPDATE, key(id), update)};
    }

    /**
     * Refuses a record that would sit under itself, however many levels up; {@code parentOf}
     * reads a record's parent (null at the top).
     */
    public static void refuseParentCycle(Long id, Long parentId, Function<Long, Long> parentOf, String messageKey) {
        Long p = parentId;
        for (int depth = 0; p != null && depth < 100; depth++) {
            if (p.equals(id)) {
                throw new StoreException(StoreException.Kind.CONSTRAINT, messageKey, null);
            }
            p = parentOf.apply(p);
        }
    }

    /** The page's record {@code id} and the records it links to, as an edit logs them. */
    public List<Key> keys(long id, Key... linked) {
        List<Key> keys = new ArrayList<>();
        keys.add(key(id));
        keys.addAll(List.of(linked));
        return keys;
    }

    Key key(long id) {
        return Key.of(aggregate, id);
    }

    Aggregate aggregate() {
        return aggregate;
    }

    /** Runs after a committed edit: remembers it for undo and says what happened. */
    void edited(long changeId, String description) {
        edits.push(changeId, description);
        if (changeId > 0) {
            success(Messages.get("records.saved", description));
        } else {
            notice(Messages.get("records.unchanged"));
        }
    }

    /** Asks the user {@code question} under the title {@code titleKey}; true for yes. */
    public boolean confirm(String titleKey, String question) {
        return workspace.dialogs().confirm(Messages.get(titleKey), question);
    }

    /** Says on the page's notice line what just happened (empty: nothing to say). */
    public void notice(String text) {
        say(NoticeKind.INFO, text);
    }

    /** Says that something was done, in the success colour. */
    public void success(String text) {
        say(NoticeKind.SUCCESS, text);
    }

    /** Says what stops the user, in the problem colour. */
    public void problem(String text) {
        say(NoticeKind.PROBLEM, text);
    }

    private void say(NoticeKind kind, String text) {
        noticeKind.set(kind);
        notice.set(text);
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<NoticeKind> noticeKindProperty() {
        return noticeKind.getReadOnlyProperty();
    }
}
