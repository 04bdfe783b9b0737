package org.xinye.ledger.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.ImportRequest;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.io.imports.Templates;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.support.Background;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The import wizard (导入): file → sheet and columns ({@link ColumnMapping}) → preview with every
 * problem per cell ({@link ImportPreview}) → commit with progress and cancel, summary, the rows
 * to send back and undo ({@link ImportCommit}); beside it the history and the 对账 lists
 * ({@link ImportLists}). This class holds the steps and the request's options; all reading
 * and writing runs in the background.
 */
public final class ImportViewModel {
    public enum Step {
        FILE, MAPPING, PREVIEW, COMMITTING, SUMMARY
    }

    private record Previewed(ImportResult result, ImportPreview.Lists lists) {
    }

    private final Workspace workspace;
    private final ImportStatus status;
    private final ColumnMapping mapping = new ColumnMapping();
    private final ImportPreview preview = new ImportPreview();
    private final ImportCommit commit;
    private final ImportLists lists;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.FILE);
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<ImportType> type = new SimpleObjectProperty<>(this, "type", ImportType.WORKERS);
    private final ObjectProperty<ImportSource> source = new SimpleObjectProperty<>(this, "source",
            ImportSource.ENTERPRISE_ROSTER);
    private final StringProperty rosterUnit = new SimpleStringProperty(this, "rosterUnit", "");
    private final ObjectProperty<WorkerStatus> markMissing = new SimpleObjectProperty<>(this, "markMissing");
    private final BooleanProperty abortOnError = new SimpleBooleanProperty(this, "abortOnError", false);
    /** A dry run is under way for the latest choices; the counts shown are those of the one before. */
    private final BooleanProperty updating = new SimpleBooleanProperty(this, "updating");
    private String previewSha;
    private Background.Handle previewRun;

    public ImportViewModel(Workspace workspace) {
        this.workspace = workspace;
        status = new ImportStatus(workspace.dialogs());
        commit = new ImportCommit(workspace, status, step, preview);
        lists = new ImportLists(workspace);
        // Every choice that changes what the import would do runs the preview again at once.
        mapping.onChange(this::previewAgain);
        preview.onChoice(this::previewAgain);
        abortOnError.addListener((o, a, b) -> previewAgain());
        markMissing.addListener((o, a, b) -> previewAgain());
        // A message belongs to the step it was said in.
        step.addListener((o, a, b) -> status.say(""));
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
                workspace.background().submitWrite(Messages.get("import.ui.task.export"), p -> {
                    p.commitOrStop();
                    Templates.write(t, target);
                    return target;
                }, done -> status.done(Messages.get("import.ui.templateDone", done)), status::failed));
    }

    /** A file dropped on the page. */
    public void useFile(Path p) {
        file.set(p.toString());
        if (step.get() != Step.FILE) {
            restart();
        }
    }

    /** From the file step: opens it and finds the table; from the mapping step: shows the preview. */
    public void next() {
        if (status.busy().get()) {
            return;
        }
        if (step.get() == Step.FILE) {
            inspect(null);
        } else if (step.get() == Step.MAPPING) {
            if (preview.resultProperty().get() != null && !updating.get()) {
                step.set(Step.PREVIEW);
            } else {
                runPreview(true);
            }
        }
    }

    public void back() {
        status.say("");
        if (step.get() == Step.MAPPING) {
            step.set(Step.FILE);
        } else if (step.get() == Step.PREVIEW) {
            step.set(Step.MAPPING);
        }
    }

    /** Starts over with another file. */
    public void restart() {
        step.set(Step.FILE);
        preview.clear();
        mapping.clear();
        commit.clear();
        status.say("");
    }

    /** Another sheet was chosen: find its table again. */
    public void chooseSheet(SheetInfo s) {
        if (s != null && step.get() == Step.MAPPING && !s.equals(mapping.sheetProperty().get())) {
            inspect(s.name());
        }
    }

    private Path path() {
        return Path.of(file.get().trim());
    }

    private void inspect(String sheetName) {
        if (file.get().isBlank() || !Files.isRegularFile(path())) {
            status.say(Messages.get("import.ui.noFile"));
            return;
        }
        ImportRequest req = request(sheetName, Map.of(), true, false);
        status.begin();
        workspace.background().submit(Messages.get("import.ui.task.inspect"), p -> Importer.inspect(req), in -> {
            status.busy().set(false);
            preview.clear();
            mapping.show(in);
            step.set(Step.MAPPING);
            runPreview(false);
        }, status::failed);
    }

    // ---- step 2 → 3: the preview ----

    /** @param withColumns apply the column choices (not when a sheet is being inspected afresh) */
    private ImportRequest request(String sheetName, Map<String, Long> choices, boolean dry, boolean withColumns) {
        SheetInfo s = mapping.sheetProperty().get();
        String name = sheetName != null ? sheetName : step.get() == Step.FILE || s == null ? null : s.name();
        String unit = rosterUnit.get() == null || rosterUnit.get().isBlank() ? null : rosterUnit.get().trim();
        return ImportRequest.builder(path(), type.get(), source.get()).sheet(name)
                .mapByColumn(withColumns ? mapping.fields() : Map.of()).rosterOf(unit).reconcile(unit != null)
                .markMissing(markMissing.get()).abortOnError(abortOnError.get()).dryRun(dry).employerChoices(choices)
                .orgChoices(preview.orgChoices()).newUnitStreets(preview.newUnitStreets()).build();
    }

    /** A choice changed: the preview (and its counts) follow it, if the wizard is showing one. */
    private void previewAgain() {
        if (step.get() == Step.MAPPING || step.get() == Step.PREVIEW) {
            runPreview(false);
        }
    }

    /**
     * Runs the dry run with every choice as it stands, replacing one still running; the wizard
     * moves on to the preview when {@code advance}. What it shows is exactly what the import
     * would do: the commit runs the same request.
     */
    private void runPreview(boolean advance) {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        ImportRequest req = request(null, preview.employerChoices(), true, true);
        if (previewRun != null) {
            previewRun.cancel();
        }
        updating.set(true);
        List<ParsedRow> collected = new ArrayList<>();
        previewRun = workspace.background().submit(Messages.get("import.ui.task.preview"), p -> new Previewed(
                new Importer(ledger, workspace.clock()).run(req, collected::add, ImportStatus.progress(p), 0),
                ledger.read(s -> new ImportPreview.Lists(s.enterprises().all(), s.orgs().all(),
                        s.regions().byLevel(RegionLevel.TOWNSHIP)))), out -> {
                    previewRun = null;
                    updating.set(false);
                    previewSha = out.result().sha256();
                    preview.show(out.result(), collected, out.lists());
                    if (advance) {
                        step.set(Step.PREVIEW);
                    }
                }, e -> {
                    previewRun = null;
                    updating.set(false);
                    status.failed(e);
                });
    }

    // ---- step 4: commit ----

    public void commit() {
        Ledger ledger = workspace.ledger();
        ImportResult pre = preview.resultProperty().get();
        if (ledger == null || pre == null || status.busy().get() || updating.get()) {
            return;
        }
        if (pre.rejected() > 0 && abortOnError.get()) {
            status.say(Formats.counted("import.ui.abortBlocks", pre.rejected()));
            return;
        }
        commit.commit(ledger, request(null, preview.employerChoices(), false, true), previewSha, pre.rows());
    }

    // ---- the parts and the properties ----

    public ColumnMapping mapping() {
        return mapping;
    }

    public ImportPreview preview() {
        return preview;
    }

    /** The commit, its summary and what follows it (problem rows, undo). */
    public ImportCommit commitStep() {
        return commit;
    }

    public ImportLists lists() {
        return lists;
    }

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

    public ObjectProperty<WorkerStatus> markMissingProperty() {
        return markMissing;
    }

    public BooleanProperty abortOnErrorProperty() {
        return abortOnError;
    }

    public StringProperty messageProperty() {
        return status.message();
    }

    /** The message tells of something done (shown in the success colour) rather than a problem. */
    public BooleanProperty successProperty() {
        return status.success();
    }

    public BooleanProperty busyProperty() {
        return status.busy();
    }

    /** Whether the preview is being run again for the latest choices. */
    public BooleanProperty updatingProperty() {
        return updating;
    }
}
