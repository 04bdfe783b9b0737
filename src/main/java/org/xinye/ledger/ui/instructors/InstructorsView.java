package org.xinye.ledger.ui.instructors;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.InstructorRow;
import org.xinye.ledger.store.Listings.VisitRow;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.PageKeys;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.SearchPickers;

/** Controller of the 指导员 page. */
public final class InstructorsView extends RecordView<InstructorsViewModel> {
    @FXML private TableView<InstructorRow> table;
    @FXML private TableColumn<InstructorRow, String> nameColumn;
    @FXML private TableColumn<InstructorRow, String> roleColumn;
    @FXML private TableColumn<InstructorRow, String> timeColumn;
    @FXML private TableColumn<InstructorRow, String> homeUnitColumn;
    @FXML private TableColumn<InstructorRow, Integer> unitsColumn;
    @FXML private TableColumn<InstructorRow, LocalDate> lastVisitColumn;
    @FXML private TableColumn<InstructorRow, String> activeColumn;
    @FXML private TextField homeUnitField;
    @FXML private ComboBox<InstructorRole> roleField;
    @FXML private CheckBox fullTimeField;
    @FXML private TextField mobileField;
    @FXML private Button revealMobileButton;
    @FXML private Label mobileError;
    @FXML private CheckBox activeField;
    @FXML private TextArea notesField;
    @FXML private Tab assignmentsTab;
    @FXML private Tab visitsTab;
    @FXML private TableView<AssignmentRow> assignmentTable;
    @FXML private TableColumn<AssignmentRow, String> asUnitColumn;
    @FXML private TableColumn<AssignmentRow, LocalDate> asFromColumn;
    @FXML private TableColumn<AssignmentRow, LocalDate> asToColumn;
    @FXML private TableColumn<AssignmentRow, LocalDate> asLastVisitColumn;
    @FXML private TableColumn<AssignmentRow, String> asStateColumn;
    @FXML private SearchableComboBox<Choice<Long>> unitPicker;
    @FXML private DatePicker assignFromField;
    @FXML private Button assignButton;
    @FXML private Button endAssignmentButton;
    @FXML private Button removeAssignmentButton;
    @FXML private TableView<VisitRow> visitTable;
    @FXML private TableColumn<VisitRow, LocalDate> visitDateColumn;
    @FXML private TableColumn<VisitRow, String> visitUnitColumn;
    @FXML private TableColumn<VisitRow, String> visitNoteColumn;
    @FXML private VBox visitForm;
    @FXML private ComboBox<Choice<Long>> visitUnitField;
    @FXML private DatePicker visitDateField;
    @FXML private TextField visitNoteField;
    @FXML private Button addVisitButton;
    @FXML private Button removeVisitButton;

    public InstructorsView(InstructorsViewModel vm) {
        super(vm);
    }

    @Override
    protected void bind() {
        Cells.text(nameColumn, InstructorRow::name);
        Cells.label(roleColumn, InstructorRow::role);
        Cells.text(timeColumn, r -> Messages.get(r.fullTime() ? "instructors.fullTime" : "instructors.partTime"));
        Cells.text(homeUnitColumn, InstructorRow::homeUnit);
        Cells.number(unitsColumn, InstructorRow::activeUnits);
        Cells.date(lastVisitColumn, InstructorRow::lastVisit);
        Cells.text(activeColumn, r -> Messages.get(r.active() ? "instructors.active" : "instructors.inactive"));
        RecordViews.sortable(table, vm.visibleInstructors());
        search.textProperty().bindBidirectional(vm.searchProperty());
        follow(RecordViews.syncSelection(table, vm, InstructorRow::id, vm.listLoadedProperty()));
        table.getItems().addListener((ListChangeListener<InstructorRow>) c -> updateSummary());
        updateSummary();

        InstructorForm f = vm.form();
        homeUnitField.textProperty().bindBidirectional(f.homeUnit);
        roleField.getItems().setAll(InstructorRole.values());
        Pickers.labels(roleField, null);
        roleField.valueProperty().bindBidirectional(f.role);
        fullTimeField.selectedProperty().bindBidirectional(f.fullTime);
        RecordViews.bindMasked(f.mobile, mobileField, revealMobileButton);
        activeField.selectedProperty().bindBidirectional(f.active);
        notesField.textProperty().bindBidirectional(f.notes);
        decorate(mobileField, f.mobileError(), mobileError);

        assignmentsTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        visitsTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        RecordViews.assignments(assignmentTable, vm.assignments(), asFromColumn, asToColumn, asLastVisitColumn,
                asStateColumn, endAssignmentButton, removeAssignmentButton);
        Cells.text(asUnitColumn, AssignmentRow::unit);
        unitPicker.setItems(vm.unitChoices());
        SearchPickers.install(unitPicker, Choice::label);
        unitPicker.valueProperty().bindBidirectional(vm.unitToAssignProperty());
        Pickers.isoDate(assignFromField);
        assignFromField.valueProperty().bindBidirectional(vm.assignFromProperty());
        assignButton.disableProperty().bind(vm.unitToAssignProperty().isNull());

        visitTable.setItems(vm.visits());
        Cells.date(visitDateColumn, VisitRow::date);
        Cells.text(visitUnitColumn, VisitRow::unit);
        Cells.text(visitNoteColumn, VisitRow::note);
        visitUnitField.setItems(vm.visitUnits());
        visitUnitField.valueProperty().bindBidirectional(vm.visitUnitProperty());
        Pickers.isoDate(visitDateField);
        visitDateField.valueProperty().bindBidirectional(vm.visitDateProperty());
        visitNoteField.textProperty().bindBidirectional(vm.visitNoteProperty());
        addVisitButton.disableProperty().bind(vm.visitUnitProperty().isNull().or(vm.visitDateProperty().isNull()));
        removeVisitButton.disableProperty().bind(visitTable.getSelectionModel().selectedItemProperty().isNull());
        Cells.onOpen(visitTable, v -> vm.openUnit(v.enterpriseId()));
        Cells.onOpen(assignmentTable, a -> vm.openUnit(a.enterpriseId()));

        RecordViews.lazyTab(historyTab);
        PageKeys.form(visitForm, vm::addVisit, () -> { });
        standardTable(table);
    }

    @FXML
    private void onExport() {
        vm.export();
    }

    @FXML
    private void onRevealMobile() {
        vm.revealMobile();
    }

    private void updateSummary() {
        summary.setText(Messages.get("instructors.summary", Formats.count(vm.instructors().size())));
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

    @FXML
    private void onAddVisit() {
        vm.addVisit();
    }

    @FXML
    private void onRemoveVisit() {
        vm.removeVisit(visitTable.getSelectionModel().getSelectedItem());
    }
}
