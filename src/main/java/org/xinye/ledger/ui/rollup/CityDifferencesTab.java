package org.xinye.ledger.ui.rollup;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.rollup.CityDifferences;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.support.Column;
import org.xinye.ledger.ui.support.TableColumns;

/** The 待办 page's 市级差异 list: rows of the city's differences list, each opening its record. */
public final class CityDifferencesTab {
    private CityDifferencesTab() {
    }

    public static Tab build(CityDifferencesViewModel vm) {
        TableView<CityDifferences.Row> table = new TableView<>(vm.rows());
        table.setId("cityDifferencesTable");
        table.getStyleClass().add("dense");
        table.setPlaceholder(new Label(Messages.get("cityDifferences.none")));
        TableColumns.build(table, List.of(
                Column.<CityDifferences.Row>text("period", "differences.col.period", CityDifferences.Row::period).width(80),
                Column.<CityDifferences.Row>text("kind", "differences.col.kind",
                        r -> Messages.get("differences.kind." + r.kind().name())).width(170),
                Column.<CityDifferences.Row>text("name", "differences.col.name", CityDifferences.Row::subject).width(140),
                Column.<CityDifferences.Row>text("detail", "differences.col.others", CityDifferences.Row::detail)
                        .width(420),
                Column.<CityDifferences.Row>text("todo", "differences.col.todo", r -> Messages.get("differences.todo."
                        + r.kind().name() + (r.workerId() == null && r.enterpriseId() == null ? ".add" : "")))
                        .width(320)));
        Cells.onOpen(table, vm::open);
        TableColumns.fitHeaders(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button resolve = new Button(Messages.get("cityDifferences.resolve"));
        resolve.setId("resolveDifference");
        resolve.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        resolve.setOnAction(e -> vm.resolve(table.getSelectionModel().getSelectedItem()));
        Label rule = new Label(Messages.get("cityDifferences.rule"));
        rule.getStyleClass().add("footnote");
        rule.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, rule, gap, resolve);
        HBox.setHgrow(rule, Priority.SOMETIMES);
        VBox body = new VBox(6, top, table);
        body.getStyleClass().add("tab-body");
        Tab tab = new Tab();
        tab.setContent(body);
        tab.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("cityDifferences.tab",
                vm.rows().size()), vm.rows()));
        vm.load();
        return tab;
    }
}
