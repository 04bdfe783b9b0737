package org.xinye.ledger.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.Column;
import org.xinye.ledger.io.imports.Field;
import org.xinye.ledger.io.imports.ImportFile;
import org.xinye.ledger.io.imports.ImportProgress;
import org.xinye.ledger.io.imports.ImportRequest;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.io.imports.ProblemReport;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.io.sheet.Row;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.ImportUndo;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.ReconcileQueries;
import org.xinye.ledger.ui.support.Background;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The import wizard (导入): file → sheet and columns → preview with every problem per cell →
 * commit (progress, cancel) → summary with the rows to send back and undo; plus the import
 * history and the 对账 lists. All reading and writing runs in the background.
 */
public final class ImportViewModel {
    public enum Step {
        FILE, MAPPING, PREVIEW, COMMITTING, SUMMARY
    }

    /** What to show in the preview table. */
    public enum Filter {
        ALL, PROBLEMS, REJECTED, NEW, CHANGED
    }

    /** One column of the file and the field it feeds, editable. */
    public static final class ColumnChoice {
        private final int index;
        private final String header;
        private final String sample;
        private final ObjectProperty<Field> field = new SimpleObjectProperty<>(this, "field");

        ColumnChoice(int index, String header, String sample, Field field) {
            this.index = index;
            this.header = header;
            this.sample = sample;
            this.field.set(field);
        }

        public int index() {
            return index;
        }

        public String header() {
            return header;
        }

        public String sample() {
            return sample;
        }

        public ObjectProperty<Field> fieldProperty() {
            return field;
        }
    }

    /** An employer name that matched no unit, and what to do with it: leave it (null), create it, or map it. */
    public static final class EmployerChoice {
        private final String name;
        private final int people;
        private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.PENDING);

        EmployerChoice(String name, int people) {
            this.name = name;
            this.people = people;
        }

        public String name() {
            return name;
        }

        public int people() {
            return people;
        }

        public ObjectProperty<Target> targetProperty() {
            return target;
        }
    }

    /** Where an unmatched employer goes: stays 待匹配, becomes a new unit, or is an existing unit (named). */
    public record Target(Long unitId, String unitName) {
        public static final Target PENDING = new Target(null, null);
        public static final Target CREATE = new Target(ImportRequest.CREATE, null);

        /** Said in the window's language of the moment, which may change while a choice is kept. */
        @Override
        public String toString() {
            if (unitName != null) {
                return Messages.get("import.ui.employer.mapTo", unitName);
            }
            return Messages.get(unitId == null ? "import.ui.employer.pending" : "import.ui.employer.create");
        }
    }

    private record Previewed(ImportResult result, List<Enterprise> units) {
    }

    private record Lists(List<ImportBatches.BatchRow> history, Reconciliation reconciliation) {
    }

    /** The 对账 lists, read together. */
    public record Reconciliation(List<ReconcileQueries.SingleSource> single, List<ReconcileQueries.Disagreement> disagree,
                                 List<ReconcileQueries.CountMismatch> counts, List<ReconcileQueries.Unmatched> unmatched) {
    }

    private final Workspace workspace;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.FILE);
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<ImportType> type = new SimpleObjectProperty<>(this, "type", ImportType.WORKERS);
    private final ObjectProperty<ImportSource> source = new SimpleObjectProperty<>(this, "source",
            ImportSource.ENTERPRISE_ROSTER);
    private final StringProperty rosterUnit = new SimpleStringProperty(this, "rosterUnit", "");
    private final ObservableList<SheetInfo> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<SheetInfo> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final StringProperty layoutNote = new SimpleStringProperty(this, "layoutNote", "");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<ParsedRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ParsedRow> shownRows = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final ObservableList<EmployerChoice> unmatched = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObservableList<ImportStore.RosterEntry> missing = FXCollections.observableArrayList();
    private final ObjectProperty<WorkerStatus> markMissing = new SimpleObjectProperty<>(this, "markMissing");
    private final BooleanProperty abortOnError = new SimpleBooleanProperty(this, "abortOnError", false);
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<ImportResult> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    /** Only an import that wrote something can be undone from its summary; another would undo an earlier batch. */
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this,
            "canUndo", false);
    private final ObservableList<ImportBatches.BatchRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<Reconciliation> reconciliation = new SimpleObjectProperty<>(this, "reconciliation");
    private Background.Handle running;
    private String previewSha;

    public ImportViewModel(Workspace workspace) {
        this.workspace = workspace;
        filter.addListener((o, a, b) -> applyFilter());
        workspace.revisionProperty().addListener((o, a, b) -> refreshLists());
    }

    // ---- step 1: the file ----

    public void chooseFile() {
        workspace.dialogs().chooseOpenFile(Messages.get("import.ui.chooseTitle"), List.of(
                new DialogService.FileType(Messages.get("import.ui.fileTypes"), "*.xlsx", "*.xls", "*.csv", "*.txt")))
                .ifPresent(p -> file.set(p.toString()));
    }

    /** Writes the standard blank sheet for the chosen type, to hand to senders. */
    public void saveTemplate() {
        ImportType t = type.get();
        workspace.dialogs().chooseSaveFile(Messages.get("import.ui.templateTitle"),
                Messages.get("import.template.sheet." + t.key()) + ".xlsx", List.of(new DialogService.FileType(
                        Messages.get("import.ui.xlsxType"), "*.xlsx"))).ifPresent(target ->
                workspace.background().submit(Messages.get("import.ui.task.export"), p -> {
                    org.xinye.ledger.io.imports.Templates.write(t, target);
                    return target;
                }, done -> message.set(Messages.get("import.ui.templateDone", done)), this::failed));
    }

    /** A file dropped on the page. */
    public void useFile(Path p) {
        file.set(p.toString());
        if (step.get() != Step.FILE) {
            restart();
        }
    }

    /** From the file step: opens it and finds the table; from the mapping step: runs the preview. */
    public void next() {
        if (busy.get()) {
            return;
        }
        if (step.get() == Step.FILE) {
            inspect(null);
        } else if (step.get() == Step.MAPPING) {
            runPreview();
        }
    }

    public void back() {
        if (step.get() == Step.MAPPING) {
            step.set(Step.FILE);
        } else if (step.get() == Step.PREVIEW) {
            step.set(Step.MAPPING);
        }
    }

    /** Starts over with another file. */
    public void restart() {
        step.set(Step.FILE);
        rows.clear();
        shownRows.clear();
        columns.clear();
        unmatched.clear();
        missing.clear();
        preview.set(null);
        result.set(null);
        canUndo.set(false);
        message.set("");
        counts.set("");
    }

    /** Another sheet was chosen: find its table again. */
    public void chooseSheet(SheetInfo s) {
        if (s != null && step.get() == Step.MAPPING && !s.equals(sheet.get())) {
            inspect(s.name());
        }
    }

    private Path path() {
        return Path.of(file.get().trim());
    }

    private void inspect(String sheetName) {
        if (file.get().isBlank() || !Files.isRegularFile(path())) {
            message.set(Messages.get("import.ui.noFile"));
            return;
        }
        ImportRequest req = request(sheetName, Map.of(), true, false);
        busy.set(true);
        message.set("");
        workspace.background().submit(Messages.get("import.ui.task.inspect"), p -> Importer.inspect(req), in -> {
            busy.set(false);
            sheets.setAll(in.sheets());
            sheet.set(in.sheet());
            layoutNote.set(Messages.get("import.ui.layout", in.format(), in.layout().headerRow(),
                    in.layout().preamble().isEmpty() ? "—" : String.join(" / ", in.layout().preamble())));
            List<ColumnChoice> cols = new ArrayList<>();
            for (Column c : in.layout().columns()) {
                if (c.sequence() && c.field() == null && c.header().isEmpty()) {
                    continue;
                }
                String sample = in.sample().isEmpty() ? "" : in.sample().get(0).text(c.index());
                cols.add(new ColumnChoice(c.index(), c.header(), org.xinye.ledger.io.imports.Issue.mask(c.field(),
                        sample), c.field()));
            }
            columns.setAll(cols);
            step.set(Step.MAPPING);
        }, this::failed);
    }

    // ---- step 2 → 3: the preview ----

    private Map<Integer, Field> columnFields() {
        Map<Integer, Field> m = new HashMap<>();
        for (ColumnChoice c : columns) {
            m.put(c.index(), c.fieldProperty().get());
        }
        return m;
    }

    /** @param withColumns apply the column choices (not when a sheet is being inspected afresh) */
    private ImportRequest request(String sheetName, Map<String, Long> choices, boolean dry, boolean withColumns) {
        SheetInfo s = sheet.get();
        String name = sheetName != null ? sheetName : step.get() == Step.FILE || s == null ? null : s.name();
        String unit = rosterUnit.get() == null || rosterUnit.get().isBlank() ? null : rosterUnit.get().trim();
        return ImportRequest.builder(path(), type.get(), source.get()).sheet(name)
                .mapByColumn(withColumns ? columnFields() : Map.of()).rosterOf(unit).reconcile(unit != null)
                .markMissing(markMissing.get()).abortOnError(abortOnError.get()).dryRun(dry).employerChoices(choices)
                .build();
    }

    private void runPreview() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        ImportRequest req = request(null, Map.of(), true, true);
        busy.set(true);
        message.set("");
        List<ParsedRow> collected = new ArrayList<>();
        workspace.background().submit(Messages.get("import.ui.task.preview"), p -> new Previewed(
                new Importer(ledger, workspace.clock()).run(req, collected::add, adapt(p), 0),
                ledger.read(s -> s.enterprises().all())), out -> {
            busy.set(false);
            ImportResult r = out.result();
            List<Enterprise> units = out.units();
            preview.set(r);
            previewSha = r.sha256();
            rows.setAll(collected);
            applyFilter();
            counts.set(countsText(r));
            List<Target> t = new ArrayList<>(List.of(Target.PENDING, Target.CREATE));
            for (Enterprise e : units) {
                t.add(new Target(e.id(), e.name()));
            }
            targets.setAll(t);
            List<EmployerChoice> choices = new ArrayList<>();
            r.unmatchedEmployers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> choices.add(new EmployerChoice(e.getKey(), e.getValue())));
            unmatched.setAll(choices);
            missing.setAll(r.missing());
            step.set(Step.PREVIEW);
        }, this::failed);
    }

    private static ImportProgress adapt(Background.Progress p) {
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

    static String countsText(ImportResult r) {
        return Messages.get("import.ui.counts", Formats.count(r.rows()), Formats.count(r.inserted()),
                Formats.count(r.updated()), Formats.count(r.moved()), Formats.count(r.unchanged()),
                Formats.count(r.rejected()), Formats.count(r.warnings()), Formats.count(r.missing().size()));
    }

    private void applyFilter() {
        Filter f = filter.get();
        List<ParsedRow> out = new ArrayList<>();
        for (ParsedRow r : rows) {
            boolean keep = switch (f) {
                case ALL -> true;
                case PROBLEMS -> !r.issues().isEmpty();
                case REJECTED -> r.outcome() == ParsedRow.Outcome.REJECTED;
                case NEW -> r.outcome() == ParsedRow.Outcome.NEW;
                case CHANGED -> r.outcome() == ParsedRow.Outcome.CHANGED || r.outcome() == ParsedRow.Outcome.MOVED;
            };
            if (keep) {
                out.add(r);
            }
        }
        shownRows.setAll(out);
    }

    // ---- step 4: commit ----

    public void commit() {
        Ledger ledger = workspace.ledger();
        ImportResult pre = preview.get();
        if (ledger == null || pre == null || busy.get()) {
            return;
        }
        if (pre.rejected() > 0 && abortOnError.get()) {
            message.set(Messages.get("import.ui.abortBlocks", pre.rejected()));
            return;
        }
        Map<String, Long> choices = new LinkedHashMap<>();
        for (EmployerChoice c : unmatched) {
            Target t = c.targetProperty().get();
            if (t != null && t.unitId() != null) {
                choices.put(c.name(), t.unitId());
            }
        }
        ImportRequest req = request(null, choices, false, true);
        int expected = pre.rows();
        String sha = previewSha;
        busy.set(true);
        step.set(Step.COMMITTING);
        running = workspace.background().submit(Messages.get("import.ui.task.commit"), p -> {
            if (!ImportFile.sameContent(req.file(), sha)) {
                throw new IllegalStateException(Messages.get("import.ui.fileChanged", req.file().getFileName()));
            }
            return new Importer(ledger, workspace.clock()).run(req, r -> { }, adapt(p), expected);
        }, r -> {
            busy.set(false);
            running = null;
            result.set(r);
            summary.set(summaryText(r));
            canUndo.set(r.written());
            step.set(Step.SUMMARY);
            workspace.changed();
        }, e -> {
            busy.set(false);
            running = null;
            step.set(Step.PREVIEW);
            failed(e);
        });
    }

    /** Stops a commit under way: the transaction rolls back and the ledger stays as it was. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
            busy.set(false);
            step.set(Step.PREVIEW);
            message.set(Messages.get("import.cancelled"));
        }
    }

    static String summaryText(ImportResult r) {
        String head = r.written() ? Messages.get("import.ui.summary.written", r.batchId())
                : r.alreadyImportedBatch() != null ? Messages.get("import.ui.summary.already", r.alreadyImportedBatch())
                : Messages.get("import.ui.summary.nothing");
        return head + "\n" + countsText(r);
    }

    // ---- step 5: after ----

    /** Writes the rejected rows and the rows with warnings, with reasons, for the sender. */
    public void exportProblems() {
        ImportResult r = result.get() != null ? result.get() : preview.get();
        if (r == null) {
            return;
        }
        String base = r.fileName().contains(".") ? r.fileName().substring(0, r.fileName().lastIndexOf('.')) : r.fileName();
        workspace.dialogs().chooseSaveFile(Messages.get("import.ui.exportTitle"),
                Messages.get("import.ui.exportName", base), List.of(new DialogService.FileType(
                        Messages.get("import.ui.xlsxType"), "*.xlsx"))).ifPresent(target ->
                workspace.background().submit(Messages.get("import.ui.task.export"), p -> {
                    ProblemReport.write(r, target, false);
                    return target;
                }, t -> message.set(Messages.get("import.ui.exported", t)), this::failed));
    }

    /** Undoes the newest import, after asking; asks again when records it wrote were edited since. */
    public void undoLast() {
        Ledger ledger = workspace.ledger();
        if (ledger == null || busy.get()) {
            return;
        }
        if (!workspace.dialogs().confirm(Messages.get("import.ui.undoTitle"), Messages.get("import.ui.undoAsk"))) {
            return;
        }
        busy.set(true);
        workspace.background().submit(Messages.get("import.ui.task.undo"), p -> Importer.undoLast(ledger, false),
                out -> {
                    busy.set(false);
                    if (out instanceof ImportUndo.Undone u) {
                        undone(u);
                    } else if (out instanceof ImportUndo.EditedSince e) {
                        if (workspace.dialogs().confirm(Messages.get("import.ui.undoTitle"),
                                Messages.get("import.undo.edited", e.batch().fileName(), e.edited()) + "\n\n"
                                        + Messages.get("import.ui.undoForce"))) {
                            forceUndo(ledger);
                        }
                    } else {
                        workspace.dialogs().info(Messages.get("import.ui.undoTitle"),
                                Messages.get("import.undo.nothing"));
                    }
                }, this::failed);
    }

    private void forceUndo(Ledger ledger) {
        busy.set(true);
        workspace.background().submit(Messages.get("import.ui.task.undo"), p -> Importer.undoLast(ledger, true),
                out -> {
                    busy.set(false);
                    if (out instanceof ImportUndo.Undone u) {
                        undone(u);
                    } else {
                        workspace.dialogs().info(Messages.get("import.ui.undoTitle"),
                                Messages.get("import.undo.nothing"));
                    }
                }, this::failed);
    }

    private void undone(ImportUndo.Undone u) {
        message.set(Messages.get("import.ui.undone", u.batch().id(), u.batch().fileName(), u.deleted(), u.restored()));
        summary.set(message.get());
        canUndo.set(false);
        workspace.changed();
    }

    // ---- history and 对账 ----

    public void refreshLists() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        workspace.read(Messages.get("import.ui.task.lists"), s -> new Lists(s.importBatches().history(),
                new Reconciliation(s.reconcile().singleSource(), s.reconcile().disagreements(),
                        s.reconcile().countMismatches(), s.reconcile().unmatched())), out -> {
                            history.setAll(out.history());
                            reconciliation.set(out.reconciliation());
                        });
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (t instanceof CancellationException) {
            message.set(Messages.get("import.cancelled"));
            return;
        }
        Throwable cause = t;
        while (cause.getCause() != null && !(cause instanceof FileRefusedException)
                && !(cause instanceof IllegalArgumentException) && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        message.set(cause.getLocalizedMessage());
        workspace.dialogs().error(Messages.get("import.ui.failedTitle"), String.valueOf(cause.getLocalizedMessage()),
                cause instanceof FileRefusedException || cause instanceof IllegalArgumentException ? null : t);
    }

    /** The text of a row's cell as shown: ID numbers and phones masked. */
    public static String shown(ParsedRow r, ColumnChoice c) {
        Row raw = r.raw();
        return org.xinye.ledger.io.imports.Issue.mask(c.fieldProperty().get(), raw.text(c.index()));
    }

    // ---- properties ----

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<ImportType> typeProperty() {
        return type;
    }

    public ObjectProperty<ImportSource> sourceProperty() {
        return source;
    }

    public StringProperty rosterUnitProperty() {
        return rosterUnit;
    }

    public ObservableList<SheetInfo> sheets() {
        return sheets;
    }

    public ObjectProperty<SheetInfo> sheetProperty() {
        return sheet;
    }

    public StringProperty layoutNoteProperty() {
        return layoutNote;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<ParsedRow> rows() {
        return rows;
    }

    public ObservableList<ParsedRow> shownRows() {
        return shownRows;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ObservableList<EmployerChoice> unmatched() {
        return unmatched;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ObservableList<ImportStore.RosterEntry> missing() {
        return missing;
    }

    public ObjectProperty<WorkerStatus> markMissingProperty() {
        return markMissing;
    }

    public BooleanProperty abortOnErrorProperty() {
        return abortOnError;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<ImportResult> previewProperty() {
        return preview;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ObservableList<ImportBatches.BatchRow> history() {
        return history;
    }

    public ObjectProperty<Reconciliation> reconciliationProperty() {
        return reconciliation;
    }
}
