package org.xinye.ledger.ui.instructors;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.InstructorRow;
import org.xinye.ledger.store.Listings.VisitRow;
import org.xinye.ledger.ui.records.AssignmentsPane;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.PageKeys;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Column;

/** Controller of the 指导员 page. */
public final class InstructorsView extends RecordView<InstructorsViewModel> {
    private static final List<Column<InstructorRow>> COLUMNS = List.of(
            Column.text("nameColumn", "instructors.col.name", InstructorRow::name).width(70),
            Column.label("roleColumn", "field.role", InstructorRow::role).width(84),
            Column.flag("timeColumn", "instructors.col.time", InstructorRow::fullTime, "instructors.fullTime",
                    "instructors.partTime").width(62),
            Column.text("homeUnitColumn", "field.home_unit", InstructorRow::homeUnit).width(130),
            Column.number("unitsColumn", "instructors.col.units", InstructorRow::activeUnits).width(70),
            Column.date("lastVisitColumn", "instructors.col.lastVisit", InstructorRow::lastVisit).width(90),
            Column.flag("activeColumn", "records.col.state", InstructorRow::active, "instructors.active",
                    "instructors.inactive").width(56));
    private static final List<Column<VisitRow>> VISIT_COLUMNS = List.of(
            Column.date("visitDateColumn", "instructors.col.visitDate", VisitRow::date).width(90),
            Column.text("visitUnitColumn", "units.col.name", VisitRow::unit).width(180),
            Column.text("visitNoteColumn", "instructors.col.note", VisitRow::note).width(200));

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
    @FXML private AssignmentsPane assignments;
    @FXML private TableView<VisitRow> visitTable;
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
        recordTable(COLUMNS, vm.instructors(), "instructors.summary", null);

        InstructorForm f = vm.form();
        homeUnitField.textProperty().bindBidirectional(f.homeUnit);
        Pickers.choose(roleField, InstructorRole.values(), f.role);
        fullTimeField.selectedProperty().bindBidirectional(f.fullTime);
        RecordViews.bindMasked(f.mobile, mobileField, revealMobileButton, vm::revealMobile);
        activeField.selectedProperty().bindBidirectional(f.active);
        notesField.textProperty().bindBidirectional(f.notes);
        decorate(mobileField, f.mobileError(), mobileError);

        assignmentsTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        visitsTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        table(assignments.table(), AssignmentsPane.columns(
                Column.text("asUnitColumn", "units.col.name", AssignmentRow::unit).width(190)));
        assignments.bind(vm.assignments(), vm.choices().units());

        table(visitTable, VISIT_COLUMNS);
        visitTable.setItems(vm.visits());
        visitUnitField.setItems(vm.visitUnits());
        visitUnitField.valueProperty().bindBidirectional(vm.visitUnitProperty());
        Pickers.isoDate(visitDateField);
        visitDateField.valueProperty().bindBidirectional(vm.visitDateProperty());
        visitNoteField.textProperty().bindBidirectional(vm.visitNoteProperty());
        addVisitButton.disableProperty().bind(vm.visitUnitProperty().isNull().or(vm.visitDateProperty().isNull()));
        removeVisitButton.disableProperty().bind(visitTable.getSelectionModel().selectedItemProperty().isNull());
        Cells.onOpen(visitTable, v -> vm.openUnit(v.enterpriseId()));
        Cells.onOpen(assignments.table(), a -> vm.openUnit(a.enterpriseId()));

        RecordViews.lazyTab(historyTab);
        PageKeys.form(visitForm, vm::addVisit, () -> { });
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
