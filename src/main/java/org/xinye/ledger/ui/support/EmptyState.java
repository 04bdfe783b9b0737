package org.xinye.ledger.ui.support;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;

/**
 * What a page shows where it has nothing to show: a sentence that says so and, on a new
 * ledger, the next steps as buttons (导入名单, 载入示例数据, 打开台账…).
 */
public final class EmptyState {
    private EmptyState() {
    }

    /** A sentence and the first steps with a new ledger. */
    public static VBox newLedger(String message, NextSteps steps) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("empty-message");
        Button importRoster = new Button(Messages.get("empty.import"));
        importRoster.getStyleClass().add("accent");
        importRoster.setOnAction(e -> steps.importRoster());
        Button demo = new Button(Messages.get("empty.demo"));
        demo.setOnAction(e -> steps.loadDemo());
        demo.disableProperty().bind(javafx.beans.binding.Bindings.not(steps.demoPossibleProperty()));
        Button open = new Button(Messages.get("empty.open"));
        open.setOnAction(e -> steps.openLedger());
        FlowPane buttons = new FlowPane(8, 8, importRoster, demo, open);
        buttons.setAlignment(Pos.CENTER);
        buttons.getStyleClass().add("empty-actions");
        VBox box = new VBox(12, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        box.getStyleClass().add("empty-state");
        return box;
    }

    /** A sentence alone: there is nothing here, and nothing to do about it. */
    public static Label note(String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().addAll("empty-message", "muted");
        return text;
    }

    /**
     * Shows {@code usual} (what the page says when a search or filter finds nothing), and on a
     * new ledger the first steps below it.
     */
    public static Node placeholder(Node usual, NextSteps steps) {
        VBox first = newLedger(Messages.get("empty.ledger"), steps);
        first.visibleProperty().bind(steps.ledgerEmptyProperty());
        first.managedProperty().bind(first.visibleProperty());
        VBox both = new VBox(16, usual, first);
        both.setAlignment(Pos.CENTER);
        both.setMaxWidth(600);
        return new StackPane(both);
    }
}
