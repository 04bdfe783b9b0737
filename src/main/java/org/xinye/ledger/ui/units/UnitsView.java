package org.xinye.ledger.ui.units;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.table.TableFilter;
import org.controlsfx.validation.ValidationSupport;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.OrgLinkRow;
import org.xinye.ledger.store.Listings.UnitRow;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.Decorations;
import org.xinye.ledger.ui.records.HistoryTable;
import org.xinye.ledger.ui.records.PageKeys;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Fxml;

/** Controller of the 企业 page: binds the table, its filters and the unit form to {@link UnitsViewModel}. */
public final class UnitsView implements Page {
    private final UnitsViewModel vm;
    private Parent view;
    /** What this view follows on the view model, which outlives it; ended by {@link #dispose}. */
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private TextField search;
    @FXML private Label summary;
    @FXML private Label notice;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
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
    @FXML private VBox detail;
    @FXML private Label detailTitle;
    @FXML private Label coverageBadge;
    @FXML private GridPane form;
    @FXML private TextField nameField;
    @FXML private Label nameError;
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
    @FXML private Tab historyTab;
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
    @FXML private Button saveButton;

    public UnitsView(UnitsViewModel vm) {
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
        bindTable();
        bindForm();
        bindCoverage();
        historyTab.setContent(HistoryTable.create(vm.history()));
        RecordViews.bindHeader(vm, notice, deleteButton, undoButton);
        RecordViews.topAlignLabels(form);
        PageKeys.install(table, this::onNew, () -> {
            search.requestFocus();
            search.selectAll();
        }, vm::undo);
        PageKeys.form(detail, vm::save, vm::cancel);
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
        subscriptions = subscriptions.and(RecordViews.syncSelection(table, vm, UnitRow::id, vm.listLoadedProperty()));
        table.getItems().addListener((ListChangeListener<UnitRow>) c -> updateSummary());
        subscriptions = subscriptions.and(vm.units().subscribe(this::updateSummary));
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
        detail.disableProperty().bind(vm.hasRecordProperty().not());
        detailTitle.textProperty().bind(vm.titleProperty());
        coverageBadge.textProperty().bind(vm.coverageProperty());
        coverageBadge.visibleProperty().bind(vm.coverageProperty().isNotEmpty());
        nameField.textProperty().bindBidirectional(f.name);
        creditCodeField.textProperty().bindBidirectional(f.creditCode);
        kindField.getItems().setAll(EnterpriseKind.values());
        Pickers.labels(kindField, null);
        kindField.valueProperty().bindBidirectional(f.kind);
        industryField.getItems().setAll(Industry.values());
        Pickers.labels(industryField, null);
        industryField.valueProperty().bindBidirectional(f.industry);
        parentField.setItems(vm.unitChoices());
        parentField.valueProperty().bindBidirectional(f.parent);
        townshipField.setItems(vm.townshipChoices());
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

        ValidationSupport validation = new ValidationSupport();
        subscriptions = subscriptions.and(Decorations.bind(validation, nameField, f.nameError(), nameError));
        subscriptions = subscriptions.and(Decorations.bind(validation, creditCodeField, f.creditCodeError(), creditCodeError));
        subscriptions = subscriptions.and(Decorations.bind(validation, declaredWorkersField, f.declaredWorkersError(), declaredWorkersError));
        saveButton.disableProperty().bind(f.dirtyBinding().not());
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
        orgPicker.valueProperty().bindBidirectional(vm.orgToLinkProperty());
        linkButton.disableProperty().bind(vm.orgToLinkProperty().isNull());
        unlinkButton.disableProperty().bind(orgTable.getSelectionModel().selectedItemProperty().isNull());

        assignmentTable.setItems(vm.assignments());
        Cells.text(asNameColumn, AssignmentRow::instructor);
        Cells.date(asFromColumn, AssignmentRow::from);
        Cells.date(asToColumn, AssignmentRow::to);
        Cells.date(asLastVisitColumn, AssignmentRow::lastVisit);
        Cells.text(asStateColumn, RecordViews::assignmentState);
        assignmentTable.setRowFactory(t -> RecordViews.warnRow(AssignmentRow::overdue,
                Messages.get("instructors.overdueRow")));
        instructorPicker.setItems(vm.instructorChoices());
        instructorPicker.valueProperty().bindBidirectional(vm.instructorToAssignProperty());
        Pickers.isoDate(assignFromField);
        assignFromField.valueProperty().bindBidirectional(vm.assignFromProperty());
        assignButton.disableProperty().bind(vm.instructorToAssignProperty().isNull());
        var selectedAssignment = assignmentTable.getSelectionModel().selectedItemProperty();
        endAssignmentButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectedAssignment.get() == null || selectedAssignment.get().to() != null, selectedAssignment));
        removeAssignmentButton.disableProperty().bind(selectedAssignment.isNull());
        orgPicker.setTooltip(new Tooltip(Messages.get("units.pickOrg")));
    }

    @FXML
    private void onNew() {
        vm.startNew();
        nameField.requestFocus();
    }

    @FXML
    private void onExport() {
        vm.export(List.copyOf(table.getItems()));
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
