package org.xinye.ledger.ui.imports;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
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
                col(Messages.get("import.field.workers.name"), ImportStore.RosterEntry::name, 120),
                col(Messages.get("import.field.workers.idNumber"), e -> Masking.idNumber(e.idNumber()), 180),
                col(Messages.get("import.field.workers.status"), e -> Messages.label(e.status()), 90)));
        abortBox.selectedProperty().bindBidirectional(vm.abortOnErrorProperty());

        summary.textProperty().bind(vm.commitStep().summaryProperty());
        exportButton.disableProperty().bind(vm.busyProperty());
        undoButton.disableProperty().bind(vm.busyProperty());
        undoButton.visibleProperty().bind(vm.commitStep().canUndoProperty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
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
        buildReconcileTables();
        buildHistoryTable();
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
        TableColumn<ColumnChoice, String> header = col(Messages.get("import.ui.col.header"),
                ColumnChoice::header, 200);
        TableColumn<ColumnChoice, String> sample = col(Messages.get("import.ui.col.sample"),
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
        TableColumn<ParsedRow, String> number = col(Messages.get("import.report.row"), r -> String.valueOf(r.number()),
                60);
        number.getStyleClass().add("number");
        cols.add(number);
        cols.add(col(Messages.get("import.ui.col.outcome"), r -> Messages.get("import.ui.outcome." + r.outcome().name())
                + (r.movedFrom() != null ? Messages.get("import.ui.movedFrom", r.movedFrom()) : ""), 130));
        TableColumn<ParsedRow, String> issues = col(Messages.get("import.ui.col.issues"), r -> String.join("；",
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
                col(Messages.get("import.ui.col.employer"), EmployerChoice::name, 240),
                col(Messages.get("import.ui.col.people"), e -> Formats.count(e.people()), 70), action));
    }

    private void buildReconcileTables() {
        subscriptions = subscriptions.and(vm.lists().reconciliationProperty().subscribe(r -> {
            if (r == null) {
                return;
            }
            singleTitle.setText(Messages.get("import.ui.reconcile.single", r.single().size()));
            singleTable.getItems().setAll(r.single());
            disagreeTitle.setText(Messages.get("import.ui.reconcile.disagree", r.disagree().size()));
            disagreeTable.getItems().setAll(r.disagree());
            countsTitle.setText(Messages.get("import.ui.reconcile.counts", r.counts().size()));
            countsTable.getItems().setAll(r.counts());
            unmatchedTitle.setText(Messages.get("import.ui.reconcile.unmatched", r.unmatched().size()));
            followUpTable.getItems().setAll(r.unmatched());
        }));
        String name = Messages.get("import.field.workers.name");
        String id = Messages.get("import.field.workers.idNumber");
        singleTable.getColumns().setAll(List.of(col(name, ReconcileQueries.SingleSource::name, 100),
                col(id, x -> Masking.idNumber(x.idNumber()), 170),
                col(Messages.get("import.field.workers.employer"), x -> nz(x.employer()), 200),
                col(Messages.get("import.ui.col.source"), x -> Messages.label(x.source()), 100)));
        disagreeTable.getColumns().setAll(List.of(col(name, ReconcileQueries.Disagreement::name, 100),
                col(id, x -> Masking.idNumber(x.idNumber()), 170),
                col(Messages.get("import.ui.col.said"), x -> String.join("  |  ", x.sources().stream()
                        .map(s -> Messages.label(s.source()) + "：" + nz(s.employerText()) + " "
                                + Masking.mobile(nz(s.mobile()))).toList()), 560)));
        countsTable.getColumns().setAll(List.of(
                col(Messages.get("import.field.enterprises.name"), ReconcileQueries.CountMismatch::name, 240),
                numberCol(Messages.get("import.ui.col.declared"), ReconcileQueries.CountMismatch::declared),
                numberCol(Messages.get("import.ui.col.inLedger"), ReconcileQueries.CountMismatch::inLedger)));
        followUpTable.getColumns().setAll(List.of(col(name, ReconcileQueries.Unmatched::name, 100),
                col(id, x -> Masking.idNumber(x.idNumber()), 170),
                col(Messages.get("import.ui.col.employerText"), x -> nz(x.employerText()), 200),
                col(Messages.get("import.ui.col.townshipText"), x -> nz(x.townshipText()), 160)));
    }

    private void buildHistoryTable() {
        historyTable.setItems(vm.lists().history());
        historyTable.getColumns().setAll(List.of(
                numberCol("#", b -> (int) b.id()),
                col(Messages.get("import.ui.col.time"), b -> Formats.date(b.importedAt() == null ? null
                        : b.importedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                        + (b.importedAt() == null ? "" : " " + b.importedAt().atZone(java.time.ZoneId.systemDefault())
                        .toLocalTime().withNano(0)), 150),
                col(Messages.get("import.ui.col.file"), ImportBatches.BatchRow::fileName, 200),
                col(Messages.get("import.ui.col.type"), b -> Messages.get("import.ui.type." + b.type()), 70),
                col(Messages.get("import.ui.col.source"), b -> Messages.label(b.source()), 80),
                numberCol(Messages.get("import.ui.col.rows"), ImportBatches.BatchRow::rows),
                numberCol(Messages.get("import.ui.outcome.NEW"), ImportBatches.BatchRow::inserted),
                numberCol(Messages.get("import.ui.outcome.CHANGED"), ImportBatches.BatchRow::updated),
                numberCol(Messages.get("import.ui.outcome.REJECTED"), ImportBatches.BatchRow::rejected),
                col(Messages.get("import.ui.col.state"), b -> Messages.get(b.undone() ? "import.ui.undone"
                        : "import.ui.active"), 80),
                col("SHA-256", b -> b.sha256().substring(0, 12) + "…", 120)));
    }

    private static <S> TableColumn<S, String> col(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }

    private static <S> TableColumn<S, Integer> numberCol(String title, Function<S, Integer> value) {
        TableColumn<S, Integer> c = new TableColumn<>(title);
        c.setPrefWidth(80);
        c.getStyleClass().add("number");
        c.setCellValueFactory(d -> (ObservableValue<Integer>) new SimpleObjectProperty<>(value.apply(d.getValue())));
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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
