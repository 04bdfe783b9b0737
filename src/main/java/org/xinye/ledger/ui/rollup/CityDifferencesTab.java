package org.xinye.ledger.ui.rollup;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.rollup.CityDifferences;
import org.xinye.ledger.ui.records.Cells;

/** The 待办 page's 市级差异 list: rows of the city's differences list, each opening its record. */
public final class CityDifferencesTab {
    private CityDifferencesTab() {
    }

    public static Tab build(CityDifferencesViewModel vm) {
        TableView<CityDifferences.Row> table = new TableView<>(vm.rows());
        table.setId("cityDifferencesTable");
        table.getStyleClass().add("dense");
        table.setPlaceholder(new Label(Messages.get("cityDifferences.none")));
        TableColumn<CityDifferences.Row, String> period = column("differences.col.period", 80);
        TableColumn<CityDifferences.Row, String> kind = column("differences.col.kind", 170);
        TableColumn<CityDifferences.Row, String> name = column("differences.col.name", 140);
        TableColumn<CityDifferences.Row, String> detail = column("differences.col.others", 420);
        TableColumn<CityDifferences.Row, String> todo = column("differences.col.todo", 320);
        Cells.text(period, CityDifferences.Row::period);
        Cells.text(kind, r -> Messages.get("differences.kind." + r.kind().name()));
        Cells.text(name, CityDifferences.Row::subject);
        Cells.text(detail, CityDifferences.Row::detail);
        Cells.text(todo, r -> Messages.get("differences.todo." + r.kind().name()
                + (r.workerId() == null && r.enterpriseId() == null ? ".add" : "")));
        table.getColumns().setAll(java.util.List.of(period, kind, name, detail, todo));
        Cells.onOpen(table, vm::open);
        org.xinye.ledger.ui.support.TableColumns.fitHeaders(table);
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

    private static <S> TableColumn<S, String> column(String key, double width) {
        TableColumn<S, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        return c;
    }
}
