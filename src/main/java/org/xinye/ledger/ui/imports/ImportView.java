package org.xinye.ledger.ui.imports;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.Field;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Issue;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.ReconcileQueries;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Fxml;

/** Controller of the 导入 page: binds the wizard, the 对账 lists and the history to {@link ImportViewModel}. */
public final class ImportView implements Page {
    private final ImportViewModel vm;
    private final ReadOnlyObjectProperty<Task<?>> currentTask;
    private Parent view;

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
    @FXML private Label singleTitle;
    @FXML private TableView<ReconcileQueries.SingleSource> singleTable;
    @FXML private Label disagreeTitle;
    @FXML private TableView<ReconcileQueries.Disagreement> disagreeTable;
    @FXML private Label countsTitle;
    @FXML private TableView<ReconcileQueries.CountMismatch> countsTable;
    @FXML private Label unmatchedTitle;
    @FXML private TableView<ReconcileQueries.Unmatched> followUpTable;
    @FXML private TableView<ImportBatches.BatchRow> historyTable;

    /** What this view follows on the view model, which outlives it; ended by {@link #dispose}. */
    private Subscription subscriptions = Subscription.EMPTY;

    public ImportView(ImportViewModel vm, ReadOnlyObjectProperty<Task<?>> currentTask) {
        this.vm = vm;
        this.currentTask = currentTask;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = Fxml.load(this);
        }
        return view;
    }

    @Override
    public void shown(Object target) {
        vm.lists().refresh();
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
    }

    @FXML
    private void initialize() {
        filePath.textProperty().bindBidirectional(vm.fileProperty());
        rosterUnit.textProperty().bindBidirectional(vm.rosterUnitProperty());
        typeChoice.getItems().setAll(ImportType.values());
        typeChoice.setConverter(converter(t -> t == null ? "" : Messages.get("import.ui.type." + t.key())));
        typeChoice.valueProperty().bindBidirectional(vm.typeProperty());
        sourceChoice.getItems().setAll(ImportSource.values());
        sourceChoice.setConverter(converter(Messages::label));

        sourceChoice.valueProperty().bindBidirectional(vm.sourceProperty());
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        subscriptions = subscriptions.and(vm.successProperty().subscribe(done -> {
            message.getStyleClass().remove("success");
            if (done) {
                message.getStyleClass().add("success");
            }
        }));
        nextFromFile.disableProperty().bind(vm.busyProperty());
        previewButton.disableProperty().bind(vm.busyProperty());
        commitButton.disableProperty().bind(vm.busyProperty());
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
        sheetChoice.setConverter(converter(s -> s == null ? "" : s.hidden() ? s.name() + Messages.get(
                "import.ui.hiddenSheet") : s.name()));
        sheetChoice.valueProperty().bindBidirectional(vm.mapping().sheetProperty());
        sheetChoice.setOnAction(e -> vm.chooseSheet(sheetChoice.getValue()));
        layoutNote.textProperty().bind(vm.mapping().layoutNoteProperty());
        buildColumnTable();

        counts.textProperty().bind(vm.preview().countsProperty());
        filterChoice.getItems().setAll(ImportPreview.Filter.values());
        filterChoice.setConverter(converter(f -> f == null ? "" : Messages.get("import.ui.filter." + f.name())));
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
        subscriptions = subscriptions.and(vm.stepProperty().subscribe((a, s) -> {
            if (s == ImportViewModel.Step.PREVIEW) {
                buildPreviewColumns();
            }
        }));
        buildUnmatchedTable();
        markChoice.getItems().setAll(null, WorkerStatus.LEFT, WorkerStatus.TO_VERIFY);
        markChoice.setConverter(converter(s -> s == null ? Messages.get("import.ui.markNone") : Messages.label(s)));
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
        // Past the point of no return a cancel can no longer be honoured: the button says what happens instead.
        cancelButton.disableProperty().bind(vm.commitStep().stopProperty().map(st -> st != ImportCommit.Stop.AVAILABLE));
        cancelButton.textProperty().bind(vm.commitStep().stopProperty().map(st -> switch (st) {
            case AVAILABLE -> Messages.get("button.cancel");
            case CANCELLING -> Messages.get("import.ui.cancelling");
            case WRITING -> Messages.get("import.ui.writing");
        }));
        subscriptions = Subscription.combine(subscriptions, currentTask.subscribe(task -> {
            commitProgress.progressProperty().unbind();
            commitText.textProperty().unbind();
            if (task != null) {
                commitProgress.progressProperty().bind(task.progressProperty());
                commitText.textProperty().bind(task.messageProperty());
            }
        }), vm.stepProperty().subscribe(this::showStep));
        if (vm.stepProperty().get().compareTo(ImportViewModel.Step.PREVIEW) >= 0) {
            // A wizard that outlived an earlier view (a language switch) carries on where it was.
            buildPreviewColumns();
        }
        subscriptions = subscriptions.and(new ImportListTables(singleTitle, singleTable, disagreeTitle, disagreeTable,
                countsTitle, countsTable, unmatchedTitle, followUpTable, historyTable).bind(vm.lists()));
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

    private void buildColumnTable() {
        columnTable.setItems(vm.mapping().columns());
        TableColumn<ColumnChoice, String> header = ImportListTables.col(Messages.get("import.ui.col.header"),
                ColumnChoice::header, 200);
        TableColumn<ColumnChoice, String> sample = ImportListTables.col(Messages.get("import.ui.col.sample"),
                ColumnChoice::sample, 200);
        TableColumn<ColumnChoice, Field> field = new TableColumn<>(Messages.get("import.ui.col.field"));
        field.setPrefWidth(220);
        field.setEditable(true);
        field.setCellValueFactory(c -> c.getValue().fieldProperty());
        subscriptions = subscriptions.and(vm.typeProperty().subscribe((a, t) -> field.setCellFactory(fieldCells())));
        field.setCellFactory(fieldCells());
        columnTable.getColumns().setAll(List.of(header, sample, field));
    }

    private javafx.util.Callback<TableColumn<ColumnChoice, Field>,
            TableCell<ColumnChoice, Field>> fieldCells() {
        List<Field> options = new ArrayList<>();
        options.add(null);
        options.addAll(Field.of(vm.typeProperty().get()));
        return ComboBoxTableCell.forTableColumn(converter(f -> f == null ? Messages.get("import.ui.notImported")
                : f.label()), javafx.collections.FXCollections.observableArrayList(options));
    }

    /**
     * Row, outcome and the row's problems first (a wide roster would push them out of sight), then
     * each imported column; a cell with a problem is coloured and says why on hover.
     */
    private void buildPreviewColumns() {
        List<TableColumn<ParsedRow, ?>> cols = new ArrayList<>();
        TableColumn<ParsedRow, String> number = ImportListTables.col(Messages.get("import.report.row"), r -> String.valueOf(r.number()),
                60);
        number.getStyleClass().add("number");
        cols.add(number);
        cols.add(ImportListTables.col(Messages.get("import.ui.col.outcome"), r -> Messages.get("import.ui.outcome." + r.outcome().name())
                + (r.movedFrom() != null ? Messages.get("import.ui.movedFrom", r.movedFrom()) : ""), 130));
        TableColumn<ParsedRow, String> issues = ImportListTables.col(Messages.get("import.ui.col.issues"), r -> String.join("；",
                r.issues().stream().map(Issue::message).toList()), 300);
        issues.setCellFactory(t -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text.replace("；", "\n")));
            }
        });
        cols.add(issues);
        for (ColumnChoice c : vm.mapping().columns()) {
            Field f = c.fieldProperty().get();
            if (f == null) {
                continue;
            }
            TableColumn<ParsedRow, String> column = new TableColumn<>(c.header().isEmpty() ? f.label() : c.header());
            column.setPrefWidth(f == Field.ID_NUMBER ? 170 : 110);
            column.setCellValueFactory(d -> new SimpleStringProperty(ColumnMapping.shown(d.getValue(), c)));
            column.setCellFactory(t -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    getStyleClass().removeAll("cell-error", "cell-warning");
                    setTooltip(null);
                    setText(empty ? null : text);
                    ParsedRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (r == null) {
                        return;
                    }
                    List<String> why = new ArrayList<>();
                    boolean error = false;
                    for (Issue i : r.issues()) {
                        if (i.field() == f || (i.field() == Field.EMPLOYER && f == Field.EMPLOYER_CODE
                                && i.column().equals(c.header()))) {
                            why.add(i.message());
                            error |= i.isError();
                        }
                    }
                    if (!why.isEmpty()) {
                        getStyleClass().add(error ? "cell-error" : "cell-warning");
                        setTooltip(new Tooltip(String.join("\n", why)));
                    }
                }
            });
            cols.add(column);
        }
        previewTable.getColumns().setAll(cols);
    }

    private void buildUnmatchedTable() {
        unmatchedTable.setItems(vm.preview().unmatched());
        TableColumn<EmployerChoice, EmployerChoice.Target> action =
                new TableColumn<>(Messages.get("import.ui.col.action"));
        action.setPrefWidth(260);
        action.setEditable(true);
        action.setCellValueFactory(c -> c.getValue().targetProperty());
        action.setCellFactory(ComboBoxTableCell.forTableColumn(vm.preview().targets()));
        unmatchedTable.getColumns().setAll(List.of(
                ImportListTables.col(Messages.get("import.ui.col.employer"), EmployerChoice::name, 240),
                ImportListTables.col(Messages.get("import.ui.col.people"), e -> Formats.count(e.people()), 70), action));
    }

    /** A converter for choices; null (when it is a choice) is given to {@code f} too. */
    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
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
