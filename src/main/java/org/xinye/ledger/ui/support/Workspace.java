package org.xinye.ledger.ui.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;

/**
 * What every page shares: the open ledger, a revision number that moves after every
 * committed change (pages reload on it, so numbers refresh everywhere at once), the
 * background runner and the dialogs.
 */
public final class Workspace {
    private final ObjectProperty<Ledger> ledger = new SimpleObjectProperty<>(this, "ledger");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final BooleanProperty writable = new SimpleBooleanProperty(this, "writable");
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private TableMemory tables = new TableMemory(null);

    public Workspace(Background background, DialogService dialogs, Clock clock) {
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<Ledger> ledgerProperty() {
        return ledger;
    }

    public Ledger ledger() {
        return ledger.get();
    }

    /** Switches to another open ledger (or none); pages reload. */
    public void setLedger(Ledger l) {
        writable.set(false);
        ledger.set(l);
        revision.set(revision.get() + 1);
        writable.set(l != null && !l.isReadOnly());
    }

    /**
     * True while the current ledger can be written: false for none, a read-only one, and a big
     * one whose whole-file check has not passed yet. Work that writes on opening waits for it.
     */
    public ReadOnlyBooleanProperty writableProperty() {
        return writable;
    }

    /** The current ledger's put-off whole-file check has passed ({@link Ledger#completeCheck()}). */
    public void checked(Ledger l) {
        if (l == ledger.get()) {
            writable.set(!l.isReadOnly());
        }
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /** Call on the FX thread after a committed change. */
    public void changed() {
        revision.set(revision.get() + 1);
    }

    public Background background() {
        return background;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Where the table pages remember their columns (for this run only until the window sets a place). */
    public TableMemory tables() {
        return tables;
    }

    /** Keeps the table pages' column widths, order and sort in {@code memory} from now on. */
    public void rememberTablesIn(TableMemory memory) {
        tables = memory;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    /** Reads in the background and hands the result to {@code onResult} on the FX thread; failures become an error dialog. */
    public <T> void read(String title, Function<Session, T> query, Consumer<T> onResult) {
        Ledger l = ledger.get();
        if (l == null) {
            return;
        }
        background.submit(title, p -> l.read(query), onResult, this::fail);
    }

    /** Writes in the background (one transaction), then marks the workspace changed and calls {@code onDone}. */
    public <T> void write(String title, Function<Session, T> change, Consumer<T> onDone) {
        Ledger l = ledger.get();
        if (l == null) {
            return;
        }
        background.submitWrite(title, p -> l.write(s -> p.commitWith(change.apply(s))), result -> {
            changed();
            onDone.accept(result);
        }, this::fail);
    }

    public void fail(Throwable t) {
        dialogs.error(Messages.get("error.title"), String.valueOf(t.getLocalizedMessage()), t);
    }
}
