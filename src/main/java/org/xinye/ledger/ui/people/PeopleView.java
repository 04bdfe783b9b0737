package org.xinye.ledger.ui.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.xinye.ledger.domain.DesignationKind;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.DesignationRow;
import org.xinye.ledger.store.Listings.DoubleReportRow;
import org.xinye.ledger.store.Listings.EmploymentRow;
import org.xinye.ledger.store.Listings.OrgLifeRow;
import org.xinye.ledger.store.WorkerListing.SortKey;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.PageKeys;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.SearchPickers;

/**
 * Controller of the 人员 page. The table shows {@link PagedRows}: it asks for lines as they
 * scroll into view and sorts by handing the order to the view model (SQL sorts), never by
 * sorting the list itself.
 */
public final class PeopleView extends RecordView<PeopleViewModel> {
    private final Map<TableColumn<PersonSlot, ?>, SortKey> sortKeys = new HashMap<>();
    private boolean syncing;
    private Object shownQuery;

    @FXML private ComboBox<Occupation> occupationFilter;
    @FXML private SearchableComboBox<Choice<Long>> employerFilter;
    @FXML private SearchableComboBox<Choice<String>> townshipFilter;
    @FXML private ComboBox<PoliticalStatus> politicalFilter;
    @FXML private ComboBox<WorkerListing.Relation> relationFilter;
    @FXML private ComboBox<WorkerStatus> statusFilter;
    @FXML private TableView<PersonSlot> table;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> nameColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> idColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> genderColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> ageColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> mobileColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> occupationColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> employerColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> townshipColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> politicalColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> relationColumn;
    @FXML private TableColumn<PersonSlot, WorkerListing.Row> statusColumn;
    @FXML private StackPane detailHolder;
    @FXML private Label emptyDetail;
    @FXML private GridPane membershipGrid;
    @FXML private TextField idField;
    @FXML private Button revealButton;
    @FXML private Label idError;
    @FXML private Label derived;
    @FXML private Label maskedNote;
    @FXML private TextField mobileField;
    @FXML private Label mobileError;
    @FXML private ComboBox<Occupation> occupationField;
    @FXML private SearchableComboBox<Choice<Long>> employerField;
    @FXML private Label unmatched;
    @FXML private SearchableComboBox<Choice<String>> townshipField;
    @FXML private ComboBox<PoliticalStatus> politicalField;
    @FXML private ComboBox<WorkerStatus> statusField;
    @FXML private TextArea notesField;
    @FXML private TableView<EmploymentRow> employmentTable;
    @FXML private TableColumn<EmploymentRow, String> empEmployerColumn;
    @FXML private TableColumn<EmploymentRow, LocalDate> empFromColumn;
    @FXML private TableColumn<EmploymentRow, LocalDate> empToColumn;
    @FXML private Tab memberTab;
    @FXML private VBox membershipBox;
    @FXML private SearchableComboBox<Choice<Long>> orgField;
    @FXML private ComboBox<RelationStatus> relationField;
    @FXML private TextField homeOrgField;
    @FXML private TextField certNoField;
    @FXML private DatePicker certDateField;
    @FXML private DatePicker lastCheckField;
    @FXML private DatePicker joinedField;
    @FXML private Label datesError;
    @FXML private Label membershipState;
    @FXML private Button saveMembershipButton;
    @FXML private TableView<OrgLifeRow> orgLifeTable;
    @FXML private TableColumn<OrgLifeRow, String> olOrgColumn;
    @FXML private TableColumn<OrgLifeRow, LocalDate> olFromColumn;
    @FXML private TableColumn<OrgLifeRow, LocalDate> olToColumn;
    @FXML private SearchableComboBox<Choice<Long>> orgLifePicker;
    @FXML private DatePicker orgLifeFromField;
    @FXML private Button addOrgLifeButton;
    @FXML private Button removeOrgLifeButton;
    @FXML private TableView<DoubleReportRow> reportTable;
    @FXML private TableColumn<DoubleReportRow, String> drCommunityColumn;
    @FXML private TableColumn<DoubleReportRow, LocalDate> drDateColumn;
    @FXML private TextField communityField;
    @FXML private DatePicker reportDateField;
    @FXML private Button removeReportButton;
    @FXML private TableView<DesignationRow> designationTable;
    @FXML private TableColumn<DesignationRow, String> dsKindColumn;
    @FXML private TableColumn<DesignationRow, String> dsTitleColumn;
    @FXML private TableColumn<DesignationRow, String> dsYearColumn;
    @FXML private ComboBox<DesignationKind> designationKindField;
    @FXML private TextField designationTitleField;
    @FXML private TextField designationYearField;
    @FXML private Button removeDesignationButton;

    public PeopleView(PeopleViewModel vm) {
        super(vm);
    }

    /** The table (for the benchmark, which measures until its lines are on screen). */
    public TableView<PersonSlot> table() {
        return table;
    }

    @Override
    protected void bind() {
        bindFilters();
        bindTable();
        bindForm();
        bindMember();
        showDetailWhenNeeded();
        RecordViews.lazyTab(memberTab);
        RecordViews.lazyTab(historyTab);
        RecordViews.topAlignLabels(membershipGrid);
        PageKeys.form(membershipBox, vm.members()::saveMembership, () -> { });
        standardTable(table);
    }

    /**
     * The form joins the page with the first person opened or created; until then a line says
     * what to do. The roster is what the page opens for, and it opens faster without the form.
     */
    private void showDetailWhenNeeded() {
        emptyDetail.visibleProperty().bind(vm.hasRecordProperty().not());
        // One of the two at a time: the emptied form under the line (after a delete) made the texts overlap.
        detail.visibleProperty().bind(vm.hasRecordProperty());
        if (vm.hasRecordProperty().get()) {
            return;
        }
        detailHolder.getChildren().remove(detail);
        Subscription[] waiting = new Subscription[1];
        waiting[0] = vm.hasRecordProperty().subscribe((was, now) -> {
            if (now) {
                waiting[0].unsubscribe();
                detailHolder.getChildren().add(0, detail);
            }
        });
        follow(waiting[0]);
    }

    private void bindFilters() {
        search.textProperty().bindBidirectional(vm.roster().textProperty());
        filterCombo(occupationFilter, Occupation.values(), "people.filter.occupationAll");
        occupationFilter.valueProperty().bindBidirectional(vm.roster().occupationProperty());
        employerFilter.setItems(vm.unitChoices());
        SearchPickers.install(employerFilter, Choice::label);
        employerFilter.valueProperty().bindBidirectional(vm.roster().employerProperty());
        townshipFilter.setItems(vm.townshipChoices());
        SearchPickers.install(townshipFilter, Choice::label);
        townshipFilter.valueProperty().bindBidirectional(vm.roster().townshipProperty());
        filterCombo(politicalFilter, PoliticalStatus.values(), "people.filter.politicalAll");
        politicalFilter.valueProperty().bindBidirectional(vm.roster().politicalProperty());
        filterCombo(relationFilter, WorkerListing.Relation.values(), "people.filter.relationAll");
        relationFilter.valueProperty().bindBidirectional(vm.roster().relationProperty());
        filterCombo(statusFilter, WorkerStatus.values(), "people.filter.statusAll");
        statusFilter.valueProperty().bindBidirectional(vm.roster().statusProperty());
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            long all = vm.roster().totalProperty().get();
            long hits = vm.roster().matchingProperty().get();
            if (all < 0) {
                return "";
            }
            return hits == all ? Messages.get("people.summary", Formats.count(all))
                    : Messages.get("people.summaryFiltered", Formats.count(all), Formats.count(hits));
        }, vm.roster().totalProperty(), vm.roster().matchingProperty()));
    }

    /** A filter whose first choice, "all", clears it. */
    private static <E extends Enum<E>> void filterCombo(ComboBox<E> combo, E[] values, String allKey) {
        combo.getItems().add(null);
        combo.getItems().addAll(values);
        Pickers.labels(combo, Messages.get(allKey));
    }

    private void column(TableColumn<PersonSlot, WorkerListing.Row> c, Function<WorkerListing.Row, String> text,
                        SortKey key, boolean number) {
        c.setCellValueFactory(cd -> cd.getValue().rowProperty());
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(WorkerListing.Row row, boolean empty) {
                super.updateItem(row, empty);
                String shown = empty || row == null ? null : text.apply(row);
                setText(shown);
                // A long employer name is cut in its column: the whole of it on hover.
                tip.setText(shown == null ? "" : shown);
                setTooltip(shown == null || shown.isEmpty() ? null : tip);
            }
        });
        if (number) {
            c.getStyleClass().add("number");
        }
        if (key != null) {
            sortKeys.put(c, key);
        }
    }

    private void bindTable() {
        LocalDate today = vm.today();
        column(nameColumn, WorkerListing.Row::name, SortKey.NAME, false);
        column(idColumn, WorkerListing.Row::idNumber, null, false);
        column(genderColumn, r -> Messages.label(r.gender()), SortKey.GENDER, false);
        column(ageColumn, r -> r.birthDate() == null ? "" : String.valueOf(Period.between(r.birthDate(), today).getYears()),
                SortKey.BIRTH_DATE, true);
        column(mobileColumn, WorkerListing.Row::mobile, null, false);
        column(occupationColumn, r -> Messages.label(r.occupation()), SortKey.OCCUPATION, false);
        column(employerColumn, WorkerListing.Row::employer, SortKey.EMPLOYER, false);
        column(townshipColumn, WorkerListing.Row::township, SortKey.TOWNSHIP, false);
        column(politicalColumn, r -> Messages.label(r.politicalStatus()), SortKey.POLITICAL_STATUS, false);
        column(relationColumn, r -> Messages.label(r.relation()), SortKey.RELATION, false);
        column(statusColumn, r -> Messages.label(r.status()), SortKey.STATUS, false);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.roster().sortBy(null, true);
            } else {
                TableColumn<PersonSlot, ?> c = t.getSortOrder().get(0);
                boolean ascending = c.getSortType() == TableColumn.SortType.ASCENDING;
                // Age goes up as the birth date goes down.
                vm.roster().sortBy(sortKeys.get(c), c == ageColumn ? !ascending : ascending);
            }
            return true;
        });
        ChangeListener<PersonSlot> clicked = (o, before, slot) -> {
            if (syncing || slot == null) {
                return;
            }
            if (slot.row() != null) {
                choose(slot.row().id());
            } else {
                // A line whose page is still on its way: choose it when it arrives.
                slot.rowProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends WorkerListing.Row> obs,
                                        WorkerListing.Row was, WorkerListing.Row now) {
                        obs.removeListener(this);
                        if (now != null && table.getSelectionModel().getSelectedItem() == slot) {
                            choose(now.id());
                        }
                    }
                });
            }
        };
        table.getSelectionModel().selectedItemProperty().addListener(clicked);
        follow(Subscription.combine(() -> table.getSelectionModel().selectedItemProperty().removeListener(clicked),
                vm.roster().rowsProperty().subscribe((before, rows) -> showRows(rows)),
                vm.selectedIdProperty().subscribe((a, b) -> syncSelection())));
        if (vm.roster().rowsProperty().get() != null) {
            // A view model that outlived an earlier view (a language switch) has its rows already.
            showRows(vm.roster().rowsProperty().get());
        }
    }

    private void choose(long id) {
        if (!vm.select(id)) {
            Platform.runLater(this::syncSelection);
        }
    }

    /**
     * Puts a query's rows in the table. The same query read again (after a save elsewhere)
     * keeps its scroll position; a new filter or order starts at the top.
     */
    private void showRows(PagedRows rows) {
        Object query = List.of(vm.roster().filter(), vm.roster().sort());
        int top = Objects.equals(query, shownQuery) ? firstVisible() : 0;
        shownQuery = query;
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            table.setItems(rows);
            if (top > 0 && top < rows.size()) {
                table.scrollTo(top);
            }
        } finally {
            syncing = false;
        }
        syncSelection();
    }

    private int firstVisible() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    private void syncSelection() {
        syncing = true;
        try {
            Long id = vm.selectedId();
            int index = id == null ? -1 : vm.roster().indexOf(id);
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            syncing = false;
        }
    }

    private void bindForm() {
        WorkerForm f = vm.form();
        idField.textProperty().bindBidirectional(f.idNumber);
        idField.editableProperty().bind(f.personalShownProperty());
        mobileField.textProperty().bindBidirectional(f.mobile);
        mobileField.editableProperty().bind(f.personalShownProperty());
        revealButton.disableProperty().bind(f.personalShownProperty().or(vm.selectedIdProperty().isNull()));
        maskedNote.visibleProperty().bind(f.personalShownProperty().not().and(vm.selectedIdProperty().isNotNull()));
        maskedNote.managedProperty().bind(maskedNote.visibleProperty());
        derived.textProperty().bind(f.derived());
        occupationField.getItems().add(null);
        occupationField.getItems().addAll(Occupation.values());
        Pickers.labels(occupationField, "");
        occupationField.valueProperty().bindBidirectional(f.occupation);
        employerField.setItems(vm.unitChoices());
        SearchPickers.install(employerField, Choice::label);
        employerField.valueProperty().bindBidirectional(f.employer);
        unmatched.textProperty().bind(f.unmatchedProperty());
        unmatched.visibleProperty().bind(f.unmatchedProperty().isNotEmpty());
        unmatched.managedProperty().bind(unmatched.visibleProperty());
        townshipField.setItems(vm.townshipChoices());
        SearchPickers.install(townshipField, Choice::label);
        townshipField.valueProperty().bindBidirectional(f.township);
        politicalField.getItems().setAll(PoliticalStatus.values());
        Pickers.labels(politicalField, null);
        politicalField.valueProperty().bindBidirectional(f.politicalStatus);
        statusField.getItems().setAll(WorkerStatus.values());
        Pickers.labels(statusField, null);
        statusField.valueProperty().bindBidirectional(f.status);
        notesField.textProperty().bindBidirectional(f.notes);
        decorate(idField, f.idError(), idError);
        decorate(mobileField, f.mobileError(), mobileError);

        employmentTable.setItems(vm.employments());
        Cells.text(empEmployerColumn, EmploymentRow::employer);
        Cells.date(empFromColumn, EmploymentRow::from);
        Cells.date(empToColumn, EmploymentRow::to);
    }

    private void bindMember() {
        MembershipForm m = vm.members().membership();
        memberTab.disableProperty().bind(vm.members().partyMemberProperty().not().or(vm.selectedIdProperty().isNull()));
        orgField.setItems(vm.orgChoices());
        SearchPickers.install(orgField, Choice::label);
        orgField.valueProperty().bindBidirectional(m.org);
        relationField.getItems().setAll(RelationStatus.values());
        Pickers.labels(relationField, null);
        relationField.valueProperty().bindBidirectional(m.relation);
        homeOrgField.textProperty().bindBidirectional(m.homeOrg);
        certNoField.textProperty().bindBidirectional(m.certNo);
        for (DatePicker d : new DatePicker[] {certDateField, lastCheckField, joinedField, orgLifeFromField, reportDateField}) {
            Pickers.isoDate(d);
        }
        certDateField.setPromptText(Messages.get("people.form.certDate"));
        lastCheckField.setPromptText(Messages.get("people.form.lastCheck"));
        certDateField.valueProperty().bindBidirectional(m.certDate);
        lastCheckField.valueProperty().bindBidirectional(m.lastCheck);
        joinedField.valueProperty().bindBidirectional(m.joined);
        datesError.textProperty().bind(m.datesError());
        datesError.visibleProperty().bind(m.datesError().isNotNull());
        datesError.managedProperty().bind(datesError.visibleProperty());
        datesError.getStyleClass().add("field-error");
        membershipState.textProperty().bind(m.state());
        membershipState.visibleProperty().bind(m.state().isNotEmpty());
        saveMembershipButton.disableProperty().bind(m.dirtyBinding().not().or(m.datesError().isNotNull()));

        orgLifeTable.setItems(vm.members().orgLife());
        Cells.text(olOrgColumn, OrgLifeRow::org);
        Cells.date(olFromColumn, OrgLifeRow::from);
        Cells.date(olToColumn, OrgLifeRow::to);
        orgLifePicker.setItems(vm.orgChoices());
        SearchPickers.install(orgLifePicker, Choice::label);
        orgLifePicker.valueProperty().bindBidirectional(vm.members().orgLifeOrgProperty());
        orgLifeFromField.valueProperty().bindBidirectional(vm.members().orgLifeFromProperty());
        addOrgLifeButton.disableProperty().bind(vm.members().orgLifeOrgProperty().isNull());
        removeOrgLifeButton.disableProperty().bind(orgLifeTable.getSelectionModel().selectedItemProperty().isNull());

        reportTable.setItems(vm.members().doubleReports());
        Cells.text(drCommunityColumn, DoubleReportRow::community);
        Cells.date(drDateColumn, DoubleReportRow::date);
        communityField.textProperty().bindBidirectional(vm.members().reportCommunityProperty());
        reportDateField.valueProperty().bindBidirectional(vm.members().reportDateProperty());
        removeReportButton.disableProperty().bind(reportTable.getSelectionModel().selectedItemProperty().isNull());

        designationTable.setItems(vm.members().designations());
        Cells.label(dsKindColumn, DesignationRow::kind);
        Cells.text(dsTitleColumn, DesignationRow::title);
        Cells.text(dsYearColumn, r -> r.year() == null ? "" : String.valueOf(r.year()));
        designationKindField.getItems().setAll(DesignationKind.values());
        Pickers.labels(designationKindField, null);
        designationKindField.valueProperty().bindBidirectional(vm.members().designationKindProperty());
        designationTitleField.textProperty().bindBidirectional(vm.members().designationTitleProperty());
        designationYearField.textProperty().bindBidirectional(vm.members().designationYearProperty());
        removeDesignationButton.disableProperty().bind(designationTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onReveal() {
        vm.reveal();
    }

    @FXML
    private void onExport() {
        vm.roster().export();
    }

    @FXML
    private void onClearFilters() {
        vm.roster().clearFilters();
    }

    @FXML
    private void onClearEmployer() {
        vm.form().employer.set(null);
    }

    @FXML
    private void onClearTownship() {
        vm.form().township.set(null);
    }

    @FXML
    private void onClearOrg() {
        vm.members().membership().org.set(null);
    }

    @FXML
    private void onSaveMembership() {
        vm.members().saveMembership();
    }

    @FXML
    private void onAddOrgLife() {
        vm.members().addOrgLife();
    }

    @FXML
    private void onRemoveOrgLife() {
        vm.members().removeOrgLife(orgLifeTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddReport() {
        vm.members().addDoubleReport();
    }

    @FXML
    private void onRemoveReport() {
        vm.members().removeDoubleReport(reportTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddDesignation() {
        vm.members().addDesignation();
    }

    @FXML
    private void onRemoveDesignation() {
        vm.members().removeDesignation(designationTable.getSelectionModel().getSelectedItem());
    }
}
