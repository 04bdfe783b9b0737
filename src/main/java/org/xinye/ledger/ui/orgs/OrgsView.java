package org.xinye.ledger.ui.orgs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
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
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.CoveredUnitRow;
import org.xinye.ledger.store.Listings.MemberRow;
import org.xinye.ledger.store.Listings.OrgRow;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.records.RecordView;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.support.Column;
import org.xinye.ledger.ui.support.Formats;

/** Controller of the 党组织 page: the org tree and the org form with its covered units and members. */
public final class OrgsView extends RecordView<OrgsViewModel> {
    private static final List<Column<OrgRow>> COLUMNS = List.of(
            Column.text("nameColumn", "orgs.col.name", OrgRow::name).width(250),
            Column.label("levelColumn", "field.level", OrgRow::level).width(84),
            Column.label("formColumn", "field.form", OrgRow::form).width(96),
            Column.number("unitsColumn", "orgs.col.units", OrgRow::coveredUnits).width(74),
            Column.number("membersColumn", "orgs.col.members", OrgRow::members).width(50),
            Column.text("regionColumn", "field.region_code", OrgRow::region).width(90),
            Column.text("secretaryColumn", "field.secretary", OrgRow::secretary).width(64),
            Column.flag("activeColumn", "records.col.state", OrgRow::active, "orgs.active", "orgs.inactive").width(56));
    private static final List<Column<CoveredUnitRow>> UNIT_COLUMNS = List.of(
            Column.text("unitNameColumn", "units.col.name", CoveredUnitRow::name).width(210),
            Column.text("unitTownshipColumn", "units.col.township", CoveredUnitRow::township).width(90),
            Column.label("unitCoverageColumn", "units.col.coverage", CoveredUnitRow::coverage).width(150));
    private static final List<Column<MemberRow>> MEMBER_COLUMNS = List.of(
            Column.text("memberNameColumn", "people.col.name", MemberRow::name).width(80),
            Column.label("memberStatusColumn", "field.political_status", MemberRow::politicalStatus).width(96),
            Column.label("memberRelationColumn", "people.col.relation", MemberRow::relation).width(80),
            Column.flag("memberWayColumn", "orgs.col.way", MemberRow::orgLifeOnly, "orgs.way.orgLife",
                    "orgs.way.relation").width(90),
            Column.text("memberEmployerColumn", "field.employer_id", MemberRow::employer).width(170),
            Column.date("memberJoinedColumn", "people.col.joined", MemberRow::joined).width(90));

    private final Set<Long> expanded = new HashSet<>();
    private boolean syncing;
    private boolean firstTree = true;

    @FXML private TreeTableView<OrgRow> tree;
    @FXML private ComboBox<OrgLevel> levelField;
    @FXML private ComboBox<OrgForm> formField;
    @FXML private SearchableComboBox<Choice<Long>> parentField;
    @FXML private SearchableComboBox<Choice<String>> regionField;
    @FXML private TextField secretaryField;
    @FXML private TextField contactField;
    @FXML private Button revealContactButton;
    @FXML private Button clearParent;
    @FXML private DatePicker establishedField;
    @FXML private Label establishedError;
    @FXML private CheckBox activeField;
    @FXML private TextArea notesField;
    @FXML private Tab unitsTab;
    @FXML private Tab membersTab;
    @FXML private Label overLimit;
    @FXML private TableView<CoveredUnitRow> unitTable;
    @FXML private SearchableComboBox<Choice<Long>> unitPicker;
    @FXML private Button addUnitButton;
    @FXML private Button removeUnitButton;
    @FXML private TableView<MemberRow> memberTable;

    public OrgsView(OrgsViewModel vm) {
        super(vm);
    }

    @Override
    protected void bind() {
        bindTree();
        bindForm();
        bindTabs();
    }

    private void bindTree() {
        table(tree, COLUMNS);
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(OrgRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("warning-row", "inactive-row");
                if (!empty && item != null) {
                    if (OrgsViewModel.overLimit(item.form(), item.coveredUnits())) {
                        getStyleClass().add("warning-row");
                    } else if (!item.active()) {
                        getStyleClass().add("inactive-row");
                    }
                }
            }
        });
        tree.setRoot(new TreeItem<>());
        search.textProperty().bindBidirectional(vm.searchProperty());
        ChangeListener<TreeItem<OrgRow>> clicked = (o, before, item) -> {
            if (syncing || item == null || item.getValue() == null) {
                return;
            }
            if (!vm.select(item.getValue().id())) {
                Platform.runLater(this::syncSelection);
            }
        };
        tree.getSelectionModel().selectedItemProperty().addListener(clicked);
        follow(Subscription.combine(() -> tree.getSelectionModel().selectedItemProperty().removeListener(clicked),
                vm.treeProperty().subscribe((a, branches) -> showTree(branches)),
                vm.selectedIdProperty().subscribe((a, b) -> syncSelection()),
                vm.listLoadedProperty().subscribe((a, b) -> {
                    showSummary();
                    if (vm.selectedId() == null && !vm.isNew() && !tree.getRoot().getChildren().isEmpty()) {
                        tree.getSelectionModel().select(tree.getRoot().getChildren().get(0));
                    }
                })));
        if (!vm.treeProperty().get().isEmpty()) {
            // A view model that outlived an earlier view (a language switch) has its tree already.
            showTree(vm.treeProperty().get());
            showSummary();
        }
    }

    private void showSummary() {
        summary.setText(Messages.get("orgs.summary", Formats.count(vm.orgs().size())));
    }

    /** Rebuilds the tree items, keeping what the user had open; a search opens the paths to its matches. */
    private void showTree(List<OrgTree.Branch> branches) {
        syncing = true;
        try {
            rememberExpanded(tree.getRoot());
            TreeItem<OrgRow> root = new TreeItem<>();
            boolean searching = !vm.searchProperty().get().isBlank();
            for (OrgTree.Branch b : branches) {
                root.getChildren().add(item(b, searching));
            }
            tree.setRoot(root);
            firstTree = false;
        } finally {
            syncing = false;
        }
        syncSelection();
    }

    private void rememberExpanded(TreeItem<OrgRow> item) {
        if (item == null || firstTree) {
            return;
        }
        for (TreeItem<OrgRow> c : item.getChildren()) {
            if (c.getValue() != null) {
                if (c.isExpanded()) {
                    expanded.add(c.getValue().id());
                } else {
                    expanded.remove(c.getValue().id());
                }
            }
            rememberExpanded(c);
        }
    }

    private TreeItem<OrgRow> item(OrgTree.Branch b, boolean searching) {
        TreeItem<OrgRow> item = new TreeItem<>(b.org());
        for (OrgTree.Branch c : b.children()) {
            item.getChildren().add(item(c, searching));
        }
        // Committees start open, so their branches show; later the user's choice is kept.
        boolean open = searching || (firstTree ? b.org().parentId() == null : expanded.contains(b.org().id()));
        item.setExpanded(open && !item.getChildren().isEmpty());
        return item;
    }

    private void syncSelection() {
        syncing = true;
        try {
            Long id = vm.selectedId();
            TreeItem<OrgRow> found = id == null ? null : find(tree.getRoot(), id);
            if (found == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<OrgRow> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            if (tree.getSelectionModel().getSelectedItem() != found) {
                tree.getSelectionModel().select(found);
                int row = tree.getRow(found);
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<OrgRow> find(TreeItem<OrgRow> item, long id) {
        if (item.getValue() != null && item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<OrgRow> c : item.getChildren()) {
            TreeItem<OrgRow> f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void bindForm() {
        PartyOrgForm f = vm.form();
        Pickers.choose(levelField, OrgLevel.values(), f.level);
        Pickers.choose(formField, OrgForm.values(), f.form);
        Pickers.choose(parentField, vm.choices().orgs(), f.parent);
        Pickers.clears(clearParent, f.parent);
        Pickers.choose(regionField, vm.choices().regions(), f.region);
        secretaryField.textProperty().bindBidirectional(f.secretary);
        RecordViews.bindMasked(f.contact, contactField, revealContactButton, vm::revealContact);
        Pickers.isoDate(establishedField);
        establishedField.valueProperty().bindBidirectional(f.established);
        activeField.selectedProperty().bindBidirectional(f.active);
        notesField.textProperty().bindBidirectional(f.notes);
        decorate(establishedField, f.establishedError(), establishedError);
    }

    private void bindTabs() {
        unitsTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        membersTab.disableProperty().bind(vm.selectedIdProperty().isNull());
        overLimit.textProperty().bind(vm.coverageWarning());
        overLimit.visibleProperty().bind(vm.coverageWarning().isNotNull());
        overLimit.managedProperty().bind(overLimit.visibleProperty());
        table(unitTable, UNIT_COLUMNS);
        unitTable.setItems(vm.coveredUnits());
        Cells.onOpen(unitTable, vm::openUnit);
        Pickers.choose(unitPicker, vm.choices().units(), vm.unitToAddProperty());
        addUnitButton.disableProperty().bind(vm.unitToAddProperty().isNull());
        removeUnitButton.disableProperty().bind(unitTable.getSelectionModel().selectedItemProperty().isNull());

        table(memberTable, MEMBER_COLUMNS);
        memberTable.setItems(vm.members());
        Cells.onOpen(memberTable, vm::openMember);
    }

    @FXML
    @Override
    protected void onExport() {
        vm.export();
    }

    @FXML
    private void onAddUnit() {
        vm.addUnit();
    }

    @FXML
    private void onRemoveUnit() {
        vm.removeUnit(unitTable.getSelectionModel().getSelectedItem());
    }
}
