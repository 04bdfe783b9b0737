package org.xinye.ledger.ui.stations;

import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationSupport;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.StationRow;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.Decorations;
import org.xinye.ledger.ui.records.HistoryTable;
import org.xinye.ledger.ui.records.PageKeys;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Fxml;

/** Controller of the 阵地 page. */
public final class StationsView implements Page {
    private final StationsViewModel vm;
    private Parent view;
    /** What this view follows on the view model, which outlives it; ended by {@link #dispose}. */
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private TextField search;
    @FXML private Label summary;
    @FXML private Label notice;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private TableView<StationRow> table;
    @FXML private TableColumn<StationRow, String> nameColumn;
    @FXML private TableColumn<StationRow, String> kindColumn;
    @FXML private TableColumn<StationRow, String> regionColumn;
    @FXML private TableColumn<StationRow, String> hostColumn;
    @FXML private TableColumn<StationRow, String> hoursColumn;
    @FXML private TableColumn<StationRow, String> addressColumn;
    @FXML private VBox detail;
    @FXML private Label detailTitle;
    @FXML private GridPane form;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<StationKind> kindField;
    @FXML private TextField hostField;
    @FXML private SearchableComboBox<Choice<String>> regionField;
    @FXML private TextField addressField;
    @FXML private TextArea facilitiesField;
    @FXML private TextField hoursField;
    @FXML private TextArea notesField;
    @FXML private Tab historyTab;
    @FXML private Button saveButton;

    public StationsView(StationsViewModel vm) {
        this.vm = vm;
    }

    @Override
    public Parent view() {
        if (view == null) {
            view = Fxml.load(this);
            subscriptions = subscriptions.and(view.sceneProperty().subscribe((a, scene) -> vm.setActive(scene != null)));
        }
        return view;
    }

    @Override
    public void shown(Object target) {
        vm.setActive(true);
        vm.open(target);
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
    }

    @FXML
    private void initialize() {
        Cells.text(nameColumn, StationRow::name);
        Cells.label(kindColumn, StationRow::kind);
        Cells.text(regionColumn, StationRow::region);
        Cells.text(hostColumn, StationRow::host);
        Cells.text(hoursColumn, StationRow::openingHours);
        Cells.text(addressColumn, StationRow::address);
        SortedList<StationRow> sorted = new SortedList<>(vm.visibleStations());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        search.textProperty().bindBidirectional(vm.searchProperty());
        subscriptions = subscriptions.and(RecordViews.syncSelection(table, vm, StationRow::id, vm.listLoadedProperty()));
        table.getItems().addListener((ListChangeListener<StationRow>) c -> updateSummary());
        updateSummary();

        StationForm f = vm.form();
        detail.disableProperty().bind(vm.hasRecordProperty().not());
        detailTitle.textProperty().bind(vm.titleProperty());
        nameField.textProperty().bindBidirectional(f.name);
        kindField.getItems().setAll(StationKind.values());
        Pickers.labels(kindField, null);
        kindField.valueProperty().bindBidirectional(f.kind);
        hostField.textProperty().bindBidirectional(f.host);
        regionField.setItems(vm.regionChoices());
        regionField.valueProperty().bindBidirectional(f.region);
        addressField.textProperty().bindBidirectional(f.address);
        facilitiesField.textProperty().bindBidirectional(f.facilities);
        hoursField.textProperty().bindBidirectional(f.openingHours);
        notesField.textProperty().bindBidirectional(f.notes);
        ValidationSupport validation = new ValidationSupport();
        subscriptions = subscriptions.and(Decorations.bind(validation, nameField, f.nameError(), nameError));
        saveButton.disableProperty().bind(f.dirtyBinding().not());

        historyTab.setContent(HistoryTable.create(vm.history()));
        RecordViews.lazyTab(historyTab);
        RecordViews.bindHeader(vm, notice, deleteButton, undoButton);
        RecordViews.topAlignLabels(form);
        PageKeys.install(table, this::onNew, () -> {
            search.requestFocus();
            search.selectAll();
        }, vm::undo);
        PageKeys.form(detail, vm::save, vm::cancel);
    }

    @FXML
    private void onExport() {
        vm.export();
    }

    private void updateSummary() {
        summary.setText(Messages.get("stations.summary", Formats.count(vm.stations().size())));
    }

    @FXML
    private void onNew() {
        vm.startNew();
        nameField.requestFocus();
    }

    @FXML
    private void onDelete() {
        vm.delete();
    }

    @FXML
    private void onUndo() {
        vm.undo();
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }
}
