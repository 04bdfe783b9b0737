package org.xinye.ledger.ui.rollup;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.DifferencesWorkbook;
import org.xinye.ledger.io.submission.RollupJob;
import org.xinye.ledger.io.submission.RollupReport;
import org.xinye.ledger.io.submission.SubmissionFile;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.rollup.CityFigures;
import org.xinye.ledger.store.rollup.Differences;
import org.xinye.ledger.store.rollup.Rollups;
import org.xinye.ledger.store.rollup.ScopeStore;
import org.xinye.ledger.store.rollup.SubmissionStatus;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 汇总 page. On the city's ledger: take submission files in (chosen or dropped), 报送情况 of a
 * period, 各区上报合计 against 去重后 by county, the 差异清单 with export per party, and undo of the
 * last roll-up. On a county's or department's ledger: what to do there (上报, 导入市级差异清单).
 */
public final class RollupViewModel {
    static final DateTimeFormatter WHEN = RollupReport.WHEN;
    private final Workspace workspace;
    private final ReadOnlyBooleanWrapper city = new ReadOnlyBooleanWrapper(this, "city");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper(this, "scope", "");
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ObservableList<SubmissionStatus.Row> status = FXCollections.observableArrayList();
    private final ObservableList<CityFigures.Row> figures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Differences.Difference> allDifferences = FXCollections.observableArrayList();
    private final ObservableList<Differences.Difference> differences = FXCollections.observableArrayList();
    private final ObjectProperty<Differences.Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyStringWrapper differenceCounts = new ReadOnlyStringWrapper(this, "differenceCounts", "");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty unmaskedExport = new SimpleBooleanProperty(this, "unmaskedExport");
    private boolean active;
    private boolean stale = true;
    private long generation;

    private record Loaded(boolean city, String scope, List<YearMonth> periods, YearMonth period,
                          List<SubmissionStatus.Row> status, CityFigures.Comparison figures, boolean canUndo) {
    }

    public RollupViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.revisionProperty().addListener((o, a, b) -> {
            if (active) {
                load();
            } else {
                stale = true;
            }
        });
        period.addListener((o, a, b) -> {
            if (b != null && a != null && !b.equals(a) && active) {
                load();
            }
        });
        kind.addListener((o, a, b) -> filter());
    }

    public void setActive(boolean now) {
        active = now;
        if (now && stale) {
            load();
        }
    }

    public void load() {
        stale = false;
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        long g = ++generation;
        YearMonth asked = period.get();
        workspace.read(Messages.get("rollup.task.loading"), s -> {
            ScopeStore scopes = new ScopeStore(s);
            Optional<LedgerScope> sc = scopes.get();
            // An empty ledger whose scope is not set becomes the city's with its first roll-up.
            boolean isCity = sc.map(x -> x.kind() == LedgerScope.Kind.CITY).orElse(!scopes.holdsRecords());
            String text = sc.map(scopes::describe).orElse(Messages.get("ledgerInfo.noScope"));
            if (!isCity) {
                return new Loaded(false, text, List.of(), null, List.of(), null, false);
            }
            List<YearMonth> ps = Sql.list(s.connection(), "SELECT DISTINCT period FROM rollup_submission"
                    + " WHERE state = 'CURRENT' ORDER BY period DESC", rs -> YearMonth.parse(rs.getString(1)));
            YearMonth p = asked != null && ps.contains(asked) ? asked : ps.isEmpty() ? null : ps.get(0);
            boolean undo = Sql.count(s.connection(), "SELECT COUNT(*) FROM rollup_run r WHERE r.undone = 0"
                    + " AND EXISTS (SELECT 1 FROM rollup_submission x WHERE x.run_id = r.id)") > 0;
            return new Loaded(true, text, ps, p, p == null ? List.of() : SubmissionStatus.of(s, p), CityFigures.of(s),
                    undo);
        }, l -> {
            if (g != generation) {
                return;
            }
            city.set(l.city());
            loaded.set(true);
            scope.set(l.scope());
            periods.setAll(l.periods());
            period.set(l.period());
            status.setAll(l.status());
            figures.setAll(l.figures() == null ? List.of() : new ArrayList<>(l.figures().rows().values()));
            summary.set(l.figures() == null ? "" : summaryOf(l.figures()));
            canUndo.set(l.canUndo());
            if (l.city()) {
                loadDifferences(g);
            }
        });
    }

    /** The 差异清单 reads the whole city: after the rest of the page, so the page shows at once. */
    private void loadDifferences(long g) {
        differenceCounts.set(Messages.get("rollup.differences.loading"));
        workspace.read(Messages.get("rollup.task.differences"), Differences::all, all -> {
            if (g != generation) {
                return;
            }
            allDifferences.setAll(all);
            filter();
            StringBuilder counts = new StringBuilder();
            Differences.counts(all).forEach((k, v) -> counts.append(counts.isEmpty() ? "" : "    ")
                    .append(Messages.get("differences.kind." + k.name())).append(' ').append(v));
            differenceCounts.set(counts.toString());
        });
    }

    /** 报送情况's 较上期 as the window says it (its counts grouped; the CLI says {@link SubmissionStatus.Row#changesText}). */
    static String changesOf(SubmissionStatus.Row r) {
        if (r.missing() || r.changes() == null) {
            return r.changesText();
        }
        SubmissionStatus.Changes c = r.changes();
        return Formats.counted("rollup.status.changesInWindow", c.since().toString(), c.added(), c.left(), c.moved());
    }

    static String summaryOf(CityFigures.Comparison f) {
        var t = f.total();
        return Formats.counted("rollup.page.summary", t.reported().workers(), t.deduplicated().workers(),
                t.reported().workers() - t.deduplicated().workers(), f.listings(), f.persons(),
                t.reported().inScope(), t.deduplicated().inScope());
    }

    private void filter() {
        Differences.Kind k = kind.get();
        differences.setAll(k == null ? allDifferences : allDifferences.filtered(d -> d.kind() == k));
    }

    /** 接收上报文件…: choose files, then roll them up. */
    public void chooseFiles() {
        List<Path> files = workspace.dialogs().chooseOpenFiles(Messages.get("rollup.chooseTitle"),
                List.of(new DialogService.FileType(Messages.get("submit.fileType"), "*" + SubmissionFile.EXTENSION)));
        if (!files.isEmpty()) {
            takeIn(files);
        }
    }

    /** Whether a dragged file looks like one the page takes. */
    public static boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SubmissionFile.EXTENSION);
    }

    /** Rolls the files up in the background (asking the password first when one is encrypted). */
    public void takeIn(List<Path> files) {
        Ledger ledger = workspace.ledger();
        if (ledger == null || files.isEmpty()) {
            return;
        }
        char[] password = null;
        if (files.stream().anyMatch(SubmissionFile::isEncrypted)) {
            Optional<char[]> pw = workspace.dialogs().askPassword(Messages.get("rollup.passwordTitle"),
                    Messages.get("rollup.passwordMessage"), false);
            if (pw.isEmpty()) {
                return;
            }
            password = pw.get();
        }
        char[] pw = password;
        workspace.background().submitWrite(Messages.get("rollup.task.rollup"), progress -> {
            try {
                return new RollupJob(ledger, workspace.clock()).run(files, pw, (done, total, file) ->
                        progress.update((double) done / (total + 1), file == null ? Messages.get("rollup.task.rebuild")
                                : Messages.get("rollup.task.file", file.getFileName(), done + 1, total)),
                        progress::isCancelled, progress::committing);
            } finally {
                if (pw != null) {
                    Arrays.fill(pw, '\0');
                }
            }
        }, outcome -> {
            lastResult.set(RollupReport.text(outcome));
            workspace.changed();
            if (!outcome.refused().isEmpty()) {
                workspace.dialogs().error(Messages.get("rollup.resultTitle"), RollupReport.text(outcome), null);
            }
        }, workspace::fail);
    }

    /** 撤销上次汇总, after asking. */
    public void undo() {
        Ledger ledger = workspace.ledger();
        if (ledger == null || !workspace.dialogs().confirm(Messages.get("rollup.undoTitle"),
                Messages.get("rollup.undoConfirm"))) {
            return;
        }
        workspace.background().submitWrite(Messages.get("rollup.task.undo"), p -> {
            p.commitOrStop();
            return Rollups.undoLast(ledger, workspace.clock().instant());
        }, undone -> {
                    undone.ifPresent(u -> lastResult.set(Formats.counted("rollup.undoneInWindow", WHEN.format(u.at()),
                            String.join(Messages.get("scope.separator"), u.submissions()), u.merged().workers(),
                            u.merged().units())));
                    workspace.changed();
                }, workspace::fail);
    }

    /** 导出差异清单…: one xlsx per party into a chosen folder (masked unless chosen otherwise, which is logged). */
    public void exportDifferences() {
        Ledger ledger = workspace.ledger();
        if (ledger == null || period.get() == null) {
            return;
        }
        Optional<Path> dir = workspace.dialogs().chooseFolder(Messages.get("rollup.exportTitle"));
        if (dir.isEmpty()) {
            return;
        }
        boolean unmasked = unmaskedExport.get();
        YearMonth p = period.get();
        List<Differences.Difference> all = List.copyOf(allDifferences);
        workspace.background().submitWrite(Messages.get("rollup.task.export"), progress -> {
            progress.commitOrStop();
            List<Path> files = DifferencesWorkbook.write(dir.get(), DifferencesWorkbook.byParty(all, p, unmasked), p);
            if (!ledger.isReadOnly()) {
                ledger.writing(s -> s.audit().append("export", null, unmasked ? "EXPORT_UNMASKED" : "EXPORT", null,
                        RecordJson.write(java.util.Map.of("differences", dir.get().toString(), "files",
                                files.stream().map(f -> f.getFileName().toString()).toList()))));
            }
            return files;
        }, files -> {
            workspace.changed();
            workspace.dialogs().info(Messages.get("rollup.exportTitle"), Formats.counted("rollup.exported", files.size(),
                    dir.get()));
            workspace.dialogs().openWithSystem(dir.get());
        }, workspace::fail);
    }

    /** Where the page's tables keep their column widths and order. */
    public org.xinye.ledger.ui.support.TableMemory tables() {
        return workspace.tables();
    }

    public ReadOnlyBooleanProperty cityProperty() {
        return city.getReadOnlyProperty();
    }

    /** True once the page knows whose ledger it shows (until then it shows neither part). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    public ObservableList<SubmissionStatus.Row> status() {
        return status;
    }

    public ObservableList<CityFigures.Row> figures() {
        return figures;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Differences.Difference> differences() {
        return differences;
    }

    public ObjectProperty<Differences.Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty differenceCountsProperty() {
        return differenceCounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty unmaskedExportProperty() {
        return unmaskedExport;
    }
}
