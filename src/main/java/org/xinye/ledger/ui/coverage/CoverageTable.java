package org.xinye.ledger.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.CoverageCount;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.TextCells;
import org.xinye.ledger.ui.support.UiFont;

/**
 * The two tables of 覆盖分析: coverage by region, in the statistical table's layout (组织覆盖
 * and 覆盖率 as grouped headers, so every column fits at 1280 px), and the units behind a
 * count. Headers break lines where the bundle says (no wrapping: a wrapped header is cut). Rows have one fixed height, so the page knows how tall the table is with all its rows.
 */
final class CoverageTable {
    /** Row height of both tables. */
    static final double ROW = 24;
    /** Widest count and rate a cell shows (a city has tens of thousands of workers). */
    private static final String WIDEST_NUMBER = "999,999";
    private static final String WIDEST_RATE = "100.0%";

    private CoverageTable() {
    }

    /** Builds the columns of the table by region; a double-click (or Enter) opens a row, a click on a count its units. */
    static void regions(TableView<RegionCoverage> table, CoverageViewModel vm) {
        table.setItems(vm.rows());
        table.setFixedCellSize(ROW);
        table.getStyleClass().add("coverage-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<RegionCoverage, String> name = new TableColumn<>(Messages.get("coverage.col.name"));
        name.setId("col-name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setCellFactory(c -> TextCells.hovering());
        TableColumn<RegionCoverage, ?> org = group("coverage.col.orgCovered",
                countColumn(vm, "orgCovered", "coverage.head.orgTotal", CoverageCount.ORG),
                countColumn(vm, "singleOrg", "coverage.col.singleOrg", CoverageCount.ORG_SINGLE),
                countColumn(vm, "jointOrg", "coverage.col.jointOrg", CoverageCount.ORG_JOINT),
                countColumn(vm, "areaOrg", "coverage.head.areaOrg", CoverageCount.ORG_AREA));
        TableColumn<RegionCoverage, ?> rates = group("coverage.head.rates",
                rateColumn("orgRate", "coverage.head.orgRate", CoverageCounts::orgRate),
                rateColumn("workRate", "coverage.head.workRate", CoverageCounts::workRate),
                rateColumn("singleRate", "coverage.head.singleRate", CoverageCounts::singleRate));
        List<TableColumn<RegionCoverage, ?>> columns = List.of(name,
                countColumn(vm, "inScope", "coverage.head.inScope", CoverageCount.IN_SCOPE), org,
                countColumn(vm, "workCovered", "coverage.head.workCovered", CoverageCount.WORK),
                countColumn(vm, "uncovered", "coverage.col.uncovered", CoverageCount.UNCOVERED), rates,
                peopleColumn("workers", "coverage.col.workers", CoverageCounts::workers),
                peopleColumn("partyMembers", "coverage.head.partyMembers", CoverageCounts::partyMembers));
        table.getColumns().setAll(columns);
        // 16: room for a vertical scroll bar while the table is still being sized, so that no
        // horizontal one appears and stays.
        nameTakesTheRest(table, name, 120, 16);
        Cells.onOpen(table, vm::open);
    }

    /** Builds the list of units behind a count; a double-click (or Enter) opens the unit's record. */
    static void units(TableView<CoverageQueries.UnitRow> table, CoverageViewModel vm, Consumer<Long> openUnit) {
        table.setItems(vm.units());
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<CoverageQueries.UnitRow, String> name = unitText("coverage.unit.name", CoverageQueries.UnitRow::name);
        table.getColumns().add(name);
        table.getColumns().add(fit(unitText("coverage.unit.kind", u -> Messages.label(u.kind())),
                labels(EnterpriseKind.values())));
        table.getColumns().add(fit(unitText("coverage.unit.industry", u -> Messages.label(u.industry())),
                labels(Industry.values())));
        TableColumn<CoverageQueries.UnitRow, String> township = unitText("coverage.unit.township",
                u -> u.townshipName() == null ? Messages.get("coverage.unassigned") : u.townshipName());
        township.setPrefWidth(150);
        table.getColumns().add(township);
        table.getColumns().add(fit(unitText("coverage.unit.status", u -> Messages.label(u.status())),
                labels(CoverageStatus.values())));
        table.getColumns().add(fit(unitNumber("coverage.unit.workers", CoverageQueries.UnitRow::workers), WIDEST_NUMBER));
        table.getColumns().add(fit(unitNumber("coverage.unit.members", CoverageQueries.UnitRow::partyMembers), WIDEST_NUMBER));
        // On a city ledger: the submission each unit is counted from.
        TableColumn<CoverageQueries.UnitRow, String> source = unitText("coverage.unit.source", u -> vm.sourceOf(u.id()));
        source.setPrefWidth(200);
        source.visibleProperty().bind(vm.citySourcesProperty());
        table.getColumns().add(source);
        // 20: the room of the vertical scroll bar a long list has.
        nameTakesTheRest(table, name, 180, 20);
        Cells.onOpen(table, u -> openUnit.accept(u.id()));
        table.setPlaceholder(new javafx.scene.control.Label(Messages.get("coverage.noUnits")));
    }

    /** How tall the table is with its header and {@code rows} rows (no scroll bar). */
    static double heightFor(TableView<?> table, int rows) {
        javafx.scene.Node header = table.lookup(".column-header-background");
        double head = header == null ? 2 * ROW : header instanceof Region r && r.getHeight() > 0 ? r.getHeight()
                : header.prefHeight(-1);
        return head + rows * ROW + table.snappedTopInset() + table.snappedBottomInset() + 2;
    }

    @SafeVarargs
    private static TableColumn<RegionCoverage, ?> group(String key, TableColumn<RegionCoverage, ?>... children) {
        TableColumn<RegionCoverage, Object> g = new TableColumn<>(Messages.get(key));
        g.getColumns().setAll(children);
        return g;
    }

    /** A count that opens the units it counted when clicked. */
    private static TableColumn<RegionCoverage, Integer> countColumn(CoverageViewModel vm, String key, String header,
                                                                    CoverageCount count) {
        TableColumn<RegionCoverage, Integer> col = new TableColumn<>(Messages.get(header));
        col.setId("col-" + key);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(count.of(c.getValue().counts())));
        col.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            {
                getStyleClass().addAll("number", "count-" + key);
                link.getStyleClass().add("count-link");
                link.setOnAction(e -> vm.openCount(getTableRow().getItem(), count));
            }

            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setGraphic(null);
                } else {
                    link.setText(Formats.count(n));
                    link.setDisable(n == 0);
                    setGraphic(link);
                }
            }
        });
        return fit(col, WIDEST_NUMBER);
    }

    private static TableColumn<RegionCoverage, Double> rateColumn(String key, String header,
                                                                 Function<CoverageCounts, Double> rate) {
        TableColumn<RegionCoverage, Double> col = new TableColumn<>(Messages.get(header));
        col.setId("col-" + key);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(rate.apply(c.getValue().counts())));
        col.setCellFactory(c -> numberCell("rate-" + key, v -> Formats.percent(v)));
        return fit(col, WIDEST_RATE);
    }

    private static TableColumn<RegionCoverage, Integer> peopleColumn(String key, String header,
                                                                    Function<CoverageCounts, Integer> value) {
        TableColumn<RegionCoverage, Integer> col = new TableColumn<>(Messages.get(header));
        col.setId("col-" + key);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().counts())));
        col.setCellFactory(c -> numberCell(null, v -> Formats.count(v)));
        return fit(col, WIDEST_NUMBER);
    }

    private static <S, T> TableCell<S, T> numberCell(String styleClass, Function<T, String> text) {
        return new TableCell<>() {
            {
                getStyleClass().add("number");
                if (styleClass != null) {
                    getStyleClass().add(styleClass);
                }
            }

            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : text.apply(v));
            }
        };
    }

    private static TableColumn<CoverageQueries.UnitRow, String> unitText(String key,
            Function<CoverageQueries.UnitRow, String> value) {
        TableColumn<CoverageQueries.UnitRow, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> TextCells.hovering());
        return col;
    }

    private static TableColumn<CoverageQueries.UnitRow, Integer> unitNumber(String key,
            Function<CoverageQueries.UnitRow, Integer> value) {
        TableColumn<CoverageQueries.UnitRow, Integer> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> numberCell(null, v -> Formats.count(v)));
        return col;
    }

    private static String[] labels(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(Messages.label(v));
        }
        return out.toArray(String[]::new);
    }

    /**
     * Makes a column as wide as the longest line of its header (the bundle breaks long headers) or
     * its widest value needs, so that neither is cut.
     */
    private static <S, T> TableColumn<S, T> fit(TableColumn<S, T> col, String... samples) {
        double width = 0;
        for (String line : col.getText().split("\n")) {
            width = Math.max(width, UiFont.width(line, true) + 24);
        }
        for (String s : samples) {
            width = Math.max(width, UiFont.width(s, false) + 18);
        }
        col.setPrefWidth(Math.ceil(width));
        col.setMinWidth(Math.ceil(width));
        return col;
    }

    /** The first column takes the width the others leave (at least {@code min}); its cells show the rest on hover. */
    private static <S> void nameTakesTheRest(TableView<S> table, TableColumn<S, String> name, double min, double slack) {
        List<TableColumn<S, ?>> others = new ArrayList<>();
        leaves(table.getColumns(), others);
        others.remove(name);
        List<Observable> deps = new ArrayList<>();
        deps.add(table.widthProperty());
        others.forEach(c -> deps.add(c.widthProperty()));
        name.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double rest = table.getWidth() - slack;
            for (TableColumn<S, ?> c : others) {
                rest -= c.getWidth();
            }
            return Math.max(min, Math.floor(rest));
        }, deps.toArray(Observable[]::new)));
    }

    private static <S> void leaves(List<TableColumn<S, ?>> columns, List<TableColumn<S, ?>> out) {
        for (TableColumn<S, ?> c : columns) {
            if (c.getColumns().isEmpty()) {
                out.add(c);
            } else {
                leaves(c.getColumns(), out);
            }
        }
    }
}
