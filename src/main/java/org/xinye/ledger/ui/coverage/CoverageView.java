package org.xinye.ledger.ui.coverage;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.CoverageQueries.Count;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.ChartHolder;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Fxml;

/** Controller of 覆盖分析: binds the table, the unit list, the breadcrumb, the filters and the chart. */
public final class CoverageView implements Page {
    private final CoverageViewModel vm;
    private Parent view;
    /** What this view follows on the view model, which outlives it; ended by {@link #dispose}. */
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private Label asOf;
    @FXML private ComboBox<org.xinye.ledger.domain.Industry> industry;
    @FXML private ComboBox<org.xinye.ledger.domain.EnterpriseKind> kind;
    @FXML private HBox crumbs;
    @FXML private TableView<RegionCoverage> regionTable;
    @FXML private VBox unitBox;
    @FXML private Label unitsHeading;
    @FXML private TableView<CoverageQueries.UnitRow> unitTable;
    @FXML private Label summary;
    @FXML private ComboBox<ChartKind> chartKind;
    @FXML private Spinner<Integer> target;
    @FXML private StackPane chartHolder;
    @FXML private Label footnote;

    public CoverageView(CoverageViewModel vm) {
        this.vm = vm;
    }

    @Override
    public Parent view() {
        if (view == null) {
            view = Fxml.load(this);
        }
        return view;
    }

    @Override
    public void shown(Object target) {
        if (!vm.loadedProperty().get()) {
            vm.reload();
        }
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
    }

    @FXML
    private void initialize() {
        asOf.textProperty().bind(vm.asOfProperty());
        summary.textProperty().bind(vm.summaryProperty());
        unitsHeading.textProperty().bind(vm.unitsHeadingProperty());
        footnote.setText(Messages.get("coverage.footnote"));

        industry.getItems().setAll(CoverageViewModel.industries());
        industry.setConverter(labels(Messages.get("coverage.filter.all")));
        industry.setButtonCell(labelCell(Messages.get("coverage.filter.all")));
        industry.setCellFactory(l -> labelCell(Messages.get("coverage.filter.all")));
        industry.valueProperty().bindBidirectional(vm.industryProperty());
        kind.getItems().setAll(CoverageViewModel.kinds());
        kind.setConverter(labels(Messages.get("coverage.filter.all")));
        kind.setButtonCell(labelCell(Messages.get("coverage.filter.all")));
        kind.setCellFactory(l -> labelCell(Messages.get("coverage.filter.all")));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        chartKind.getItems().setAll(ChartKind.values());
        chartKind.valueProperty().bindBidirectional(vm.chartKindProperty());
        target.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, vm.targetProperty().get(), 5));
        subscriptions = subscriptions.and(vm.targetProperty().subscribe((a, b) -> target.getValueFactory().setValue(b.intValue())));
        target.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.saveTarget(b);
            }
        });

        buildRegionTable();
        buildUnitTable();
        unitBox.visibleProperty().bind(vm.showingUnitsProperty());
        unitBox.managedProperty().bind(vm.showingUnitsProperty());
        regionTable.visibleProperty().bind(vm.showingUnitsProperty().not());

        subscriptions = Subscription.combine(subscriptions, vm.crumbs().subscribe(this::rebuildCrumbs),
                ChartHolder.follow(chartHolder, "coverageAnalysisChart", vm.chartProperty()));
        rebuildCrumbs();
    }

    private void buildRegionTable() {
        regionTable.setItems(vm.rows());
        regionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RegionCoverage, String> name = new TableColumn<>(Messages.get("coverage.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(170);
        regionTable.getColumns().add(name);
        regionTable.getColumns().add(countColumn("inScope", Count.IN_SCOPE));
        regionTable.getColumns().add(countColumn("orgCovered", Count.ORG));
        regionTable.getColumns().add(countColumn("singleOrg", Count.ORG_SINGLE));
        regionTable.getColumns().add(countColumn("jointOrg", Count.ORG_JOINT));
        regionTable.getColumns().add(countColumn("areaOrg", Count.ORG_AREA));
        regionTable.getColumns().add(countColumn("workCovered", Count.WORK));
        regionTable.getColumns().add(countColumn("uncovered", Count.UNCOVERED));
        regionTable.getColumns().add(rateColumn("orgRate", CoverageCounts::orgRate));
        regionTable.getColumns().add(rateColumn("workRate", CoverageCounts::workRate));
        regionTable.getColumns().add(rateColumn("singleRate", CoverageCounts::singleRate));
        regionTable.getColumns().add(peopleColumn("workers", CoverageCounts::workers));
        regionTable.getColumns().add(peopleColumn("partyMembers", CoverageCounts::partyMembers));
        regionTable.setRowFactory(t -> {
            TableRow<RegionCoverage> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        regionTable.setPlaceholder(new Label(Messages.get("coverage.empty")));
    }

    /** A count that opens the units it counted when clicked. */
    private TableColumn<RegionCoverage, Integer> countColumn(String key, Count count) {
        TableColumn<RegionCoverage, Integer> col = new TableColumn<>(Messages.get("coverage.col." + key));
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
        col.setPrefWidth(72);
        return col;
    }

    private TableColumn<RegionCoverage, Double> rateColumn(String key, Function<CoverageCounts, Double> rate) {
        TableColumn<RegionCoverage, Double> col = new TableColumn<>(Messages.get("coverage.col." + key));
        col.setId("col-" + key);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(rate.apply(c.getValue().counts())));
        col.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().addAll("number", "rate-" + key);
            }

            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.percent(v));
            }
        });
        col.setPrefWidth(82);
        return col;
    }

    private TableColumn<RegionCoverage, Integer> peopleColumn(String key, Function<CoverageCounts, Integer> value) {
        TableColumn<RegionCoverage, Integer> col = new TableColumn<>(Messages.get("coverage.col." + key));
        col.setId("col-" + key);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().counts())));
        col.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("number");
            }

            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.count(v));
            }
        });
        col.setPrefWidth(78);
        return col;
    }

    private void buildUnitTable() {
        unitTable.setItems(vm.units());
        unitTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        unitTable.getColumns().add(textColumn("coverage.unit.name", u -> u.name(), 260));
        unitTable.getColumns().add(textColumn("coverage.unit.kind", u -> Messages.label(u.kind()), 110));
        unitTable.getColumns().add(textColumn("coverage.unit.industry", u -> Messages.label(u.industry()), 80));
        unitTable.getColumns().add(textColumn("coverage.unit.township", u -> u.townshipName() == null
                ? Messages.get("coverage.unassigned") : u.townshipName(), 130));
        unitTable.getColumns().add(textColumn("coverage.unit.status", u -> Messages.label(u.status()), 160));
        TableColumn<CoverageQueries.UnitRow, Integer> workers = new TableColumn<>(Messages.get("coverage.unit.workers"));
        workers.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().workers()));
        workers.getStyleClass().add("number");
        TableColumn<CoverageQueries.UnitRow, Integer> members = new TableColumn<>(Messages.get("coverage.unit.members"));
        members.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partyMembers()));
        members.getStyleClass().add("number");
        unitTable.getColumns().add(workers);
        unitTable.getColumns().add(members);
        TableColumn<CoverageQueries.UnitRow, String> source = textColumn("coverage.unit.source",
                u -> vm.sourceOf(u.id()), 200);
        source.visibleProperty().bind(vm.citySourcesProperty());
        unitTable.getColumns().add(source);
        unitTable.setPlaceholder(new Label(Messages.get("coverage.noUnits")));
    }

    private static TableColumn<CoverageQueries.UnitRow, String> textColumn(String key,
            Function<CoverageQueries.UnitRow, String> value, double width) {
        TableColumn<CoverageQueries.UnitRow, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private void rebuildCrumbs() {
        crumbs.getChildren().clear();
        var list = vm.crumbs();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                crumbs.getChildren().add(new Label("›"));
            }
            int index = i;
            if (i == list.size() - 1) {
                Label here = new Label(list.get(i).label());
                here.getStyleClass().add("breadcrumb-current");
                crumbs.getChildren().add(here);
            } else {
                Hyperlink back = new Hyperlink(list.get(i).label());
                back.setId("crumb-" + i);
                back.setOnAction(e -> vm.back(index));
                crumbs.getChildren().add(back);
            }
        }
        if (list.size() == 1) {
            Label hint = new Label(Messages.get("coverage.hint"));
            hint.getStyleClass().add("muted");
            crumbs.getChildren().add(hint);
        }
    }

    private static <T extends Enum<T>> StringConverter<T> labels(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : Messages.label(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private static <T extends Enum<T>> ListCell<T> labelCell(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none : Messages.label(item));
            }
        };
    }

    @FXML
    private void onClearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void onSnapshot() {
        vm.takeSnapshot();
    }

    @FXML
    private void onExport() {
        vm.export();
    }

    @FXML
    private void onExportChart() {
        vm.exportChart();
    }
}
