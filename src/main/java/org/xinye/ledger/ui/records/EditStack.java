package org.xinye.ledger.ui.records;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The edits made in this window, newest on top, shared by every record page so "undo" always
 * means the last edit, wherever it was made. An edit from an earlier session or another PC
 * is not offered: the person undoing should be the one who remembers making it.
 */
public final class EditStack {
    /** One edit: its change in the log and how the user would describe it. */
    public record Edit(long changeId, String description) {
    }

    private final Workspace workspace;
    private final Deque<Edit> edits = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Edit> last = new ReadOnlyObjectWrapper<>(this, "last");

    public EditStack(Workspace workspace) {
        this.workspace = workspace;
        // Another ledger: its changes are not ours to undo.
        workspace.ledgerProperty().addListener((o, a, b) -> {
            edits.clear();
            last.set(null);
        });
    }

    /** Remembers an edit just committed; a change id of 0 means nothing changed and is ignored. */
    public void push(long changeId, String description) {
        if (changeId <= 0) {
            return;
        }
        edits.push(new Edit(changeId, description));
        last.set(edits.peek());
    }

    /** The edit "undo" would revert now, or null. */
    public ReadOnlyObjectProperty<Edit> lastProperty() {
        return last;
    }

    /**
     * Asks, then reverts the last edit in the background; {@code onDone} hears what came back.
     * An edit that can no longer be undone (the records changed since) is dropped after saying so.
     */
    public void undoLast(Consumer<ChangeLog.Undone> onDone) {
        Edit edit = last.get();
        Ledger ledger = workspace.ledger();
        if (edit == null || ledger == null) {
            return;
        }
        String title = Messages.get("undo.title");
        if (!workspace.dialogs().confirm(title, Messages.get("undo.confirm", edit.description()))) {
            return;
        }
        workspace.background().submitWrite(title, p -> ledger.write(s -> p.commitWith(s.changes().undo(edit.changeId()))),
                undone -> {
            pop(edit);
            workspace.changed();
            onDone.accept(undone);
        }, e -> {
            if (e instanceof StoreException se && se.kind() == StoreException.Kind.CONSTRAINT) {
                pop(edit);
            }
            workspace.dialogs().error(title, e.getLocalizedMessage(), e instanceof StoreException ? null : e);
        });
    }

    private void pop(Edit edit) {
        edits.remove(edit);
        last.set(edits.peek());
    }
}
