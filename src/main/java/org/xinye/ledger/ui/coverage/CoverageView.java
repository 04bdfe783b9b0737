package org.xinye.ledger.ui.coverage;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.ui.shell.FxmlPage;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.ChartHolder;
import org.xinye.ledger.ui.support.EmptyState;
import org.xinye.ledger.ui.support.NextSteps;
import org.xinye.ledger.ui.support.RememberedSplit;
import org.xinye.ledger.ui.support.UiPreferences;

/**
 * Controller of 覆盖分析: binds the table, the unit list, the breadcrumb, the filters and the
 * chart. The table comes first and keeps every row of the area in sight (up to
 * {@link #ROWS_KEPT} rows); the chart below takes the rest of the height, can be folded away,
 * and the divider between them stays where the user puts it.
 */
public final class CoverageView extends FxmlPage {
    /** The rows the table is given room for at most, before the chart gets the rest (a county's streets: up to 16). */
    static final int ROWS_KEPT = 16;
    /** The fewest rows the table keeps when the user gives the chart more room. */
    private static final int MIN_ROWS = 3;
    private static final double CHART_MIN_HEIGHT = 140;
    private static final String SPLIT_KEY = "coverage.split";
    private static final String FOLDED_KEY = "coverage.chartFolded";
    private final CoverageViewModel vm;
    private final Navigator navigator;
    private final NextSteps steps;
    private final UiPreferences prefs;
    private RememberedSplit remembered;
    @FXML private Label asOf;
    @FXML private ComboBox<org.xinye.ledger.domain.Industry> industry;
    @FXML private ComboBox<org.xinye.ledger.domain.EnterpriseKind> kind;
    @FXML private HBox crumbs;
    @FXML private SplitPane split;
    @FXML private StackPane tables;
    @FXML private TableView<RegionCoverage> regionTable;
    @FXML private TableView<CoverageQueries.UnitRow> unitTable;
    @FXML private VBox chartCard;
    @FXML private HBox chartBar;
    @FXML private HBox chartBody;
    @FXML private Button chartToggle;
    @FXML private Label summary;
    @FXML private ComboBox<ChartKind> chartKind;
    @FXML private Spinner<Integer> target;
    @FXML private StackPane chartArea;
    @FXML private StackPane chartHolder;
    @FXML private Label chartTooSmall;
    @FXML private Label footnote;

    public CoverageView(CoverageViewModel vm, Navigator navigator, NextSteps steps, UiPreferences prefs) {
        this.vm = vm;
        this.navigator = navigator;
        this.steps = steps;
        this.prefs = prefs;
    }

    @Override
    public void shown(Object target) {
        if (!vm.loadedProperty().get()) {
            vm.reload();
        }
    }

    @FXML
    private void initialize() {
        asOf.textProperty().bind(vm.asOfProperty());
        summary.textProperty().bind(vm.summaryProperty());
        footnote.setText(Messages.get("coverage.footnote"));

        industry.getItems().setAll(CoverageViewModel.industries());
        Pickers.labels(industry, Messages.get("coverage.filter.all"));
        industry.valueProperty().bindBidirectional(vm.industryProperty());
        kind.getItems().setAll(CoverageViewModel.kinds());
        Pickers.labels(kind, Messages.get("coverage.filter.all"));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        chartKind.getItems().setAll(ChartKind.values());
        chartKind.valueProperty().bindBidirectional(vm.chartKindProperty());
        target.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, vm.targetProperty().get(), 5));
        follow(vm.targetProperty().subscribe((a, b) -> target.getValueFactory().setValue(b.intValue())));
        target.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.saveTarget(b);
            }
        });

        CoverageTable.regions(regionTable, vm);
        regionTable.setPlaceholder(new Label(Messages.get("coverage.empty")));
        CoverageTable.units(unitTable, vm, id -> navigator.go(PageId.UNITS, id));
        unitTable.visibleProperty().bind(vm.showingUnitsProperty());
        unitTable.managedProperty().bind(vm.showingUnitsProperty());
        regionTable.visibleProperty().bind(vm.showingUnitsProperty().not());

        follow(vm.crumbs().subscribe(this::rebuildCrumbs),
                ChartHolder.follow(chartHolder, "coverageAnalysisChart", vm.chartProperty(),
                        EmptyState.placeholder(EmptyState.note(Messages.get("empty.chart")), steps)));
        rebuildCrumbs();
        // Squeezed below this, a chart is all title and legend: say how to make room instead.
        chartHolder.visibleProperty().bind(chartArea.heightProperty().greaterThanOrEqualTo(CHART_MIN_HEIGHT));
        chartTooSmall.visibleProperty().bind(chartHolder.visibleProperty().not());
        layOutSplit();
    }

    /**
     * Until the user moves the divider, the table is given what shows all its rows (up to
     * {@link #ROWS_KEPT}) and the chart the rest; the user may give the chart more, down to a
     * few rows of table. The divider is placed again when the rows change.
     */
    private void layOutSplit() {
        remembered = new RememberedSplit(split, prefs, SPLIT_KEY,
                () -> (tableHeight() + 3) / Math.max(1, split.getHeight()));
        Runnable keepRows = () -> {
            tables.setMinHeight(CoverageTable.heightFor(shownTable(), MIN_ROWS));
            remembered.place();
        };
        follow(vm.rows().subscribe(keepRows), vm.units().subscribe(keepRows), vm.showingUnitsProperty().subscribe(keepRows));
        // The header's height is known once the table has its skin and styles (grouped headers are taller).
        for (TableView<?> t : java.util.List.of(regionTable, unitTable)) {
            t.skinProperty().addListener((o, was, skin) -> {
                if (t.lookup(".column-header-background") instanceof Region header) {
                    header.heightProperty().addListener((h, a, b) -> keepRows.run());
                }
            });
        }
        fold(prefs.flag(FOLDED_KEY, false));
    }

    private TableView<?> shownTable() {
        return vm.showingUnitsProperty().get() ? unitTable : regionTable;
    }

    /** The height that shows every row of the table shown, up to {@link #ROWS_KEPT}. */
    private double tableHeight() {
        int rows = vm.showingUnitsProperty().get() ? vm.units().size() : vm.rows().size();
        return CoverageTable.heightFor(shownTable(), Math.max(MIN_ROWS, Math.min(ROWS_KEPT, rows)));
    }

    /** Folds the chart away (its bar stays, to unfold it) or shows it again. */
    private void fold(boolean folded) {
        chartBody.setVisible(!folded);
        chartBody.setManaged(!folded);
        chartCard.setMaxHeight(folded ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
        chartToggle.setText(Messages.get(folded ? "coverage.chartShow" : "coverage.chartHide"));
        prefs.putFlag(FOLDED_KEY, folded);
        if (folded) {
            split.setDividerPositions(1);
        } else {
            remembered.place();
        }
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
        String hintKey = list.get(list.size() - 1).isUnitList() ? "coverage.unitHint"
                : list.size() > 1 ? "coverage.streetHint" : "coverage.hint";
        Label hint = new Label(Messages.get(hintKey));
        hint.getStyleClass().add("muted");
        crumbs.getChildren().add(hint);
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

    @FXML
    private void onToggleChart() {
        fold(chartBody.isVisible());
    }
}
