package org.xinye.ledger.ui.reports;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.ui.shell.FxmlPage;
import org.xinye.ledger.ui.support.EmptyState;
import org.xinye.ledger.ui.support.NextSteps;

/** Controller of 报表: binds the builder form and shows the page previews. */
public final class ReportsView extends FxmlPage {
    private final ReportsViewModel vm;
    private final NextSteps steps;

    @FXML private ComboBox<ReportsViewModel.Area> area;
    @FXML private TextField title;
    @FXML private RadioButton portrait;
    @FXML private RadioButton landscape;
    @FXML private VBox chartChecks;
    @FXML private CheckBox table;
    @FXML private CheckBox followUps;
    @FXML private CheckBox appendix;
    @FXML private TextField issuingUnit;
    @FXML private Label status;
    @FXML private Label note;
    @FXML private VBox previewPages;

    public ReportsView(ReportsViewModel vm, NextSteps steps) {
        this.vm = vm;
        this.steps = steps;
    }

    @Override
    public void shown(Object target) {
        if (vm.areas().isEmpty()) {
            vm.loadAreas();
        }
    }

    @FXML
    private void initialize() {
        area.setItems(vm.areas());
        area.valueProperty().bindBidirectional(vm.areaProperty());
        title.textProperty().bindBidirectional(vm.titleProperty());
        ToggleGroup paper = new ToggleGroup();
        portrait.setToggleGroup(paper);
        landscape.setToggleGroup(paper);
        landscape.selectedProperty().bindBidirectional(vm.landscapeProperty());
        portrait.setSelected(!vm.landscapeProperty().get());
        for (ChartKind k : ChartKind.values()) {
            CheckBox box = new CheckBox(k.label());
            box.setId("chart-" + k.cliName());
            box.selectedProperty().bindBidirectional(vm.chartProperty(k));
            chartChecks.getChildren().add(box);
        }
        table.selectedProperty().bindBidirectional(vm.tableProperty());
        followUps.selectedProperty().bindBidirectional(vm.followUpsProperty());
        appendix.selectedProperty().bindBidirectional(vm.appendixProperty());
        appendix.disableProperty().bind(followUps.selectedProperty().not());
        issuingUnit.textProperty().bindBidirectional(vm.issuingUnitProperty());
        issuingUnit.setPromptText(Messages.get("report.issuingUnitHint"));
        status.textProperty().bind(vm.statusProperty());
        // Under the buttons only while it says something, so the preview starts right below them.
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        note.setText(Messages.get("report.previewNote"));
        follow(vm.pages().subscribe(this::showPages), vm.formFill().readyProperty().subscribe(ready -> {
            if (ready) {
                new FormFillDialog(vm.formFill()).show(view().getScene().getWindow());
            }
        }));
        showPages();
    }

    private void showPages() {
        previewPages.getChildren().clear();
        int n = 0;
        for (BufferedImage page : vm.pages()) {
            ImageView v = new ImageView(SwingFXUtils.toFXImage(page, null));
            v.setPreserveRatio(true);
            v.setSmooth(true);
            v.getStyleClass().add("report-page");
            v.setId("page-" + (++n));
            previewPages.getChildren().add(v);
        }
        if (n == 0) {
            Label empty = new Label(Messages.get("report.noPreview"));
            empty.getStyleClass().add("muted");
            previewPages.getChildren().add(EmptyState.placeholder(empty, steps));
        }
    }

    @FXML
    private void onPreview() {
        vm.preview();
    }

    @FXML
    private void onExport() {
        vm.exportPdf();
    }

    @FXML
    private void onExportWord() {
        vm.exportWord();
    }

    @FXML
    private void onFillForm() {
        vm.formFill().start();
    }

    @FXML
    private void onPageSetup() {
        vm.print(true);
    }

    @FXML
    private void onPrint() {
        vm.print(false);
    }
}
