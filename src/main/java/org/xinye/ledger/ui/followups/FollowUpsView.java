package org.xinye.ledger.ui.followups;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.FollowUpQueries.AnnualCheckDue;
import org.xinye.ledger.store.FollowUpQueries.JointOverLimit;
import org.xinye.ledger.store.FollowUpQueries.MissingRelation;
import org.xinye.ledger.store.FollowUpQueries.OverdueVisit;
import org.xinye.ledger.store.FollowUpQueries.ShouldBuild;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.shell.FxmlPage;
import org.xinye.ledger.ui.support.TableColumns;

/** Controller of the 待办 page: five tables, each titled with its count; double-click or Enter opens the record. */
public final class FollowUpsView extends FxmlPage {
    private final FollowUpsViewModel vm;

    @FXML private Label asOf;
    @FXML private TabPane tabs;
    @FXML private javafx.scene.control.Button exportButton;
    @FXML private Tab shouldBuildTab;
    @FXML private Tab jointTab;
    @FXML private Tab visitsTab;
    @FXML private Tab checksTab;
    @FXML private Tab missingTab;
    @FXML private TableView<ShouldBuild> shouldBuildTable;
    @FXML private TableView<JointOverLimit> jointTable;
    @FXML private TableView<OverdueVisit> visitsTable;
    @FXML private TableView<AnnualCheckDue> checksTable;
    @FXML private TableView<MissingRelation> missingTable;

    public FollowUpsView(FollowUpsViewModel vm) {
        this.vm = vm;
    }

    /** Lists other features add (市级差异), after the page's own; the export button is for the page's own. */
    private final java.util.List<Tab> added = new java.util.ArrayList<>();

    public void addList(Tab tab) {
        added.add(tab);
        if (tabs != null) {
            tabs.getTabs().add(tab);
        }
    }

    @Override
    protected void loaded(Parent view) {
        activeWhileShown(view, vm::setActive);
    }

    @Override
    public void shown(Object target) {
        vm.setActive(true);
    }

    @FXML
    private void initialize() {
        asOf.textProperty().bind(vm.asOfProperty());
        list(shouldBuildTab, shouldBuildTable, vm.shouldBuild(), vm::open);
        list(jointTab, jointTable, vm.jointOverLimit(), vm::open);
        list(visitsTab, visitsTable, vm.overdueVisits(), vm::open);
        list(checksTab, checksTable, vm.annualChecks(), vm::open);
        list(missingTab, missingTable, vm.missingRelations(), vm::open);
        tabs.getSelectionModel().selectedIndexProperty().subscribe(i -> vm.show(i.intValue()));
        int own = tabs.getTabs().size();
        tabs.getTabs().addAll(added);
        exportButton.disableProperty().bind(tabs.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(own));
    }

    /**
     * One of the page's lists: its tab titled with its count, its columns, sorted as the
     * headers say and remembered, a row opened by double-click or Enter.
     */
    private <R> void list(Tab tab, TableView<R> table, FollowUpList<R> list, Consumer<R> open) {
        tab.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(list.titleKey(), list.rows().size()),
                list.rows()));
        TableColumns.build(table, list.columns());
        RecordViews.sortable(table, list.rows());
        Cells.onOpen(table, open);
        TableColumns.standard("FollowUpsView." + table.getId(), table, vm.tables());
    }

    @FXML
    private void onExport() {
        vm.export();
    }
}
