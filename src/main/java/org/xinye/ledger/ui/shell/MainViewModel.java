package org.xinye.ledger.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.LedgerFiles;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.safety.SafetyViewModel;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.NextSteps;
import org.xinye.ledger.ui.support.UiPreferences;
import org.xinye.ledger.ui.support.Workspace;

/**
 * State and commands of the main window: which ledger is open, which page is shown, the
 * status line, and the File menu (new, open, save as, recent).
 */
public final class MainViewModel implements Navigator, NextSteps {
    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());
    private static final List<DialogService.FileType> LEDGER_FILES = List.of(
            new DialogService.FileType(Messages.get("file.ledgerType"), "*" + LedgerFiles.EXTENSION));

    /** Where a page should go, and with which record. */
    public record Destination(PageId page, Object target) {
    }

    private final Workspace workspace;
    private final UiPreferences prefs;
    private final Function<Path, Ledger> opener;
    private final ObjectProperty<Destination> destination = new SimpleObjectProperty<>(this, "destination",
            new Destination(PageId.DASHBOARD, null));
    private final StringProperty title = new SimpleStringProperty(this, "title", Messages.get("app.title"));
    private final StringProperty filePath = new SimpleStringProperty(this, "filePath", "");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
    private final BooleanProperty ledgerEmpty = new SimpleBooleanProperty(this, "ledgerEmpty");
    private final BooleanBinding demoPossible = ledgerEmpty.and(readOnly.not());
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final List<Consumer<Ledger>> preparers = new ArrayList<>();
    private Consumer<Runnable> afterShown = Runnable::run;
    private final SafetyViewModel safety;

    /**
     * @param opener opens a ledger for writing; a read-only file falls back to reading
     */
    public MainViewModel(Workspace workspace, UiPreferences prefs, Function<Path, Ledger> opener) {
        this.workspace = workspace;
        this.prefs = prefs;
        this.opener = opener;
        recentFiles.setAll(prefs.recentFiles());
        workspace.revisionProperty().addListener((o, a, b) -> refreshCounts());
        safety = new SafetyViewModel(workspace, p -> open(p, false));
    }

    /** Backup, restore and the encrypted package of the File menu. */
    public SafetyViewModel safety() {
        return safety;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ObjectProperty<Destination> destinationProperty() {
        return destination;
    }

    @Override
    public void go(PageId page, Object target) {
        destination.set(new Destination(page, target));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** Read-only because its whole-file check after opening has not passed yet (not because the file cannot be written). */
    public BooleanProperty checkingProperty() {
        return checking;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /**
     * Work to do in the background right after a ledger opens, before it becomes current:
     * the dashboard computes its first numbers there, so the first frame does not wait for
     * another round trip through the FX thread.
     */
    public void prepareOnOpen(Consumer<Ledger> preparer) {
        preparers.add(preparer);
    }

    /**
     * When a big ledger's put-off check may start: the window passes "after the next frame",
     * so the check does not compete with drawing the first numbers (default: at once).
     */
    public void checkLaterAfter(Consumer<Runnable> whenShown) {
        afterShown = whenShown;
    }

    /** Opens a ledger in the background and makes it current; the previous one is closed. */
    public void open(Path file, boolean offerDemoWhenEmpty) {
        workspace.background().submit(Messages.get("task.opening"), p -> {
            Ledger opened = opener.apply(file);
            if (!opened.isReadOnly()) {
                endUndo(opened);
            }
            for (Consumer<Ledger> preparer : preparers) {
                try {
                    preparer.accept(opened);
                } catch (RuntimeException e) {
                    // Only a head start: the page loads again normally once the ledger is current.
                    LOG.log(System.Logger.Level.WARNING, "preparing a page failed", e);
                }
            }
            return opened;
        }, ledger -> {
            Ledger previous = workspace.ledger();
            workspace.setLedger(ledger);
            if (previous != null) {
                // Ending undo, the checkpoint and the lock release of a big ledger take seconds: not on the FX thread.
                workspace.background().submitWrite(Messages.get("task.closing", previous.file().getFileName()), q -> {
                    // Closing cannot be called off: the ledger is already let go of.
                    q.committing();
                    finish(previous);
                    return previous;
                }, closed -> { }, workspace::fail);
            }
            filePath.set(ledger.file().toString());
            title.set(Messages.get("app.title") + " — " + ledger.file().getFileName());
            readOnly.set(ledger.isReadOnly());
            checking.set(ledger.checkPending());
            prefs.addRecent(ledger.file());
            recentFiles.setAll(prefs.recentFiles());
            if (ledger.checkPending()) {
                checkAfterOpening(ledger);
            } else {
                safety.opened(ledger);
            }
            if (offerDemoWhenEmpty && !ledger.isReadOnly()) {
                offerDemo(ledger);
            }
        }, e -> {
            if (e instanceof StoreException se && se.kind() == StoreException.Kind.CORRUPT) {
                safety.offerRestoreOfDamaged(file, se);
                return;
            }
            workspace.dialogs().error(Messages.get("file.openFailed"), e.getLocalizedMessage(),
                    e instanceof StoreException ? null : e);
            if (e instanceof StoreException se && se.kind() == StoreException.Kind.NOT_FOUND) {
                prefs.removeRecent(file);
                recentFiles.setAll(prefs.recentFiles());
            }
        });
    }

    /**
     * The whole-file check of a big ledger, put off until after the first frame
     * ({@link Ledger#openCheckingLater}): once it passes the ledger becomes writable (and what
     * opening does before writing follows: end of earlier undo, the day's backup); damage lets
     * go of the file and offers its newest backup, as when a damaged file is refused on opening.
     */
    private void checkAfterOpening(Ledger ledger) {
        afterShown.accept(() -> check(ledger));
    }

    private void check(Ledger ledger) {
        if (workspace.ledger() != ledger) {
            return; // closed or switched before it was shown
        }
        workspace.background().submit(Messages.get("task.checking", ledger.file().getFileName()), p -> {
            ledger.completeCheck();
            try {
                endUndo(ledger);
            } catch (RuntimeException e) {
                // The next opening ends it instead; the ledger is sound and writable.
                LOG.log(System.Logger.Level.WARNING, "could not end undo of " + ledger.file(), e);
            }
            return ledger;
        }, checked -> {
            if (workspace.ledger() == checked) {
                readOnly.set(false);
                checking.set(false);
                workspace.checked(checked);
                safety.opened(checked);
            }
        }, e -> {
            if (workspace.ledger() != ledger) {
                return; // closed or switched meanwhile: the check was interrupted
            }
            if (!(e instanceof StoreException se && se.kind() == StoreException.Kind.CORRUPT)) {
                workspace.fail(e);
                return;
            }
            workspace.setLedger(null);
            filePath.set("");
            title.set(Messages.get("app.title"));
            readOnly.set(false);
            checking.set(false);
            workspace.background().submit(Messages.get("task.closing", ledger.file().getFileName()), q -> {
                ledger.close();
                return ledger;
            }, closed -> safety.offerRestoreOfDamaged(closed.file(), se), workspace::fail);
        });
    }

    private void offerDemo(Ledger ledger) {
        workspace.background().submit(Messages.get("task.opening"),
                p -> ledger.read(s -> s.enterprises().count() + s.workers().count()), n -> {
                    if (n == 0 && workspace.dialogs().confirm(Messages.get("demo.offerTitle"), Messages.get("demo.offer"))) {
                        fillDemo(ledger);
                    }
                }, workspace::fail);
    }

    @Override
    public ObservableBooleanValue ledgerEmptyProperty() {
        return ledgerEmpty;
    }

    @Override
    public ObservableBooleanValue demoPossibleProperty() {
        return demoPossible;
    }

    @Override
    public void importRoster() {
        go(PageId.IMPORT, null);
    }

    /** Fills the open ledger, when it is new, with the invented demo district, after saying what that means. */
    @Override
    public void loadDemo() {
        Ledger ledger = workspace.ledger();
        if (ledger != null && demoPossible.get()
                && workspace.dialogs().confirm(Messages.get("demo.offerTitle"), Messages.get("empty.demoConfirm"))) {
            fillDemo(ledger);
        }
    }

    private void fillDemo(Ledger ledger) {
        workspace.background().submitWrite(Messages.get("task.demo"), p -> new DemoData(1, 30_000, workspace.today())
                .fill(ledger, pct -> {
                    p.stopIfCancelled();
                    p.update(pct / 100.0, null);
                }, p::committing), r -> workspace.changed(), workspace::fail);
    }

    public void newLedger() {
        workspace.dialogs().chooseSaveFile(Messages.get("file.new"), "新台账" + LedgerFiles.EXTENSION, LEDGER_FILES)
                .map(MainViewModel::withExtension)
                .ifPresent(path -> {
                    if (Files.exists(path)) {
                        workspace.dialogs().error(Messages.get("file.new"), Messages.get("file.newExists", path), null);
                        return;
                    }
                    open(path, false);
                });
    }

    @Override
    public void openLedger() {
        workspace.dialogs().chooseOpenFile(Messages.get("file.open"), LEDGER_FILES).ifPresent(p -> open(p, false));
    }

    public void openRecent(Path path) {
        open(path, false);
    }

    /** Copies the open ledger to a new file (a consistent copy, not a file copy) and continues there. */
    public void saveAs() {
        Ledger current = workspace.ledger();
        if (current == null) {
            return;
        }
        workspace.dialogs().chooseSaveFile(Messages.get("file.saveAs"), current.file().getFileName().toString(), LEDGER_FILES)
                .map(MainViewModel::withExtension)
                .ifPresent(target -> {
                    if (target.toAbsolutePath().normalize().equals(current.file())) {
                        return;
                    }
                    workspace.background().submitWrite(Messages.get("task.saveAs"), p -> {
                        p.commitOrStop();
                        current.copyTo(target);
                        return target;
                    }, t -> open(t, false), workspace::fail);
                });
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + LedgerFiles.EXTENSION);
    }

    private void refreshCounts() {
        Ledger l = workspace.ledger();
        if (l == null) {
            counts.set("");
            ledgerEmpty.set(false);
            return;
        }
        workspace.background().submit(Messages.get("task.counting"), p -> l.read(s -> new long[] {
                        s.enterprises().count(), s.workers().count(), s.orgs().count()}),
                n -> {
                    counts.set(Messages.get("status.counts", Formats.count(n[0]), Formats.count(n[1]), Formats.count(n[2])));
                    ledgerEmpty.set(n[0] + n[1] + n[2] == 0);
                }, e -> counts.set(""));
    }

    /** Closes the ledger (on exit). */
    public void close() {
        Ledger l = workspace.ledger();
        if (l != null) {
            workspace.setLedger(null);
            finish(l);
        }
    }

    /**
     * Before this window can make any edit: nothing logged earlier can be undone any more, so
     * the audit log gives up the whole personal numbers it kept for undo (a person deleted
     * last time leaves the log), and {@link Ledger#scrub()} takes their old text out of the file.
     */
    private static void endUndo(Ledger ledger) {
        long start = System.nanoTime();
        int masked = ledger.write(Privacy::endUndo);
        ledger.scrub();
        LOG.log(System.Logger.Level.INFO, "ended undo of earlier sessions: {0} audit entries masked in {1} ms", masked,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Closes a ledger the window is done with. Its undo ends with the window's hold on it, so
     * this session's log is masked now: a file carried away on a USB stick keeps no number of
     * a person deleted today. Closing the last connection merges and removes the WAL.
     */
    private static void finish(Ledger ledger) {
        try {
            if (!ledger.isReadOnly()) {
                ledger.write(Privacy::endUndo);
            }
        } catch (RuntimeException e) {
            // The next opening ends it instead; closing must not fail for this.
            LOG.log(System.Logger.Level.WARNING, "could not end undo on closing " + ledger.file(), e);
        } finally {
            ledger.close();
        }
    }
}
