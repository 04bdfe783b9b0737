package org.xinye.ledger.ui.reports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.form.FormFigure;
import org.xinye.ledger.ui.support.DialogLook;

/**
 * The check before filling a superior's form: each header with the figure it gets and each
 * row label with the region it stands for, every one a choice the user can change or set to
 * 不填写; what matched nothing is marked until named.
 */
final class FormFillDialog {
    private final FormFillViewModel vm;

    FormFillDialog(FormFillViewModel vm) {
        this.vm = vm;
    }

    void show(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("form.title"));
        d.setHeaderText(Messages.get("form.check", vm.formName()));
        GridPane columns = grid();
        int r = 0;
        for (FormFillViewModel.ColumnChoice c : vm.columns()) {
            List<FormFigure> figures = new ArrayList<>();
            figures.add(null);
            figures.addAll(List.of(FormFigure.values()));
            add(columns, r++, c.header(), choice(figures, c.figureProperty()), c.figureProperty());
        }
        GridPane rows = grid();
        r = 0;
        for (FormFillViewModel.RowChoice row : vm.rows()) {
            List<FormFillViewModel.Target> targets = new ArrayList<>();
            targets.add(null);
            targets.addAll(vm.targets());
            add(rows, r++, Messages.get("form.rowLabel", row.row(), row.label()), choice(targets, row.targetProperty()),
                    row.targetProperty());
        }
        Label colTitle = new Label(Messages.get("form.columns"));
        colTitle.getStyleClass().add("section-title");
        Label rowTitle = new Label(Messages.get("form.rows"));
        rowTitle.getStyleClass().add("section-title");
        VBox content = new VBox(8, colTitle, columns, rowTitle, rows);
        content.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, 480);
        d.getDialogPane().setContent(scroll);
        ButtonType fill = new ButtonType(Messages.get("form.fillAndSave"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(fill, ButtonType.CANCEL);
        d.setResizable(true);
        DialogLook.dress(d);
        if (d.showAndWait().filter(b -> b == fill).isPresent()) {
            vm.fill();
        }
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        ColumnConstraints words = new ColumnConstraints();
        words.setPercentWidth(50);
        ColumnConstraints choice = new ColumnConstraints();
        choice.setPercentWidth(50);
        g.getColumnConstraints().addAll(words, choice);
        return g;
    }

    /** A row of the grid: the form's words, the choice, and a mark while nothing is chosen. */
    private static <T> void add(GridPane g, int row, String words, ComboBox<T> box, ObjectProperty<T> value) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.styleProperty().bind(value.map(v -> "").orElse("-fx-text-fill: #C8161D;"));
        g.addRow(row, label, box);
    }

    private static <T> ComboBox<T> choice(List<T> items, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> new Cell<>());
        box.setButtonCell(new Cell<>());
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** Shows 不填写 for the empty choice. */
    private static final class Cell<T> extends ListCell<T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? Messages.get("form.none") : item.toString());
        }
    }
}
