package org.xinye.ledger.ui.units;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.table.TableFilter;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.OrgLinkRow;
import org.xinye.ledger.store.Listings.UnitRow;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.SearchPickers;

/** Controller of the 企业 page: binds the table, its filters and the unit form to {@link UnitsViewModel}. */
public final class UnitsView extends RecordView<UnitsViewModel> {
    @FXML private TableView<UnitRow> table;
    @FXML private TableColumn<UnitRow, String> nameColumn;
    @FXML private TableColumn<UnitRow, String> kindColumn;
    @FXML private TableColumn<UnitRow, String> industryColumn;
    @FXML private TableColumn<UnitRow, String> countyColumn;
    @FXML private TableColumn<UnitRow, String> townshipColumn;
    @FXML private TableColumn<UnitRow, Integer> workersColumn;
    @FXML private TableColumn<UnitRow, Integer> membersColumn;
    @FXML private TableColumn<UnitRow, String> coverageColumn;
    @FXML private TableColumn<UnitRow, String> instructorColumn;
    @FXML private Label coverageBadge;
    @FXML private TextField creditCodeField;
    @FXML private Label creditCodeError;
    @FXML private ComboBox<EnterpriseKind> kindField;
    @FXML private ComboBox<Industry> industryField;
    @FXML private SearchableComboBox<Choice<Long>> parentField;
    @FXML private SearchableComboBox<Choice<String>> townshipField;
    @FXML private TextField addressField;
    @FXML private TextField declaredWorkersField;
    @FXML private Label declaredWorkersError;
    @FXML private ComboBox<OperatingStatus> statusField;
    @FXML private CheckBox inScopeField;
    @FXML private TextField competentDeptField;
    @FXML private TextField responsibleUnitField;
    @FXML private CheckBox charterField;
    @FXML private CheckBox crossField;
    @FXML private CheckBox unionField;
    @FXML private CheckBox leagueField;
    @FXML private CheckBox womenField;
    @FXML private TextField contactNameField;
    @FXML private TextField contactPhoneField;
    @FXML private Button revealContactButton;
    @FXML private TextArea notesField;
    @FXML private Tab coverageTab;
    @FXML private TableView<OrgLinkRow> orgTable;
    @FXML private TableColumn<OrgLinkRow, String> orgNameColumn;
    @FXML private TableColumn<OrgLinkRow, String> orgFormColumn;
    @FXML private TableColumn<OrgLinkRow, Integer> orgUnitsColumn;
    @FXML private SearchableComboBox<Choice<Long>> orgPicker;
    @FXML private Button linkButton;
    @FXML private Button unlinkButton;
    @FXML private TableView<AssignmentRow> assignmentTable;
    @FXML private TableColumn<AssignmentRow, String> asNameColumn;
    @FXML private TableColumn<AssignmentRow, LocalDate> asFromColumn;
    @FXML private TableColumn<AssignmentRow, LocalDate> asToColumn;
    @FXML private TableColumn<AssignmentRow, LocalDate> asLastVisitColumn;
    @FXML private TableColumn<AssignmentRow, String> asStateColumn;
    @FXML private SearchableComboBox<Choice<Long>> instructorPicker;
    @FXML private DatePicker assignFromField;
    @FXML private Button assignButton;
    @FXML private Button endAssignmentButton;
    @FXML private Button removeAssignmentButton;

    public UnitsView(UnitsViewModel vm) {
        super(vm);
    }

    @Override
    protected void bind() {
        bindTable();
        bindForm();
        bindCoverage();
        standardTable(table);
    }

    private void bindTable() {
        Cells.text(nameColumn, UnitRow::name);
        Cells.label(kindColumn, UnitRow::kind);
        Cells.label(industryColumn, UnitRow::industry);
        Cells.text(countyColumn, UnitRow::county);
        Cells.text(townshipColumn, UnitRow::township);
        Cells.number(workersColumn, UnitRow::workers);
        Cells.number(membersColumn, UnitRow::partyMembers);
        Cells.label(coverageColumn, UnitRow::coverage);
        Cells.text(instructorColumn, UnitRow::instructors);
        table.setItems(vm.visibleUnits());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        // Column filters (right-click a column header), on top of the search box.
        TableFilter.forTableView(table).lazy(true).apply();
        search.textProperty().bindBidirectional(vm.searchProperty());
        follow(RecordViews.syncSelection(table, vm, UnitRow::id, vm.listLoadedProperty()));
        table.getItems().addListener((ListChangeListener<UnitRow>) c -> updateSummary());
        follow(vm.units().subscribe(this::updateSummary));
        updateSummary();
    }

    private void updateSummary() {
        int all = vm.units().size();
        int shown = table.getItems().size();
        summary.setText(shown == all ? Messages.get("units.summary", Formats.count(all))
                : Messages.get("units.summaryFiltered", Formats.count(all), Formats.count(shown)));
    }

    private void bindForm() {
        UnitForm f = vm.form();
        coverageBadge.textProperty().bind(vm.coverageProperty());
        coverageBadge.visibleProperty().bind(vm.coverageProperty().isNotEmpty());
        creditCodeField.textProperty().bindBidirectional(f.creditCode);
        kindField.getItems().setAll(EnterpriseKind.values());
        Pickers.labels(kindField, null);
        kindField.valueProperty().bindBidirectional(f.kind);
        industryField.getItems().setAll(Industry.values());
        Pickers.labels(industryField, null);
        industryField.valueProperty().bindBidirectional(f.industry);
        parentField.setItems(vm.unitChoices());
        SearchPickers.install(parentField, Choice::label);
        parentField.valueProperty().bindBidirectional(f.parent);
        townshipField.setItems(vm.townshipChoices());
        SearchPickers.install(townshipField, Choice::label);
        townshipField.valueProperty().bindBidirectional(f.township);
        addressField.textProperty().bindBidirectional(f.address);
        declaredWorkersField.textProperty().bindBidirectional(f.declaredWorkers);
        statusField.getItems().setAll(OperatingStatus.values());
        Pickers.labels(statusField, null);
        statusField.valueProperty().bindBidirectional(f.status);
        inScopeField.selectedProperty().bindBidirectional(f.inScope);
        competentDeptField.textProperty().bindBidirectional(f.competentDept);
        responsibleUnitField.textProperty().bindBidirectional(f.responsibleUnit);
        charterField.selectedProperty().bindBidirectional(f.partyInCharter);
        crossField.selectedProperty().bindBidirectional(f.crossAppointment);
        unionField.selectedProperty().bindBidirectional(f.hasUnion);
        leagueField.selectedProperty().bindBidirectional(f.hasYouthLeague);
        womenField.selectedProperty().bindBidirectional(f.hasWomensFederation);
        contactNameField.textProperty().bindBidirectional(f.contactName);
        RecordViews.bindMasked(f.contactPhone, contactPhoneField, revealContactButton);
        notesField.textProperty().bindBidirectional(f.notes);
        decorate(creditCodeField, f.creditCodeError(), creditCodeError);
        decorate(declaredWorkersField, f.declaredWorkersError(), declaredWorkersError);
    }

    private void bindCoverage() {
        coverageTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        orgTable.setItems(vm.coveringOrgs());
        Cells.text(orgNameColumn, OrgLinkRow::name);
        Cells.label(orgFormColumn, OrgLinkRow::form);
        Cells.number(orgUnitsColumn, OrgLinkRow::units);
        orgTable.setRowFactory(t -> RecordViews.warnRow(r -> UnitsViewModel.overLimit(r.form(), r.units()),
                Messages.get("orgs.overLimitRow")));
        orgPicker.setItems(vm.orgChoices());
        SearchPickers.install(orgPicker, Choice::label);
        orgPicker.valueProperty().bindBidirectional(vm.orgToLinkProperty());
        linkButton.disableProperty().bind(vm.orgToLinkProperty().isNull());
        unlinkButton.disableProperty().bind(orgTable.getSelectionModel().selectedItemProperty().isNull());

        RecordViews.assignments(assignmentTable, vm.assignments(), asFromColumn, asToColumn, asLastVisitColumn,
                asStateColumn, endAssignmentButton, removeAssignmentButton);
        Cells.text(asNameColumn, AssignmentRow::instructor);
        instructorPicker.setItems(vm.instructorChoices());
        SearchPickers.install(instructorPicker, Choice::label);
        instructorPicker.valueProperty().bindBidirectional(vm.instructorToAssignProperty());
        Pickers.isoDate(assignFromField);
        assignFromField.valueProperty().bindBidirectional(vm.assignFromProperty());
        assignButton.disableProperty().bind(vm.instructorToAssignProperty().isNull());
        orgPicker.setTooltip(new Tooltip(Messages.get("units.pickOrg")));
    }

    @FXML
    private void onExport() {
        vm.export(List.copyOf(table.getItems()));
    }

    @FXML
    private void onRevealContact() {
        vm.revealContact();
    }

    @FXML
    private void onClearParent() {
        vm.form().parent.set(null);
    }

    @FXML
    private void onLink() {
        vm.linkOrg();
    }

    @FXML
    private void onUnlink() {
        vm.unlinkOrg(orgTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAssign() {
        vm.assign();
    }

    @FXML
    private void onEndAssignment() {
        vm.endAssignment(assignmentTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRemoveAssignment() {
        vm.removeAssignment(assignmentTable.getSelectionModel().getSelectedItem());
    }
}
