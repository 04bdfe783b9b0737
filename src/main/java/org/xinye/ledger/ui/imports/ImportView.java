package org.xinye.ledger.ui.imports;

import static org.xinye.ledger.ui.imports.ImportListTables.col;
import static org.xinye.ledger.ui.imports.ImportListTables.numberCol;
import static org.xinye.ledger.ui.support.Formats.shownAs;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.Field;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.IssueGroup;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.ReconcileQueries;
import org.xinye.ledger.ui.shell.FxmlPage;

/** Controller of the 导入 page: binds the wizard, the 对账 lists and the history to {@link ImportViewModel}. */
public final class ImportView extends FxmlPage {
    private final ImportViewModel vm;
    private final ReadOnlyObjectProperty<Task<?>> currentTask;

    @FXML private TabPane tabs;
    @FXML private Label stepLabel;
    @FXML private Label message;
    @FXML private VBox fileStep;
    @FXML private VBox mappingStep;
    @FXML private VBox previewStep;
    @FXML private VBox commitStep;
    @FXML private VBox summaryStep;
    @FXML private Label dropZone;
    @FXML private TextField filePath;
    @FXML private ChoiceBox<ImportType> typeChoice;
    @FXML private ChoiceBox<ImportSource> sourceChoice;
    @FXML private TextField rosterUnit;
    @FXML private Button nextFromFile;
    @FXML private ChoiceBox<SheetInfo> sheetChoice;
    @FXML private Label layoutNote;
    @FXML private TableView<ColumnChoice> columnTable;
    @FXML private Button previewButton;
    @FXML private Label counts;
    @FXML private ChoiceBox<ImportPreview.Filter> filterChoice;
    @FXML private TableView<ParsedRow> previewTable;
    @FXML private TableView<EmployerChoice> unmatchedTable;
    @FXML private TableView<EmployerChoice> orgTable;
    @FXML private TableView<IssueGroup> groupTable;
    @FXML private Label mappingCounts;
    @FXML private CheckBox fullBox;
    @FXML private CheckBox fullBoxSummary;
    @FXML private ChoiceBox<WorkerStatus> markChoice;
    @FXML private TableView<ImportStore.RosterEntry> missingTable;
    @FXML private CheckBox abortBox;
    @FXML private Button commitButton;
    @FXML private ProgressBar commitProgress;
    @FXML private Label commitText;
    @FXML private Button cancelButton;
    @FXML private Label summary;
    @FXML private Button exportButton;
    @FXML private Button undoButton;
    @FXML private Button undoLatestButton;
    @FXML private VBox reconcileLists;
    @FXML private TableView<ImportBatches.BatchRow> historyTable;


    public ImportView(ImportViewModel vm, ReadOnlyObjectProperty<Task<?>> currentTask) {
        this.vm = vm;
        this.currentTask = currentTask;
    }

    @Override
    public void shown(Object target) {
        vm.lists().refresh();
    }

    @FXML
    private void initialize() {
        filePath.textProperty().bindBidirectional(vm.fileProperty());
        rosterUnit.textProperty().bindBidirectional(vm.rosterUnitProperty());
        typeChoice.getItems().setAll(ImportType.values());
        typeChoice.setConverter(shownAs(t -> t == null ? "" : Messages.get("import.ui.type." + t.key())));
        typeChoice.valueProperty().bindBidirectional(vm.typeProperty());
        sourceChoice.getItems().setAll(ImportSource.values());
        sourceChoice.setConverter(shownAs(Messages::label));

        sourceChoice.valueProperty().bindBidirectional(vm.sourceProperty());
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        follow(vm.successProperty().subscribe(done -> {
            message.getStyleClass().remove("success");
            if (done) {
                message.getStyleClass().add("success");
            }
        }));
        nextFromFile.disableProperty().bind(vm.busyProperty());
        previewButton.disableProperty().bind(vm.busyProperty());
        commitButton.disableProperty().bind(vm.busyProperty().or(vm.updatingProperty()));
        // The mapping and the preview steps both say what the rows come to, or that it is being worked out.
        StringExpression countsText = Bindings.createStringBinding(() -> vm.updatingProperty().get()
                ? Messages.get("import.ui.updating") : vm.preview().counts(), vm.updatingProperty(),
                vm.preview().resultProperty());
        mappingCounts.textProperty().bind(countsText);
        counts.textProperty().bind(countsText);
        fullBox.selectedProperty().bindBidirectional(vm.commitStep().fullNumbersProperty());
        fullBoxSummary.selectedProperty().bindBidirectional(vm.commitStep().fullNumbersProperty());
        tabs.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        tabs.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                vm.useFile(files.get(0).toPath());
                tabs.getSelectionModel().select(0);
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });

        sheetChoice.setItems(vm.mapping().sheets());
        sheetChoice.setConverter(shownAs(s -> s == null ? "" : s.hidden() ? s.name() + Messages.get(
                "import.ui.hiddenSheet") : s.name()));
        sheetChoice.valueProperty().bindBidirectional(vm.mapping().sheetProperty());
        sheetChoice.setOnAction(e -> vm.chooseSheet(sheetChoice.getValue()));
        layoutNote.textProperty().bind(vm.mapping().layoutNoteProperty());
        buildColumnTable();

        filterChoice.getItems().setAll(ImportPreview.Filter.values());
        filterChoice.setConverter(shownAs(f -> f == null ? "" : Messages.get("import.ui.filter." + f.name())));
        filterChoice.valueProperty().bindBidirectional(vm.preview().filterProperty());
        previewTable.setItems(vm.preview().shownRows());
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ParsedRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("row-rejected");
                if (!empty && r != null && r.outcome() == ParsedRow.Outcome.REJECTED) {
                    getStyleClass().add("row-rejected");
                }
            }
        });
        follow(vm.stepProperty().subscribe((a, s) -> {
            if (s == ImportViewModel.Step.PREVIEW) {
                previewTable.getColumns().setAll(PreviewColumns.build(vm));
            }
        }));
        buildUnmatchedTable();
        markChoice.getItems().setAll(null, WorkerStatus.LEFT, WorkerStatus.TO_VERIFY);
        markChoice.setConverter(shownAs(s -> s == null ? Messages.get("import.ui.markNone") : Messages.label(s)));
        markChoice.valueProperty().bindBidirectional(vm.markMissingProperty());
        missingTable.setItems(vm.preview().missing());
        missingTable.getColumns().setAll(List.of(
                ImportListTables.col(Messages.get("import.field.workers.name"), ImportStore.RosterEntry::name, 120),
                ImportListTables.col(Messages.get("import.field.workers.idNumber"), e -> Masking.idNumber(e.idNumber()), 180),
                ImportListTables.col(Messages.get("import.field.workers.status"), e -> Messages.label(e.status()), 90)));
        abortBox.selectedProperty().bindBidirectional(vm.abortOnErrorProperty());

        summary.textProperty().bind(vm.commitStep().summaryProperty());
        exportButton.disableProperty().bind(vm.busyProperty());
        undoButton.disableProperty().bind(vm.busyProperty());
        undoButton.visibleProperty().bind(vm.commitStep().canUndoProperty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        undoLatestButton.disableProperty().bind(vm.busyProperty().or(vm.lists().anyToUndoProperty().not()));
        // Past the point of no return a cancel can no longer be honoured: the button says what happens instead.
        cancelButton.disableProperty().bind(vm.commitStep().stopProperty().map(st -> st != ImportCommit.Stop.AVAILABLE));
        cancelButton.textProperty().bind(vm.commitStep().stopProperty().map(st -> switch (st) {
            case AVAILABLE -> Messages.get("button.cancel");
            case CANCELLING -> Messages.get("import.ui.cancelling");
            case WRITING -> Messages.get("import.ui.writing");
        }));
        follow(currentTask.subscribe(task -> {
            commitProgress.progressProperty().unbind();
            commitText.textProperty().unbind();
            if (task != null) {
                commitProgress.progressProperty().bind(task.progressProperty());
                commitText.textProperty().bind(task.messageProperty());
            }
        }), vm.stepProperty().subscribe(this::showStep));
        if (vm.stepProperty().get().compareTo(ImportViewModel.Step.PREVIEW) >= 0) {
            // A wizard that outlived an earlier view (a language switch) carries on where it was.
            previewTable.getColumns().setAll(PreviewColumns.build(vm));
        }
        follow(new ImportListTables(reconcileLists, historyTable).bind(vm.lists()));
        vm.lists().refresh();
    }

    private void showStep(ImportViewModel.Step s) {
        for (VBox pane : List.of(fileStep, mappingStep, previewStep, commitStep, summaryStep)) {
            pane.setVisible(false);
        }
        VBox shown = switch (s) {
            case FILE -> fileStep;
            case MAPPING -> mappingStep;
            case PREVIEW -> previewStep;
            case COMMITTING -> commitStep;
            case SUMMARY -> summaryStep;
        };
        shown.setVisible(true);
        stepLabel.setText(Messages.get("import.ui.step." + s.name()));
    }

    /** The field each column feeds, as a drop-down on every row: what to change is in sight. */
    private void buildColumnTable() {
        columnTable.setItems(vm.mapping().columns());
        javafx.collections.ObservableList<Field> options = javafx.collections.FXCollections.observableArrayList();
        follow(vm.typeProperty().subscribe(t -> {
            List<Field> o = new ArrayList<>();
            o.add(null);
            o.addAll(Field.of(t));
            options.setAll(o);
        }));
        columnTable.getColumns().setAll(List.of(
                col(Messages.get("import.ui.col.header"), ColumnChoice::header, 200),
                col(Messages.get("import.ui.col.sample"), ColumnChoice::sample, 200),
                ImportCells.choices(Messages.get("import.ui.col.field"), 240, ColumnChoice::fieldProperty, options,
                        f -> f == null ? Messages.get("import.ui.notImported") : f.label(), false, null)));
    }

    /** How many people of the file a unmatched name has: {@code 3,000}, sorted by number. */
    private static TableColumn<EmployerChoice, Integer> people() {
        TableColumn<EmployerChoice, Integer> c = numberCol(Messages.get("import.ui.col.people"), EmployerChoice::people);
        c.setPrefWidth(60);
        return c;
    }

    /**
     * Employers and 党组织 that matched nothing: what to do with each (searchable by name or
     * pinyin among the ledger's units or orgs), and for a unit to create, its street.
     */
    private void buildUnmatchedTable() {
        unmatchedTable.setItems(vm.preview().unmatched());
        unmatchedTable.getColumns().setAll(List.of(
                col(Messages.get("import.ui.col.employer"), EmployerChoice::name, 220),
                people(),
                ImportCells.choices(Messages.get("import.ui.col.action"), 260, EmployerChoice::targetProperty,
                        vm.preview().targets(), t -> t == null ? "" : t.label("import.ui.employer.create"), true, null),
                ImportCells.choices(Messages.get("import.ui.col.street"), 250, EmployerChoice::streetProperty,
                        vm.preview().streets(), st -> st == null ? "" : st.name(), true,
                        e -> e.targetProperty().isNotEqualTo(EmployerChoice.Target.CREATE))));
        orgTable.setItems(vm.preview().orgs());
        orgTable.getColumns().setAll(List.of(
                col(Messages.get("import.ui.col.org"), EmployerChoice::name, 240),
                people(),
                ImportCells.choices(Messages.get("import.ui.col.action"), 300, EmployerChoice::targetProperty,
                        vm.preview().orgTargets(), t -> t == null ? "" : t.label("import.ui.org.create"), true, null)));
        groupTable.setItems(vm.preview().groups());
        groupTable.getColumns().setAll(List.of(
                ImportCells.wrapping(Messages.get("import.report.result"), g -> Messages.get(g.isError()
                        ? "import.report.rejected" : "import.report.warned"), 130),
                ImportCells.wrapping(Messages.get("import.report.column"), g -> ImportListTables.nz(g.column()), 150),
                ImportCells.wrapping(Messages.get("import.report.problem"), IssueGroup::title, 320),
                numberCol(Messages.get("import.report.count"), IssueGroup::count),
                ImportCells.wrapping(Messages.get("import.report.rows"), g -> g.rows(Integer.MAX_VALUE), 260)));
    }

    @FXML
    private void onBrowse() {
        vm.chooseFile();
    }

    @FXML
    private void onTemplate() {
        vm.saveTemplate();
    }

    @FXML
    private void onNext() {
        vm.next();
    }

    @FXML
    private void onBack() {
        vm.back();
    }

    @FXML
    private void onCommit() {
        vm.commit();
    }

    @FXML
    private void onCancel() {
        vm.commitStep().cancel();
    }

    @FXML
    private void onExport() {
        vm.commitStep().exportProblems();
    }

    @FXML
    private void onUndo() {
        vm.commitStep().undoLast();
    }

    @FXML
    private void onRestart() {
        vm.restart();
    }
}
