package org.xinye.ledger.ui.people;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.ui.records.PageKeys;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Column;
import org.xinye.ledger.ui.support.Formats;

/**
 * Controller of the 人员 page. The table shows {@link PagedRows}: it asks for lines as they
 * scroll into view and sorts by handing the order to the view model (SQL sorts), never by
 * sorting the list itself.
 */
public final class PeopleView extends RecordView<PeopleViewModel> {
    private static final List<Column<EmploymentRow>> EMPLOYMENT_COLUMNS = List.of(
            Column.text("empEmployerColumn", "field.employer_id", EmploymentRow::employer).width(220),
            Column.date("empFromColumn", "records.col.from", EmploymentRow::from).width(90),
            Column.date("empToColumn", "records.col.to", EmploymentRow::to).width(90));
    private static final List<Column<OrgLifeRow>> ORG_LIFE_COLUMNS = List.of(
            Column.text("olOrgColumn", "orgs.col.name", OrgLifeRow::org).width(220),
            Column.date("olFromColumn", "records.col.from", OrgLifeRow::from).width(90),
            Column.date("olToColumn", "records.col.to", OrgLifeRow::to).width(90));
    private static final List<Column<DoubleReportRow>> REPORT_COLUMNS = List.of(
            Column.text("drCommunityColumn", "people.col.community", DoubleReportRow::community).width(220),
            Column.date("drDateColumn", "people.col.reportDate", DoubleReportRow::date).width(90));
    private static final List<Column<DesignationRow>> DESIGNATION_COLUMNS = List.of(
            Column.label("dsKindColumn", "people.col.kind", DesignationRow::kind).width(80),
            Column.text("dsTitleColumn", "people.col.title", DesignationRow::title).width(180),
            Column.text("dsYearColumn", "people.col.year", (DesignationRow r) -> r.year() == null ? "" : String.valueOf(r.year()))
                    .width(56));


    @FXML private ComboBox<Occupation> occupationFilter;
    @FXML private SearchableComboBox<Choice<Long>> employerFilter;
    @FXML private SearchableComboBox<Choice<String>> townshipFilter;
    @FXML private ComboBox<PoliticalStatus> politicalFilter;
    @FXML private ComboBox<WorkerListing.Relation> relationFilter;
    @FXML private ComboBox<WorkerStatus> statusFilter;
    @FXML private TableView<PersonSlot> table;
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
    @FXML private Button clearEmployer;
    @FXML private Label unmatched;
    @FXML private SearchableComboBox<Choice<String>> townshipField;
    @FXML private Button clearTownship;
    @FXML private ComboBox<PoliticalStatus> politicalField;
    @FXML private ComboBox<WorkerStatus> statusField;
    @FXML private TextArea notesField;
    @FXML private TableView<EmploymentRow> employmentTable;
    @FXML private Tab memberTab;
    @FXML private VBox membershipBox;
    @FXML private SearchableComboBox<Choice<Long>> orgField;
    @FXML private Button clearOrg;
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
    @FXML private SearchableComboBox<Choice<Long>> orgLifePicker;
    @FXML private DatePicker orgLifeFromField;
    @FXML private Button addOrgLifeButton;
    @FXML private Button removeOrgLifeButton;
    @FXML private TableView<DoubleReportRow> reportTable;
    @FXML private TextField communityField;
    @FXML private DatePicker reportDateField;
    @FXML private Button removeReportButton;
    @FXML private TableView<DesignationRow> designationTable;
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
        List<Column<WorkerListing.Row>> columns = RosterTable.columns(vm.today());
        table(table, PersonSlot::rowProperty, columns);
        follow(new RosterTable(table, vm).bind(columns));
        bindForm();
        bindMember();
        showDetailWhenNeeded();
        RecordViews.lazyTab(memberTab);
        RecordViews.lazyTab(historyTab);
        RecordViews.topAlignLabels(membershipGrid);
        PageKeys.form(membershipBox, vm.members()::saveMembership, () -> { });
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
        Pickers.choose(employerFilter, vm.choices().units(), vm.roster().employerProperty());
        Pickers.choose(townshipFilter, vm.choices().townships(), vm.roster().townshipProperty());
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
        Pickers.choose(employerField, vm.choices().units(), f.employer);
        Pickers.clears(clearEmployer, f.employer);
        unmatched.textProperty().bind(f.unmatchedProperty());
        unmatched.visibleProperty().bind(f.unmatchedProperty().isNotEmpty());
        unmatched.managedProperty().bind(unmatched.visibleProperty());
        Pickers.choose(townshipField, vm.choices().townships(), f.township);
        Pickers.clears(clearTownship, f.township);
        Pickers.choose(politicalField, PoliticalStatus.values(), f.politicalStatus);
        Pickers.choose(statusField, WorkerStatus.values(), f.status);
        notesField.textProperty().bindBidirectional(f.notes);
        decorate(idField, f.idError(), idError);
        decorate(mobileField, f.mobileError(), mobileError);

        table(employmentTable, EMPLOYMENT_COLUMNS);
        employmentTable.setItems(vm.employments());
    }

    private void bindMember() {
        MembershipForm m = vm.members().membership();
        memberTab.disableProperty().bind(vm.members().partyMemberProperty().not().or(vm.selectedIdProperty().isNull()));
        Pickers.choose(orgField, vm.choices().orgs(), m.org);
        Pickers.clears(clearOrg, m.org);
        Pickers.choose(relationField, RelationStatus.values(), m.relation);
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

        table(orgLifeTable, ORG_LIFE_COLUMNS);
        orgLifeTable.setItems(vm.members().orgLife());
        Pickers.choose(orgLifePicker, vm.choices().orgs(), vm.members().orgLifeOrgProperty());
        orgLifeFromField.valueProperty().bindBidirectional(vm.members().orgLifeFromProperty());
        addOrgLifeButton.disableProperty().bind(vm.members().orgLifeOrgProperty().isNull());
        removeOrgLifeButton.disableProperty().bind(orgLifeTable.getSelectionModel().selectedItemProperty().isNull());

        table(reportTable, REPORT_COLUMNS);
        reportTable.setItems(vm.members().doubleReports());
        communityField.textProperty().bindBidirectional(vm.members().reportCommunityProperty());
        reportDateField.valueProperty().bindBidirectional(vm.members().reportDateProperty());
        removeReportButton.disableProperty().bind(reportTable.getSelectionModel().selectedItemProperty().isNull());

        table(designationTable, DESIGNATION_COLUMNS);
        designationTable.setItems(vm.members().designations());
        Pickers.choose(designationKindField, DesignationKind.values(), vm.members().designationKindProperty());
        designationTitleField.textProperty().bindBidirectional(vm.members().designationTitleProperty());
        designationYearField.textProperty().bindBidirectional(vm.members().designationYearProperty());
        removeDesignationButton.disableProperty().bind(designationTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onReveal() {
        vm.reveal();
    }

    @FXML
    @Override
    protected void onExport() {
        vm.roster().export();
    }

    @FXML
    private void onClearFilters() {
        vm.roster().clearFilters();
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
