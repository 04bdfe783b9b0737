package org.xinye.ledger.ui.coverage;

import java.time.YearMonth;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.MonthlySnapshot;
import org.xinye.ledger.ui.support.Workspace;

/**
 * Takes the month's coverage snapshot the first time a ledger is opened in a new month,
 * so the trend chart fills itself even when nobody remembers to press 记录本月快照.
 * Runs in the background; a read-only ledger is left alone, a big one waits for its check.
 */
public final class MonthlySnapshotOnOpen {
    private MonthlySnapshotOnOpen() {
    }

    public static void install(Workspace workspace) {
        // A big ledger becomes writable once its whole-file check after opening has passed.
        workspace.writableProperty().addListener((o, was, writable) -> {
            Ledger ledger = workspace.ledger();
            if (writable && ledger != null && !ledger.isReadOnly()) {
                takeIfMissing(workspace, ledger);
            }
        });
    }

    static void takeIfMissing(Workspace workspace, Ledger ledger) {
        YearMonth month = YearMonth.now(workspace.clock());
        workspace.background().submitWrite(Messages.get("task.snapshot"),
                p -> ledger.write(s -> p.commitWith(MonthlySnapshot.takeIfMissing(s, month, workspace.clock().instant()))),
                taken -> {
                    if (taken && workspace.ledger() == ledger) {
                        workspace.changed();
                    }
                }, workspace::fail);
    }
}
