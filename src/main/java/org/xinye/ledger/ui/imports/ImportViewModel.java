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
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.ImportRequest;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.io.imports.Templates;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.support.DialogService;
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

    private record Previewed(ImportResult result, List<Enterprise> units) {
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
    private String previewSha;

    public ImportViewModel(Workspace workspace) {
        this.workspace = workspace;
        status = new ImportStatus(workspace.dialogs());
        commit = new ImportCommit(workspace, status, step, preview);
        lists = new ImportLists(workspace);
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
                    Templates.write(t, target);
                    return target;
                }, done -> status.say(Messages.get("import.ui.templateDone", done)), status::failed));
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
        if (status.busy().get()) {
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
            mapping.show(in);
            step.set(Step.MAPPING);
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
                .build();
    }

    private void runPreview() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        ImportRequest req = request(null, Map.of(), true, true);
        status.begin();
        List<ParsedRow> collected = new ArrayList<>();
        workspace.background().submit(Messages.get("import.ui.task.preview"), p -> new Previewed(
                new Importer(ledger, workspace.clock()).run(req, collected::add, ImportStatus.progress(p), 0),
                ledger.read(s -> s.enterprises().all())), out -> {
                    status.busy().set(false);
                    previewSha = out.result().sha256();
                    preview.show(out.result(), collected, out.units());
                    step.set(Step.PREVIEW);
                }, status::failed);
    }

    // ---- step 4: commit ----

    public void commit() {
        Ledger ledger = workspace.ledger();
        ImportResult pre = preview.resultProperty().get();
        if (ledger == null || pre == null || status.busy().get()) {
            return;
        }
        if (pre.rejected() > 0 && abortOnError.get()) {
            status.say(Messages.get("import.ui.abortBlocks", pre.rejected()));
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

    public BooleanProperty busyProperty() {
        return status.busy();
    }
}
