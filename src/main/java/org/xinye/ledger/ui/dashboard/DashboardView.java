package org.xinye.ledger.ui.dashboard;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.shell.FxmlPage;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.ChartHolder;
import org.xinye.ledger.ui.support.EmptyState;
import org.xinye.ledger.ui.support.NextSteps;

/** Controller of the 工作台: binds the tiles and puts the coverage chart in place. */
public final class DashboardView extends FxmlPage {
    private final DashboardViewModel vm;
    private final Navigator navigator;
    private final NextSteps steps;

    @FXML private Label inScope;
    @FXML private Label inScopeNote;
    @FXML private Label orgRate;
    @FXML private Label orgRateNote;
    @FXML private Label workRate;
    @FXML private Label workRateNote;
    @FXML private Label singleRate;
    @FXML private Label singleRateNote;
    @FXML private Label workers;
    @FXML private Label workersNote;
    @FXML private Label partyMembers;
    @FXML private Label partyMembersNote;
    @FXML private Label shouldBuild;
    @FXML private Label shouldBuildNote;
    @FXML private VBox shouldBuildTile;
    @FXML private Label asOf;
    @FXML private StackPane chartHolder;
    @FXML private Label footnote;
    @FXML private Label cityNote;

    public DashboardView(DashboardViewModel vm, Navigator navigator, NextSteps steps) {
        this.vm = vm;
        this.navigator = navigator;
        this.steps = steps;
    }

    @FXML
    private void initialize() {
        inScope.textProperty().bind(vm.inScopeProperty());
        inScopeNote.textProperty().bind(vm.inScopeNoteProperty());
        orgRate.textProperty().bind(vm.orgRateProperty());
        orgRateNote.textProperty().bind(vm.orgRateNoteProperty());
        workRate.textProperty().bind(vm.workRateProperty());
        workRateNote.textProperty().bind(vm.workRateNoteProperty());
        singleRate.textProperty().bind(vm.singleRateProperty());
        singleRateNote.textProperty().bind(vm.singleRateNoteProperty());
        workers.textProperty().bind(vm.workersProperty());
        workersNote.textProperty().bind(vm.workersNoteProperty());
        partyMembers.textProperty().bind(vm.partyMembersProperty());
        partyMembersNote.textProperty().bind(vm.partyMembersNoteProperty());
        shouldBuild.textProperty().bind(vm.shouldBuildProperty());
        shouldBuildNote.textProperty().bind(vm.shouldBuildNoteProperty());
        asOf.textProperty().bind(vm.asOfProperty());
        footnote.setText(Messages.get("coverage.footnote"));
        cityNote.textProperty().bind(vm.cityNoteProperty());
        cityNote.visibleProperty().bind(vm.cityNoteProperty().isNotEmpty());
        cityNote.managedProperty().bind(vm.cityNoteProperty().isNotEmpty());
        shouldBuildTile.setOnMouseClicked(e -> navigator.go(PageId.FOLLOW_UPS, null));
        follow(ChartHolder.follow(chartHolder, "coverageChart", vm.chartProperty(),
                EmptyState.placeholder(EmptyState.note(Messages.get("empty.chart")), steps)));
        vm.load();
    }

    @FXML
    private void onExport() {
        vm.exportCoverage();
    }
}
