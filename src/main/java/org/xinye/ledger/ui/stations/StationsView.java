package org.xinye.ledger.ui.stations;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.StationRow;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.SearchPickers;

/** Controller of the 阵地 page. */
public final class StationsView extends RecordView<StationsViewModel> {
    @FXML private TableView<StationRow> table;
    @FXML private TableColumn<StationRow, String> nameColumn;
    @FXML private TableColumn<StationRow, String> kindColumn;
    @FXML private TableColumn<StationRow, String> regionColumn;
    @FXML private TableColumn<StationRow, String> hostColumn;
    @FXML private TableColumn<StationRow, String> hoursColumn;
    @FXML private TableColumn<StationRow, String> addressColumn;
    @FXML private ComboBox<StationKind> kindField;
    @FXML private TextField hostField;
    @FXML private SearchableComboBox<Choice<String>> regionField;
    @FXML private TextField addressField;
    @FXML private TextArea facilitiesField;
    @FXML private TextField hoursField;
    @FXML private TextArea notesField;

    public StationsView(StationsViewModel vm) {
        super(vm);
    }

    @Override
    protected void bind() {
        Cells.text(nameColumn, StationRow::name);
        Cells.label(kindColumn, StationRow::kind);
        Cells.text(regionColumn, StationRow::region);
        Cells.text(hostColumn, StationRow::host);
        Cells.text(hoursColumn, StationRow::openingHours);
        Cells.text(addressColumn, StationRow::address);
        RecordViews.sortable(table, vm.visibleStations());
        search.textProperty().bindBidirectional(vm.searchProperty());
        follow(RecordViews.syncSelection(table, vm, StationRow::id, vm.listLoadedProperty()));
        table.getItems().addListener((ListChangeListener<StationRow>) c -> updateSummary());
        updateSummary();

        StationForm f = vm.form();
        kindField.getItems().setAll(StationKind.values());
        Pickers.labels(kindField, null);
        kindField.valueProperty().bindBidirectional(f.kind);
        hostField.textProperty().bindBidirectional(f.host);
        regionField.setItems(vm.regionChoices());
        SearchPickers.install(regionField, Choice::label);
        regionField.valueProperty().bindBidirectional(f.region);
        addressField.textProperty().bindBidirectional(f.address);
        facilitiesField.textProperty().bindBidirectional(f.facilities);
        hoursField.textProperty().bindBidirectional(f.openingHours);
        notesField.textProperty().bindBidirectional(f.notes);
        RecordViews.lazyTab(historyTab);
        standardTable(table);
    }

    @FXML
    private void onExport() {
        vm.export();
    }

    private void updateSummary() {
        summary.setText(Messages.get("stations.summary", Formats.count(vm.stations().size())));
    }
}
