package org.xinye.ledger.ui.units;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
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
import org.xinye.ledger.ui.records.AssignmentsPane;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Column;

/** Controller of the 企业 page: binds the table, its filters and the unit form to {@link UnitsViewModel}. */
public final class UnitsView extends RecordView<UnitsViewModel> {
    private static final List<Column<UnitRow>> COLUMNS = List.of(
            Column.text("nameColumn", "units.col.name", UnitRow::name).width(196),
            Column.text("townshipColumn", "units.col.township", UnitRow::township).width(84),
            Column.label("coverageColumn", "units.col.coverage", UnitRow::coverage).width(150),
            Column.number("workersColumn", "units.col.workers", UnitRow::workers).width(72),
            Column.number("membersColumn", "units.col.members", UnitRow::partyMembers).width(44),
            Column.text("instructorColumn", "units.col.instructors", UnitRow::instructors).width(80),
            Column.label("kindColumn", "field.kind", UnitRow::kind).width(90),
            Column.label("industryColumn", "field.industry", UnitRow::industry).width(64),
            Column.text("countyColumn", "units.col.county", UnitRow::county).width(90));
    private static final List<Column<OrgLinkRow>> ORG_COLUMNS = List.of(
            Column.text("orgNameColumn", "orgs.col.name", OrgLinkRow::name).width(200),
            Column.label("orgFormColumn", "field.form", OrgLinkRow::form).width(100),
            Column.number("orgUnitsColumn", "orgs.col.units", OrgLinkRow::units).width(70));

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
    @FXML private Button clearParent;
    @FXML private TextArea notesField;
    @FXML private Tab coverageTab;
    @FXML private TableView<OrgLinkRow> orgTable;
    @FXML private SearchableComboBox<Choice<Long>> orgPicker;
    @FXML private Button linkButton;
    @FXML private Button unlinkButton;
    @FXML private AssignmentsPane assignments;

    public UnitsView(UnitsViewModel vm) {
        super(vm);
    }

    @Override
    protected void bind() {
        bindTable();
        bindForm();
        bindCoverage();
    }

    private void bindTable() {
        TableView<UnitRow> table = recordTable(COLUMNS, vm.units(), "units.summary", "units.summaryFiltered");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        // Column filters (right-click a column header), on top of the search box.
        TableFilter.forTableView(table).lazy(true).apply();
    }

    private void bindForm() {
        UnitForm f = vm.form();
        coverageBadge.textProperty().bind(vm.coverageProperty());
        coverageBadge.visibleProperty().bind(vm.coverageProperty().isNotEmpty());
        creditCodeField.textProperty().bindBidirectional(f.creditCode);
        Pickers.choose(kindField, EnterpriseKind.values(), f.kind);
        Pickers.choose(industryField, Industry.values(), f.industry);
        Pickers.choose(parentField, vm.choices().units(), f.parent);
        Pickers.clears(clearParent, f.parent);
        Pickers.choose(townshipField, vm.choices().townships(), f.township);
        addressField.textProperty().bindBidirectional(f.address);
        declaredWorkersField.textProperty().bindBidirectional(f.declaredWorkers);
        Pickers.choose(statusField, OperatingStatus.values(), f.status);
        inScopeField.selectedProperty().bindBidirectional(f.inScope);
        competentDeptField.textProperty().bindBidirectional(f.competentDept);
        responsibleUnitField.textProperty().bindBidirectional(f.responsibleUnit);
        charterField.selectedProperty().bindBidirectional(f.partyInCharter);
        crossField.selectedProperty().bindBidirectional(f.crossAppointment);
        unionField.selectedProperty().bindBidirectional(f.hasUnion);
        leagueField.selectedProperty().bindBidirectional(f.hasYouthLeague);
        womenField.selectedProperty().bindBidirectional(f.hasWomensFederation);
        contactNameField.textProperty().bindBidirectional(f.contactName);
        RecordViews.bindMasked(f.contactPhone, contactPhoneField, revealContactButton, vm::revealContact);
        notesField.textProperty().bindBidirectional(f.notes);
        decorate(creditCodeField, f.creditCodeError(), creditCodeError);
        decorate(declaredWorkersField, f.declaredWorkersError(), declaredWorkersError);
    }

    private void bindCoverage() {
        coverageTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        table(orgTable, ORG_COLUMNS);
        orgTable.setItems(vm.coveringOrgs());
        orgTable.setRowFactory(t -> RecordViews.warnRow(r -> UnitsViewModel.overLimit(r.form(), r.units()),
                Messages.get("orgs.overLimitRow")));
        Pickers.choose(orgPicker, vm.choices().orgs(), vm.orgToLinkProperty());
        linkButton.disableProperty().bind(vm.orgToLinkProperty().isNull());
        unlinkButton.disableProperty().bind(orgTable.getSelectionModel().selectedItemProperty().isNull());

        table(assignments.table(), AssignmentsPane.columns(
                Column.text("asNameColumn", "instructors.col.name", AssignmentRow::instructor).width(110)));
        assignments.bind(vm.assignments(), vm.choices().instructors());
        orgPicker.setTooltip(new Tooltip(Messages.get("units.pickOrg")));
    }

    @FXML
    private void onLink() {
        vm.linkOrg();
    }

    @FXML
    private void onUnlink() {
        vm.unlinkOrg(orgTable.getSelectionModel().getSelectedItem());
    }
}
