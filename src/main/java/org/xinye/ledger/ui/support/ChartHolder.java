package org.xinye.ledger.ui.support;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/** Puts a view model's chart in a page's holder pane, or says why there is none. */
public final class ChartHolder {
    private ChartHolder() {
    }

    /**
     * Shows the chart {@code chart} holds now and each one after it in {@code holder}: one viewer
     * (with the node id {@code id}), made for the first chart and handed the next ones. A chart
     * without a value to draw (a new ledger, a filter that matches nothing) would show bare axes:
     * {@code whenEmpty} stands in its place. Unsubscribing lets go of the view model.
     */
    public static Subscription follow(StackPane holder, String id, ObservableValue<JFreeChart> chart, Node whenEmpty) {
        ChartViewer[] viewer = {null};
        return chart.subscribe(jfc -> {
            if (jfc == null) {
                return;
            }
            if (!hasValues(jfc)) {
                holder.getChildren().setAll(whenEmpty);
                return;
            }
            if (viewer[0] == null) {
                viewer[0] = new ChartViewer(jfc);
                viewer[0].setId(id);
            } else {
                viewer[0].setChart(jfc);
            }
            holder.getChildren().setAll(viewer[0]);
        });
    }

    /** Whether the chart has a value other than zero to draw. */
    public static boolean hasValues(JFreeChart chart) {
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getDatasetCount(); i++) {
                CategoryDataset d = p.getDataset(i);
                for (int r = 0; d != null && r < d.getRowCount(); r++) {
                    for (int c = 0; c < d.getColumnCount(); c++) {
                        Number v = d.getValue(r, c);
                        if (v != null && v.doubleValue() != 0) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
        if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDatasetCount(); i++) {
                XYDataset d = p.getDataset(i);
                for (int s = 0; d != null && s < d.getSeriesCount(); s++) {
                    for (int k = 0; k < d.getItemCount(s); k++) {
                        if (d.getYValue(s, k) != 0 && !Double.isNaN(d.getYValue(s, k))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
        return true;
    }
}
