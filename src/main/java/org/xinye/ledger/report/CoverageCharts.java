package org.xinye.ledger.report;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.RegionCoverage;

/** Coverage charts built with JFreeChart, labelled in the user's language. */
public final class CoverageCharts {
    private CoverageCharts() {
    }

    /** The data behind the stacked chart: org-covered, work-covered and uncovered units per region. */
    public static DefaultCategoryDataset stackedDataset(List<RegionCoverage> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String org = Messages.get("chart.series.org");
        String work = Messages.get("chart.series.work");
        String none = Messages.get("chart.series.uncovered");
        for (RegionCoverage r : rows) {
            CoverageCounts k = r.counts();
            data.addValue(k.orgCovered(), org, r.name());
            data.addValue(k.workCovered(), work, r.name());
            data.addValue(k.uncovered(), none, r.name());
        }
        return data;
    }

    /** Stacked bars of org-covered / work-covered / uncovered units by region, with value labels. */
    public static JFreeChart stackedByRegion(List<RegionCoverage> rows, String title) {
        DefaultCategoryDataset data = stackedDataset(rows);
        CategoryAxis x = new CategoryAxis();
        x.setCategoryLabelPositions(rows.size() > 14 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        x.setMaximumCategoryLabelLines(3);
        NumberAxis y = new NumberAxis(Messages.get("chart.axis.units"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number n = dataset.getValue(row, column);
                // A label on a sliver of a bar would overlap its neighbours.
                return n == null || n.intValue() < 8 ? null : String.valueOf(n.intValue());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} · {0}：{2}",
                java.text.NumberFormat.getIntegerInstance()));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 14), plot, true);
        ChartStyle.apply(chart);
        // After the theme: it resets series paints to its own palette.
        renderer.setSeriesPaint(0, ChartStyle.ORG);
        renderer.setSeriesPaint(1, ChartStyle.WORK);
        renderer.setSeriesPaint(2, ChartStyle.UNCOVERED);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10));
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setSeriesItemLabelPaint(1, ChartStyle.TEXT);
        renderer.setSeriesItemLabelPaint(2, ChartStyle.TEXT);
        return chart;
    }
}
