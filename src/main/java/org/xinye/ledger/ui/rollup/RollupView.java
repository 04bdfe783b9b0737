package org.xinye.ledger.ui.rollup;

import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.IdHash;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.DifferencesWorkbook;
import org.xinye.ledger.store.rollup.CityFigures;
import org.xinye.ledger.store.rollup.Differences;
import org.xinye.ledger.store.rollup.SubmissionStatus;
import org.xinye.ledger.ui.shell.FxmlPage;
import org.xinye.ledger.ui.support.Column;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.TableColumns;
import org.xinye.ledger.ui.support.TextCells;

/** Controller of the 汇总 page: binds {@link RollupViewModel}; files dropped on the page are taken in. */
public final class RollupView extends FxmlPage {
    /** The height of a county's row in 报送情况 and 上报合计与去重, as compact as 覆盖分析's. */
    private static final double COUNTY_ROW = 24;

    private final RollupViewModel vm;
    private final RollupActions actions;

    @FXML private BorderPane root;
    @FXML private Label scope;
    @FXML private Button takeInButton;
    @FXML private Button undoButton;
    @FXML private VBox cityPane;
    @FXML private VBox dropZone;
    @FXML private Label lastResult;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private ComboBox<YearMonth> periodBox;
    @FXML private Label statusSummary;
    @FXML private TableView<SubmissionStatus.Row> statusTable;
    @FXML private Label summary;
    @FXML private TableView<CityFigures.Row> figuresTable;
    @FXML private Label rules;
    @FXML private ComboBox<Differences.Kind> kindBox;
    @FXML private Label differenceCounts;
    @FXML private CheckBox unmasked;
    @FXML private TableView<Differences.Difference> differencesTable;
    @FXML private VBox districtPane;
    @FXML private Label districtText;

    public RollupView(RollupViewModel vm, RollupActions actions) {
        super(vm::setActive);
        this.vm = vm;
        this.actions = actions;
    }

    /** {@code target} 0, 1 or 2 opens the tab of that place (报送情况, 上报合计与去重, 差异清单). */
    @Override
    public void shown(Object target) {
        super.shown(target);
        if (target instanceof Number n && n.intValue() >= 0 && n.intValue() < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(n.intValue());
        }
    }

    @FXML
    private void initialize() {
        scope.textProperty().bind(vm.scopeProperty());
        cityPane.visibleProperty().bind(vm.cityProperty());
        districtPane.visibleProperty().bind(vm.cityProperty().not().and(vm.loadedProperty()));
        takeInButton.visibleProperty().bind(vm.cityProperty());
        undoButton.visibleProperty().bind(vm.cityProperty());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        districtText.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("rollup.district",
                vm.scopeProperty().get()), vm.scopeProperty()));
        lastResult.textProperty().bind(vm.lastResultProperty());
        lastResult.managedProperty().bind(lastResult.textProperty().isNotEmpty());
        lastResult.visibleProperty().bind(lastResult.managedProperty());
        dropTarget();

        periodBox.setItems(vm.periods());
        periodBox.valueProperty().bindBidirectional(vm.periodProperty());
        statusSummary.textProperty().bind(Bindings.createStringBinding(() -> {
            long missing = vm.status().stream().filter(SubmissionStatus.Row::missing).count();
            return vm.status().isEmpty() ? "" : Formats.counted("rollup.statusSummary", vm.status().size() - missing,
                    missing);
        }, vm.status()));
        statusTable.setItems(vm.status());
        TableColumns.build(statusTable, List.of(
                Column.<SubmissionStatus.Row>text("stName", "rollup.status.col.name", SubmissionStatus.Row::name)
                        .width(190),
                Column.<SubmissionStatus.Row>text("stState", "rollup.status.col.state",
                        r -> Messages.get(r.missing() ? "rollup.status.missing" : "rollup.status.submitted")).width(80),
                Column.<SubmissionStatus.Row>text("stCreated", "rollup.status.col.createdAt",
                        r -> r.missing() ? "" : RollupViewModel.WHEN.format(r.submission().createdAt())).width(135),
                Column.<SubmissionStatus.Row>text("stReceived", "rollup.status.col.receivedAt",
                        r -> r.missing() ? "" : RollupViewModel.WHEN.format(r.submission().receivedAt())).width(135),
                Column.<SubmissionStatus.Row>text("stVersion", "rollup.status.col.version",
                        r -> r.missing() ? "" : r.submission().appVersion()).width(70),
                Column.<SubmissionStatus.Row>number("stUnits", "rollup.status.col.units",
                        r -> r.missing() ? null : r.submission().units()).width(70),
                Column.<SubmissionStatus.Row>number("stWorkers", "rollup.status.col.workers",
                        r -> r.missing() ? null : r.submission().workers()).width(80),
                Column.<SubmissionStatus.Row>number("stMembers", "rollup.status.col.partyMembers",
                        r -> r.missing() ? null : r.submission().partyMembers()).width(70),
                Column.<SubmissionStatus.Row>text("stChanges", "rollup.status.col.changes",
                        RollupViewModel::changesOf).width(300)));
        statusTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SubmissionStatus.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("row-missing");
                if (!empty && r != null && r.missing()) {
                    getStyleClass().add("row-missing");
                }
            }
        });

        summary.textProperty().bind(vm.summaryProperty());
        figuresTable.setItems(vm.figures());
        TableColumns.build(figuresTable, List.of(
                Column.<CityFigures.Row>text("fgName", "rollup.figures.col.county", CityFigures.Row::name).width(180),
                Column.<CityFigures.Row>number("fgReportedUnits", "rollup.figures.col.reportedUnits",
                        r -> r.reported().inScope()).width(110),
                Column.<CityFigures.Row>number("fgUnits", "rollup.figures.col.units", r -> r.deduplicated().inScope())
                        .width(110),
                Column.<CityFigures.Row>number("fgReportedWorkers", "rollup.figures.col.reportedWorkers",
                        r -> r.reported().workers()).width(110),
                Column.<CityFigures.Row>number("fgWorkers", "rollup.figures.col.workers",
                        r -> r.deduplicated().workers()).width(110),
                Column.<CityFigures.Row>number("fgReportedMembers", "rollup.figures.col.reportedMembers",
                        r -> r.reported().partyMembers()).width(100),
                Column.<CityFigures.Row>number("fgMembers", "rollup.figures.col.members",
                        r -> r.deduplicated().partyMembers()).width(100),
                Column.<CityFigures.Row>text("fgSource", "rollup.figures.col.source",
                        r -> r.period() == null ? "" : Messages.get("rollup.figures.sourceOf", r.period())).width(120)));
        rules.setText(Messages.get("rollup.rules"));

        kindBox.getItems().setAll((Differences.Kind) null);
        kindBox.getItems().addAll(Differences.Kind.values());
        kindBox.setConverter(Formats.shownAs(k -> k == null ? Messages.get("rollup.differences.allKinds")
                : Messages.get("differences.kind." + k.name())));
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        differenceCounts.textProperty().bind(vm.differenceCountsProperty());
        unmasked.selectedProperty().bindBidirectional(vm.unmaskedExportProperty());
        differencesTable.setItems(vm.differences());
        TableColumns.build(differencesTable, List.of(
                Column.<Differences.Difference>text("dfKind", "differences.col.kind",
                        d -> Messages.get("differences.kind." + d.kind().name())).width(170),
                Column.<Differences.Difference>text("dfName", "differences.col.name", Differences.Difference::subject)
                        .width(180),
                Column.<Differences.Difference>text("dfKey", "differences.col.key", RollupView::shownKey).width(190),
                Column.<Differences.Difference>text("dfListings", "rollup.differences.col.listings",
                        RollupView::listings).width(420),
                Column.<Differences.Difference>text("dfNote", "differences.col.note", DifferencesWorkbook::note)
                        .width(200)));
        // Each party's listing on a line of its own, wrapped: the rows are read, not hovered.
        @SuppressWarnings("unchecked")
        TableColumn<Differences.Difference, String> listings =
                (TableColumn<Differences.Difference, String>) (TableColumn<?, ?>) differencesTable.getColumns().get(3);
        listings.setCellFactory(c -> TextCells.wrapping(listings));
        for (TableView<?> t : List.of(statusTable, figuresTable, differencesTable)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            TableColumns.standard("RollupView." + t.getId(), t, vm.tables());
        }
        // A line per county (and department) with the total: rows as compact as 覆盖分析's keep them in sight at 1280×720.
        statusTable.setFixedCellSize(COUNTY_ROW);
        figuresTable.setFixedCellSize(COUNTY_ROW);
    }

    /** Submission files dropped anywhere on the page are taken in; other files are not accepted. */
    private void dropTarget() {
        root.setOnDragOver(e -> {
            if (vm.cityProperty().get() && e.getDragboard().hasFiles()
                    && e.getDragboard().getFiles().stream().anyMatch(f -> RollupViewModel.accepts(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().map(File::toPath)
                    .filter(RollupViewModel::accepts).toList() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                vm.takeIn(files);
            }
        });
    }

    static String shownKey(Differences.Difference d) {
        if (d.key() == null) {
            return "";
        }
        boolean unit = d.kind() == Differences.Kind.MULTI_CLAIMED_UNIT || d.kind() == Differences.Kind.ROSTER_MISMATCH;
        return unit ? d.key() : IdHash.isHash(d.key()) ? Messages.get("rollup.hashedId") : Masking.idNumber(d.key());
    }

    /** One line per party that lists it: the party, its record number and what it says. */
    static String listings(Differences.Difference d) {
        StringBuilder b = new StringBuilder();
        for (Differences.Listing l : d.listings()) {
            b.append(b.isEmpty() ? "" : "\n").append(l.scopeName())
                    .append(" #").append(l.srcId());
            if (l.says() != null && !l.says().isBlank()) {
                b.append(' ').append(l.says());
            }
        }
        if (d.alsoForName() != null) {
            b.append('\n').append(Messages.get("rollup.differences.servesIn",
                    d.alsoForName()));
        }
        return b.toString();
    }

    @FXML
    private void onTakeIn() {
        vm.chooseFiles();
    }

    @FXML
    private void onUndo() {
        vm.undo();
    }

    @FXML
    private void onExport() {
        vm.exportDifferences();
    }

    @FXML
    private void onSubmit() {
        actions.submit();
    }

    @FXML
    private void onImportDifferences() {
        actions.importDifferences();
    }

    @FXML
    private void onLedgerInfo() {
        actions.ledgerInfo();
    }
}
