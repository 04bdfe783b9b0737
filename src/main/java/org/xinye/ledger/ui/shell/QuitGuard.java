package org.xinye.ledger.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Subscription;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.support.DialogService;

/**
 * Quitting the window (its close box, 文件 ▸ 退出) while a job writes: the window asks first —
 * wait for it to finish, or cancel it (honoured up to its point of no return) — and then closes
 * by itself once every write has ended, saying so in the status bar meanwhile. Without a write
 * running it quits at once. FX thread.
 */
public final class QuitGuard {
    /** The choices the question offers, in its order; the dialog's own cancel keeps the window open. */
    static final int WAIT = 0;
    static final int CANCEL = 1;

    private final ReadOnlyIntegerProperty writing;
    private final Supplier<String> what;
    private final Runnable askAllToStop;
    private final DialogService dialogs;
    private final Runnable exit;
    private final StringProperty waiting = new SimpleStringProperty(this, "waiting", "");
    private Subscription whenDone;

    /**
     * {@code writing} counts the jobs that write and have not ended; {@code what} names the one
     * shown; {@code askAllToStop} asks each to stop; {@code exit} ends the application.
     */
    public QuitGuard(ReadOnlyIntegerProperty writing, Supplier<String> what, Runnable askAllToStop,
                     DialogService dialogs, Runnable exit) {
        this.writing = writing;
        this.what = what;
        this.askAllToStop = askAllToStop;
        this.dialogs = dialogs;
        this.exit = exit;
    }

    /**
     * The window is asked to close: true when it may close now (nothing writes); otherwise the
     * user was asked, and the window closes by itself once the writes have ended (or stays, if
     * they chose to go back).
     */
    public boolean mayCloseNow() {
        if (writing.get() == 0) {
            return true;
        }
        if (whenDone != null) {
            return false;
        }
        String job = what.get();
        Optional<Integer> choice = dialogs.choose(Messages.get("quit.title"), Messages.get("quit.message", job),
                List.of(Messages.get("quit.wait"), Messages.get("quit.cancel")), WAIT);
        if (choice.isEmpty()) {
            return false;
        }
        if (choice.get() == CANCEL) {
            askAllToStop.run();
        }
        if (writing.get() == 0) {
            return true;
        }
        waiting.set(Messages.get("quit.waiting", job));
        whenDone = writing.subscribe(n -> {
            if (n.intValue() == 0) {
                whenDone.unsubscribe();
                waiting.set("");
                exit.run();
            }
        });
        return false;
    }

    /** 文件 ▸ 退出: quits now, or as {@link #mayCloseNow()} decides. */
    public void quit() {
        if (mayCloseNow()) {
            exit.run();
        }
    }

    /** What the status bar says while the window waits for a write before closing; empty otherwise. */
    public ReadOnlyStringProperty waitingProperty() {
        return waiting;
    }
}
