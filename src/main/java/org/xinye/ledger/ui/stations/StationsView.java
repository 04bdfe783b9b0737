package org.xinye.ledger.ui.stations;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.StationRow;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Column;

/** Controller of the 阵地 page. */
public final class StationsView extends RecordView<StationsViewModel> {
    private static final List<Column<StationRow>> COLUMNS = List.of(
            Column.text("nameColumn", "stations.col.name", StationRow::name).width(230),
            Column.label("kindColumn", "field.kind", StationRow::kind).width(96),
            Column.text("regionColumn", "field.region_code", StationRow::region).width(90),
            Column.text("hostColumn", "field.host", StationRow::host).width(130),
            Column.text("hoursColumn", "field.opening_hours", StationRow::openingHours).width(90),
            Column.text("addressColumn", "field.address", StationRow::address).width(180));

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
        recordTable(COLUMNS, vm.stations(), "stations.summary", null);
        StationForm f = vm.form();
        Pickers.choose(kindField, StationKind.values(), f.kind);
        hostField.textProperty().bindBidirectional(f.host);
        Pickers.choose(regionField, vm.choices().regions(), f.region);
        addressField.textProperty().bindBidirectional(f.address);
        facilitiesField.textProperty().bindBidirectional(f.facilities);
        hoursField.textProperty().bindBidirectional(f.openingHours);
        notesField.textProperty().bindBidirectional(f.notes);
        RecordViews.lazyTab(historyTab);
    }
}
