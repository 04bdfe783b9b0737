package org.xinye.ledger.ui.support;

import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** Puts a view model's chart in a page's holder pane. */
public final class ChartHolder {
    private ChartHolder() {
    }

    /**
     * Shows the chart {@code chart} holds now and each one after it in {@code holder}: one viewer
     * (with the node id {@code id}), made for the first chart and handed the next ones.
     * Unsubscribing lets go of the view model.
     */
    public static Subscription follow(StackPane holder, String id, ObservableValue<JFreeChart> chart) {
        ChartViewer[] viewer = {null};
        return chart.subscribe(jfc -> {
            if (jfc == null) {
                return;
            }
            if (viewer[0] == null) {
                viewer[0] = new ChartViewer(jfc);
                viewer[0].setId(id);
                holder.getChildren().setAll(viewer[0]);
            } else {
                viewer[0].setChart(jfc);
            }
        });
    }
}
