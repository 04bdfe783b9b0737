package org.xinye.ledger.ui.imports;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportFile;
import org.xinye.ledger.io.imports.ImportProgress;
import org.xinye.ledger.io.imports.ImportRequest;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.IssueGroup;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.io.imports.ProblemReport;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ImportUndo;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.imports.ImportViewModel.Step;
import org.xinye.ledger.ui.support.Background;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The wizard's last steps: the commit (progress, cancel), its summary, the rows to send back
 * with their reasons, and undo of the newest import.
 */
public final class ImportCommit {
    /** Problem lines in the summary; the rest are in the 问题汇总 tab and the exported rows. */
    private static final int SUMMARY_GROUPS = 8;
    private final Workspace workspace;
    private final ImportStatus status;
    private final ObjectProperty<Step> step;
    private final ImportPreview preview;
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    /** Only an import that wrote something can be undone from its summary; another would undo an earlier batch. */
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo", false);
    /** 含完整身份证号: the problem rows with full ID numbers and mobiles; masked is the default. */
    private final BooleanProperty fullNumbers = new SimpleBooleanProperty(this, "fullNumbers", false);
    private final ObjectProperty<Stop> stop = new SimpleObjectProperty<>(this, "stop", Stop.AVAILABLE);
    /** The running commit's race between a cancel and the commit; null when none runs. */
    private AtomicReference<Stop> deciding;

    /**
     * What the commit step's 取消 can do: stop the import (it rolls back), or nothing any more
     * because a cancel was asked ({@code CANCELLING}) or the import is past its point of no
     * return and being written ({@code WRITING}, the button reads 正在写入…).
     */
    public enum Stop {
        AVAILABLE, CANCELLING, WRITING
    }

    ImportCommit(Workspace workspace, ImportStatus status, ObjectProperty<Step> step, ImportPreview preview) {
        this.workspace = workspace;
        this.status = status;
        this.step = step;
        this.preview = preview;
    }

    /**
     * Writes the file as previewed, in one transaction; refused if the file changed since the
     * preview ({@code sha}), whose row count ({@code expected}) drives the progress bar.
     */
    void commit(Ledger ledger, ImportRequest req, String sha, int expected) {
        status.busy().set(true);
        step.set(Step.COMMITTING);
        AtomicReference<Stop> race = new AtomicReference<>(Stop.AVAILABLE);
        deciding = race;
        stop.set(Stop.AVAILABLE);
        Background background = workspace.background();
        // The wizard's cancel never cancels the job itself (a cancelled job reports nothing): it asks
        // the import to stop, and the page shows what really happened once the job has ended.
        background.submit(Messages.get("import.ui.task.commit"), p -> {
            if (!ImportFile.sameContent(req.file(), sha)) {
                throw new IllegalStateException(Messages.get("import.ui.fileChanged", req.file().getFileName()));
            }
            ImportProgress shown = ImportStatus.progress(p);
            return new Importer(ledger, workspace.clock()).run(req, r -> { }, new ImportProgress() {
                @Override
                public void update(double fraction, String message) {
                    shown.update(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return race.get() == Stop.CANCELLING || shown.isCancelled();
                }

                @Override
                public boolean committing() {
                    if (shown.isCancelled() || !race.compareAndSet(Stop.AVAILABLE, Stop.WRITING)) {
                        return false;
                    }
                    // The status bar's task passes its point of no return too: its 取消 reads 正在写入….
                    p.committing();
                    background.onUiThread(() -> {
                        if (deciding == race) {
                            stop.set(Stop.WRITING);
                        }
                    });
                    shown.update(0.99, Messages.get("import.ui.writing"));
                    return true;
                }
            }, expected);
        }, r -> {
            ended(race);
            result.set(r);
            summary.set(summaryText(r));
            canUndo.set(r.written());
            step.set(Step.SUMMARY);
            workspace.changed();
        }, e -> {
            ended(race);
            step.set(Step.PREVIEW);
            status.failed(e);
        }, this::cancel);
    }

    private void ended(AtomicReference<Stop> race) {
        status.busy().set(false);
        if (deciding == race) {
            deciding = null;
            stop.set(Stop.AVAILABLE);
        }
    }

    /**
     * Asks a commit under way to stop. Before its point of no return it rolls back and the
     * wizard goes back to the preview saying so; once past it, the import is written and the
     * summary (with undo) follows. Either way the page changes only when the job has ended.
     */
    public void cancel() {
        AtomicReference<Stop> race = deciding;
        if (race == null || stop.get() != Stop.AVAILABLE) {
            return;
        }
        stop.set(race.compareAndSet(Stop.AVAILABLE, Stop.CANCELLING) ? Stop.CANCELLING : Stop.WRITING);
        status.say(Messages.get(stop.get() == Stop.CANCELLING ? "import.ui.cancelling" : "import.ui.writing"));
    }

    /** What the commit step's 取消 can still do. */
    public ReadOnlyObjectProperty<Stop> stopProperty() {
        return stop;
    }

    void clear() {
        result.set(null);
        canUndo.set(false);
    }

    static String summaryText(ImportResult r) {
        String head = r.written() ? Messages.get("import.ui.summary.written", r.batchId())
                : r.alreadyImportedBatch() != null ? Messages.get("import.ui.summary.already", r.alreadyImportedBatch())
                : Messages.get("import.ui.summary.nothing");
        StringBuilder b = new StringBuilder(head).append('\n').append(ImportPreview.countsText(r));
        // The problems as the command line says them: one line per rule and column, with the rows.
        int shown = 0;
        for (IssueGroup g : r.groups()) {
            if (shown++ == SUMMARY_GROUPS) {
                b.append('\n').append(Formats.counted("import.ui.moreGroups", r.groups().size() - SUMMARY_GROUPS));
                break;
            }
            b.append("\n· ").append(g.describe(Formats::count));
        }
        return b.toString();
    }

    /**
     * Writes the rejected rows and the rows with warnings, with reasons, for the sender; with
     * {@link #fullNumbersProperty} (after a confirmation) the ID numbers and mobiles in full, for
     * the enterprise that owns them to find and fix its rows. Either way the 操作日志 notes it.
     */
    public void exportProblems() {
        ImportResult r = result.get() != null ? result.get() : preview.resultProperty().get();
        Ledger ledger = workspace.ledger();
        if (r == null || ledger == null) {
            return;
        }
        boolean full = fullNumbers.get();
        if (full && !workspace.dialogs().confirm(Messages.get("import.ui.fullTitle"),
                Messages.get("import.ui.fullAsk"))) {
            return;
        }
        String base = r.fileName().contains(".") ? r.fileName().substring(0, r.fileName().lastIndexOf('.')) : r.fileName();
        workspace.dialogs().chooseSaveFile(Messages.get("import.ui.exportTitle"),
                Messages.get("import.ui.exportName", base), List.of(new DialogService.FileType(
                        Messages.get("import.ui.xlsxType"), "*.xlsx"))).ifPresent(target ->
                workspace.background().submitWrite(Messages.get("import.ui.task.export"), p -> {
                    p.commitOrStop();
                    ProblemReport.write(ledger, r, target, full);
                    return target;
                }, t -> status.done(Messages.get(full ? "import.ui.exportedFull" : "import.ui.exported", t)),
                        status::failed));
    }

    /** Undoes the newest import, after asking; asks again when records it wrote were edited since. */
    public void undoLast() {
        Ledger ledger = workspace.ledger();
        if (ledger == null || status.busy().get()) {
            return;
        }
        if (!workspace.dialogs().confirm(Messages.get("import.ui.undoTitle"), Messages.get("import.ui.undoAsk"))) {
            return;
        }
        status.busy().set(true);
        workspace.background().submitWrite(Messages.get("import.ui.task.undo"), p -> Importer.undoLast(ledger,
                        false, p::committing),
                out -> {
                    status.busy().set(false);
                    if (out instanceof ImportUndo.Undone u) {
                        undone(u);
                    } else if (out instanceof ImportUndo.EditedSince e) {
                        if (workspace.dialogs().confirm(Messages.get("import.ui.undoTitle"),
                                Formats.counted("import.undo.editedInWindow", e.batch().fileName(), e.edited()) + "\n\n"
                                        + Messages.get("import.ui.undoForce"))) {
                            forceUndo(ledger);
                        }
                    } else {
                        workspace.dialogs().info(Messages.get("import.ui.undoTitle"),
                                Messages.get("import.undo.nothing"));
                    }
                }, status::failed);
    }

    private void forceUndo(Ledger ledger) {
        status.busy().set(true);
        workspace.background().submitWrite(Messages.get("import.ui.task.undo"), p -> Importer.undoLast(ledger,
                        true, p::committing),
                out -> {
                    status.busy().set(false);
                    if (out instanceof ImportUndo.Undone u) {
                        undone(u);
                    } else {
                        workspace.dialogs().info(Messages.get("import.ui.undoTitle"),
                                Messages.get("import.undo.nothing"));
                    }
                }, status::failed);
    }

    /** Said once, in the summary, with the numbers the summary gave for the import it takes back. */
    private void undone(ImportUndo.Undone u) {
        ImportBatches.BatchRow b = u.batch();
        status.say("");
        summary.set(Messages.get("import.ui.undoneBatch", b.id(), b.fileName(), Formats.count(b.inserted()),
                Formats.count(b.updated())));
        canUndo.set(false);
        workspace.changed();
    }

    /** The committed import's result, or null before a commit. */
    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty fullNumbersProperty() {
        return fullNumbers;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }
}
