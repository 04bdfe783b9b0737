package org.xinye.ledger.ui.rollup;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.support.DialogService;

/** The 上报 form over {@link SubmitViewModel}: period, encryption, hashed ID numbers with their key file. */
public final class SubmitForm {
    private SubmitForm() {
    }

    public static void show(SubmitViewModel vm, DialogService dialogs) {
        if (vm.load()) {
            dialogs.form(Messages.get("submit.title"), build(vm), Messages.get("submit.ok"), vm::submit);
        }
    }

    static VBox build(SubmitViewModel vm) {
        Label scope = new Label();
        scope.textProperty().bind(Bindings.concat(Messages.get("submit.scope"), vm.scopeProperty()));
        TextField period = new TextField();
        period.setId("submitPeriod");
        period.setPrefColumnCount(8);
        period.textProperty().bindBidirectional(vm.periodProperty());
        CheckBox encrypt = new CheckBox(Messages.get("submit.encrypt"));
        encrypt.setId("submitEncrypt");
        encrypt.selectedProperty().bindBidirectional(vm.encryptProperty());
        CheckBox hash = new CheckBox(Messages.get("submit.hashIds"));
        hash.setId("submitHash");
        hash.selectedProperty().bindBidirectional(vm.hashIdsProperty());
        hash.setWrapText(true);
        Label key = new Label();
        key.textProperty().bind(Bindings.createStringBinding(() -> vm.keyFileProperty().get() == null
                ? Messages.get("submit.noKeyFile") : vm.keyFileProperty().get().toString(), vm.keyFileProperty()));
        Button chooseKey = new Button(Messages.get("submit.chooseKey"));
        chooseKey.setOnAction(e -> vm.chooseKeyFile());
        key.setWrapText(true);
        chooseKey.setMinWidth(Region.USE_PREF_SIZE);
        HBox keyRow = new HBox(8, chooseKey, key);
        keyRow.disableProperty().bind(vm.hashIdsProperty().not());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label periodLabel = new Label(Messages.get("submit.period"));
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, periodLabel, period);
        grid.add(encrypt, 1, 1);
        grid.add(hash, 1, 2);
        grid.add(keyRow, 1, 3);
        Label note = new Label(Messages.get("submit.note"));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemProperty());
        VBox box = new VBox(12, scope, grid, note, problem);
        box.setPrefWidth(560);
        return box;
    }
}
