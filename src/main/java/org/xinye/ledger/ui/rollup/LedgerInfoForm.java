package org.xinye.ledger.ui.rollup;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.ui.records.Pickers;
import org.xinye.ledger.ui.rollup.LedgerInfoViewModel.Choice;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;

/** The 台账信息 form: the ledger's facts above, its scope below; bound to {@link LedgerInfoViewModel}. */
public final class LedgerInfoForm {
    private LedgerInfoForm() {
    }

    /** Shows the form for the open ledger; the scope is saved when OK is chosen. */
    public static void show(LedgerInfoViewModel vm, DialogService dialogs) {
        vm.load();
        dialogs.form(Messages.get("ledgerInfo.title"), build(vm), Messages.get("ledgerInfo.save"), vm::save);
    }

    static VBox build(LedgerInfoViewModel vm) {
        Label facts = new Label();
        facts.setId("ledgerFacts");
        facts.setWrapText(true);
        facts.textProperty().bind(vm.factsProperty());

        ComboBox<Choice> kind = new ComboBox<>();
        kind.setId("scopeKind");
        kind.getItems().setAll(Choice.values());
        kind.setConverter(Formats.shownAs(c -> c == null ? "" : LedgerInfoViewModel.label(c)));
        kind.valueProperty().bindBidirectional(vm.choiceProperty());

        ComboBox<Region> county = new ComboBox<>(vm.counties());
        county.setId("scopeCounty");
        Pickers.labels(county, r -> r == null ? "" : r.name() + "（" + r.code() + "）", r -> r == null ? "" : r.name());
        county.valueProperty().bindBidirectional(vm.countyProperty());

        TextField department = new TextField();
        department.setId("scopeDepartment");
        department.setPromptText(Messages.get("ledgerInfo.departmentPrompt"));
        department.textProperty().bindBidirectional(vm.departmentProperty());
        FlowPane industries = new FlowPane(12, 6);
        for (Industry i : Industry.values()) {
            CheckBox box = new CheckBox(Messages.label(i));
            box.selectedProperty().bindBidirectional(vm.industry(i));
            industries.getChildren().add(box);
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label countyLabel = new Label(Messages.get("ledgerInfo.county"));
        Label departmentLabel = new Label(Messages.get("ledgerInfo.department"));
        Label industriesLabel = new Label(Messages.get("ledgerInfo.industries"));
        grid.addRow(0, new Label(Messages.get("ledgerInfo.scope")), kind);
        grid.addRow(1, countyLabel, county);
        grid.addRow(2, departmentLabel, department);
        grid.addRow(3, industriesLabel, industries);
        var isCounty = vm.choiceProperty().isEqualTo(Choice.COUNTY);
        var isDepartment = vm.choiceProperty().isEqualTo(Choice.DEPARTMENT);
        for (var n : new javafx.scene.Node[] {countyLabel, county}) {
            n.visibleProperty().bind(isCounty);
            n.managedProperty().bind(isCounty);
        }
        for (var n : new javafx.scene.Node[] {departmentLabel, department, industriesLabel, industries}) {
            n.visibleProperty().bind(isDepartment);
            n.managedProperty().bind(isDepartment);
        }
        grid.disableProperty().bind(vm.editableProperty().not());

        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("ledgerInfo.hint."
                + vm.choiceProperty().get().name()), vm.choiceProperty()));
        Label problem = new Label();
        problem.setId("scopeProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemProperty());
        VBox box = new VBox(12, facts, grid, hint, problem);
        box.setPrefWidth(560);
        return box;
    }
}
