package org.xinye.ledger.ui.followups;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.shell.FxmlPage;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.TableColumns;

/**
 * Controller of the 待办 page: a tab for each of the view model's lists ({@link FollowUpList}),
 * titled with its count, the rule it follows above its table; double-click or Enter opens the record.
 */
public final class FollowUpsView extends FxmlPage {
    private final FollowUpsViewModel vm;
    /** Lists other features add (市级差异), after the page's own; the export button is for the page's own. */
    private final List<Tab> added = new ArrayList<>();

    @FXML private Label asOf;
    @FXML private TabPane tabs;
    @FXML private Button exportButton;

    public FollowUpsView(FollowUpsViewModel vm) {
        super(vm::setActive);
        this.vm = vm;
    }

    public void addList(Tab tab) {
        added.add(tab);
        if (tabs != null) {
            tabs.getTabs().add(tab);
        }
    }

    @FXML
    private void initialize() {
        asOf.textProperty().bind(vm.asOfProperty());
        for (FollowUpList<?> list : vm.lists()) {
            tabs.getTabs().add(tab(list));
        }
        tabs.getSelectionModel().selectedIndexProperty().subscribe(i -> vm.show(i.intValue()));
        int own = tabs.getTabs().size();
        tabs.getTabs().addAll(added);
        exportButton.disableProperty().bind(tabs.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(own));
    }

    /**
     * One of the page's lists: its tab titled with its count, the rule it follows, its columns,
     * sorted as the headers say and remembered, a row opened by double-click or Enter.
     */
    private <R> Tab tab(FollowUpList<R> list) {
        Label rule = new Label(Messages.get(list.ruleKey()));
        rule.getStyleClass().add("footnote");
        rule.setWrapText(true);
        Label none = new Label(Messages.get("followups.none"));
        none.getStyleClass().add("muted");
        TableView<R> table = new TableView<>();
        table.setId(list.name() + "Table");
        table.getStyleClass().add("dense");
        table.setPlaceholder(none);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(6, rule, table);
        body.getStyleClass().add("tab-body");
        Tab tab = new Tab();
        tab.setId(list.name() + "Tab");
        tab.setContent(body);
        tab.textProperty().bind(Bindings.createStringBinding(() -> Formats.counted(list.titleKey(), list.rows().size()),
                list.rows()));
        TableColumns.build(table, list.columns());
        RecordViews.sortable(table, list.rows());
        Cells.onOpen(table, list.open());
        TableColumns.standard("FollowUpsView." + table.getId(), table, vm.tables());
        return tab;
    }

    @FXML
    private void onExport() {
        vm.export();
    }
}
