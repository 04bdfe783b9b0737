package org.xinye.ledger.ui.imports;

import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportProgress;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.ui.support.Background;
import org.xinye.ledger.ui.support.DialogService;

/** What the wizard's parts share: the message line, the busy flag, and how a failure is told. */
final class ImportStatus {
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** The message tells of something done (the success colour), not of a problem. */
    private final BooleanProperty success = new SimpleBooleanProperty(this, "success");
    private final DialogService dialogs;

    ImportStatus(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    StringProperty message() {
        return message;
    }

    BooleanProperty busy() {
        return busy;
    }

    BooleanProperty success() {
        return success;
    }

    /** A note or a problem on the message line (empty: none). */
    void say(String text) {
        success.set(false);
        message.set(text);
    }

    /** Something done, in the success colour. */
    void done(String text) {
        success.set(true);
        message.set(text);
    }

    /** Work starts in the background: nothing else may start, and the last message is gone. */
    void begin() {
        busy.set(true);
        say("");
    }

    /** The background job's progress, as the importer reports it. */
    static ImportProgress progress(Background.Progress p) {
        return new ImportProgress() {
            @Override
            public void update(double fraction, String text) {
                p.update(fraction, text);
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    /**
     * A refused file or a rule the file broke is the user's to fix: said on the line and in a
     * dialog without a stack trace; anything else carries its details.
     */
    void failed(Throwable t) {
        busy.set(false);
        if (t instanceof CancellationException) {
            say(Messages.get("import.cancelled"));
            return;
        }
        Throwable cause = t;
        while (cause.getCause() != null && !(cause instanceof FileRefusedException)
                && !(cause instanceof IllegalArgumentException) && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        say(cause.getLocalizedMessage());
        dialogs.error(Messages.get("import.ui.failedTitle"), String.valueOf(cause.getLocalizedMessage()),
                cause instanceof FileRefusedException || cause instanceof IllegalArgumentException ? null : t);
    }
}
