package org.xinye.ledger.ui.instructors;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationSupport;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Listings.AssignmentRow;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.InstructorRow;
import org.xinye.ledger.store.Listings.VisitRow;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.Decorations;
import org.xinye.ledger.ui.records.HistoryTable;
import org.xinye.ledger.ui.records.PageKeys;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Fxml;

/** Controller of the 指导员 page. */
public final class InstructorsView implements Page {
    private final InstructorsViewModel vm;
    private Parent view;
    /** What this view follows on the view model, which outlives it; ended by {@link #dispose}. */
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private TextField search;
    @FXML private Label summary;
    @FXML private Label notice;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private TableView<InstructorRow> table;
    @FXML private TableColumn<InstructorRow, String> nameColumn;
    @FXML private TableColumn<InstructorRow, String> roleColumn;
    @FXML private TableColumn<InstructorRow, String> timeColumn;
    @FXML private TableColumn<InstructorRow, String> homeUnitColumn;
    @FXML private TableColumn<InstructorRow, Integer> unitsColumn;
    @FXML private TableColumn<InstructorRow, LocalDate> lastVisitColumn;
    @FXML private TableColumn<InstructorRow, String> activeColumn;
    @FXML private VBox detail;
    @FXML private Label detailTitle;
    @FXML private GridPane form;
    @FXML private TextField nameField;
    @FXML private Label nameError;
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
    @FXML private Tab historyTab;
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
    @FXML private Button saveButton;

    public InstructorsView(InstructorsViewModel vm) {
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
        Cells.text(nameColumn, InstructorRow::name);
        Cells.label(roleColumn, InstructorRow::role);
        Cells.text(timeColumn, r -> Messages.get(r.fullTime() ? "instructors.fullTime" : "instructors.partTime"));
        Cells.text(homeUnitColumn, InstructorRow::homeUnit);
        Cells.number(unitsColumn, InstructorRow::activeUnits);
        Cells.date(lastVisitColumn, InstructorRow::lastVisit);
        Cells.text(activeColumn, r -> Messages.get(r.active() ? "instructors.active" : "instructors.inactive"));
        SortedList<InstructorRow> sorted = new SortedList<>(vm.visibleInstructors());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        search.textProperty().bindBidirectional(vm.searchProperty());
        subscriptions = subscriptions.and(RecordViews.syncSelection(table, vm, InstructorRow::id, vm.listLoadedProperty()));
        table.getItems().addListener((ListChangeListener<InstructorRow>) c -> updateSummary());
        updateSummary();

        InstructorForm f = vm.form();
        detail.disableProperty().bind(vm.hasRecordProperty().not());
        detailTitle.textProperty().bind(vm.titleProperty());
        nameField.textProperty().bindBidirectional(f.name);
        homeUnitField.textProperty().bindBidirectional(f.homeUnit);
        roleField.getItems().setAll(InstructorRole.values());
        Pickers.labels(roleField, null);
        roleField.valueProperty().bindBidirectional(f.role);
        fullTimeField.selectedProperty().bindBidirectional(f.fullTime);
        RecordViews.bindMasked(f.mobile, mobileField, revealMobileButton);
        activeField.selectedProperty().bindBidirectional(f.active);
        notesField.textProperty().bindBidirectional(f.notes);
        ValidationSupport validation = new ValidationSupport();
        subscriptions = subscriptions.and(Decorations.bind(validation, nameField, f.nameError(), nameError));
        subscriptions = subscriptions.and(Decorations.bind(validation, mobileField, f.mobileError(), mobileError));
        saveButton.disableProperty().bind(f.dirtyBinding().not());

        assignmentsTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        visitsTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        assignmentTable.setItems(vm.assignments());
        Cells.text(asUnitColumn, AssignmentRow::unit);
        Cells.date(asFromColumn, AssignmentRow::from);
        Cells.date(asToColumn, AssignmentRow::to);
        Cells.date(asLastVisitColumn, AssignmentRow::lastVisit);
        Cells.text(asStateColumn, RecordViews::assignmentState);
        assignmentTable.setRowFactory(t -> RecordViews.warnRow(AssignmentRow::overdue,
                Messages.get("instructors.overdueRow")));
        unitPicker.setItems(vm.unitChoices());
        unitPicker.valueProperty().bindBidirectional(vm.unitToAssignProperty());
        Pickers.isoDate(assignFromField);
        assignFromField.valueProperty().bindBidirectional(vm.assignFromProperty());
        assignButton.disableProperty().bind(vm.unitToAssignProperty().isNull());
        var selected = assignmentTable.getSelectionModel().selectedItemProperty();
        endAssignmentButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().to() != null, selected));
        removeAssignmentButton.disableProperty().bind(selected.isNull());

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

        historyTab.setContent(HistoryTable.create(vm.history()));
        RecordViews.lazyTab(historyTab);
        RecordViews.bindHeader(vm, notice, deleteButton, undoButton);
        RecordViews.topAlignLabels(form);
        PageKeys.install(table, this::onNew, () -> {
            search.requestFocus();
            search.selectAll();
        }, vm::undo);
        PageKeys.form(visitForm, vm::addVisit, () -> { });
        PageKeys.form(detail, vm::save, vm::cancel);
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
