package org.xinye.ledger.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.RegionCoverage;

/**
 * Coverage charts built with JFreeChart, labelled in the user's language. Rates are kept
 * as fractions in the datasets and labelled with {@link CoverageRules#percent}, so a bar
 * says exactly what the table says. Every bar carries its value, and the series differ in
 * lightness (and the lines in dash and marker), so a chart still reads in grayscale.
 */
public final class CoverageCharts {
    /** How much a chart says around its plot. */
    public enum Decor {
        /** Title, no footnote: the chart on a page that prints the footnote itself. */
        SCREEN,
        /** Title and the coverage definitions with the data date: a chart that stands alone. */
        EXPORT,
        /** Neither: the report prints headings and the footnote. */
        REPORT
    }

    private CoverageCharts() {
    }

    public static JFreeChart build(ChartKind kind, CoverageData d, Decor decor) {
        JFreeChart chart = switch (kind) {
            case STACKED -> stacked(CoverageDatasets.stackedDataset(d.rows()), PlotOrientation.VERTICAL, Messages.get("chart.axis.units"));
            case RATES -> rates(d);
            case INDUSTRY -> stacked(CoverageDatasets.industryDataset(d.industries()), PlotOrientation.HORIZONTAL,
                    Messages.get("chart.axis.units"));
            case OCCUPATION -> occupation(d.occupations());
            case TREND -> trend(d);
        };
        if (decor != Decor.REPORT) {
            chart.setTitle(new TextTitle(title(kind, d), ChartStyle.font(Font.BOLD, 15)));
            chart.getTitle().setPaint(ChartStyle.TEXT);
            String sub = subtitle(kind, d);
            if (!sub.isEmpty()) {
                TextTitle t = new TextTitle(sub, ChartStyle.font(Font.PLAIN, 11));
                t.setPaint(ChartStyle.TEXT);
                chart.addSubtitle(t);
            }
        }
        if (decor == Decor.EXPORT) {
            TextTitle note = new TextTitle(Messages.get("coverage.footnote") + "　" + Messages.get("report.dataDate",
                    d.dataDate().toString()), ChartStyle.font(Font.PLAIN, 9));
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setTextAlignment(HorizontalAlignment.LEFT);
            note.setPaint(ChartStyle.TEXT);
            note.setMargin(new RectangleInsets(8, 4, 2, 4));
            chart.addSubtitle(note);
        }
        return chart;
    }

    /** The chart's heading, naming the area: 「包头市各区县两个覆盖情况」. */
    public static String title(ChartKind kind, CoverageData d) {
        String parts = Messages.get(d.regionCode() == null ? "chart.parts.counties" : "chart.parts.townships");
        return Messages.get("chart.title." + kind.cliName(), d.regionName(), parts);
    }

    private static String subtitle(ChartKind kind, CoverageData d) {
        List<String> bits = new ArrayList<>();
        if (kind == ChartKind.TREND) {
            bits.add(Messages.get("chart.trendNote"));
        } else if (!d.filter().isNone()) {
            bits.add(filterText(d.filter()));
        }
        return String.join("　", bits);
    }

    /** 「行业：快递　类别：基层网点/站点」 for a filter, empty for none. */
    public static String filterText(CoverageQueries.Filter f) {
        List<String> bits = new ArrayList<>();
        if (f.industry() != null) {
            bits.add(Messages.get("filter.industryIs", Messages.label(f.industry())));
        }
        if (f.kind() != null) {
            bits.add(Messages.get("filter.kindIs", Messages.label(f.kind())));
        }
        return String.join("　", bits);
    }

    // ---- charts ----

    /** Stacked bars of org-covered / work-covered / uncovered units by region, with value labels (the dashboard's chart). */
    public static JFreeChart stackedByRegion(List<RegionCoverage> rows, String title) {
        JFreeChart chart = stacked(CoverageDatasets.stackedDataset(rows), PlotOrientation.VERTICAL, Messages.get("chart.axis.units"));
        chart.setTitle(new TextTitle(title, ChartStyle.font(Font.BOLD, 14)));
        chart.getTitle().setPaint(ChartStyle.TEXT);
        return chart;
    }

    private static JFreeChart stacked(DefaultCategoryDataset data, PlotOrientation orientation, String axisLabel) {
        CategoryAxis x = categoryAxis(data.getColumnCount(), orientation);
        NumberAxis y = new NumberAxis(axisLabel);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(0.06);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        renderer.setMaximumBarWidth(orientation == PlotOrientation.VERTICAL ? 0.08 : 0.12);
        double hide = largestStack(data) * 0.035;
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number n = dataset.getValue(row, column);
                // A label on a sliver of a bar would overlap its neighbours; the tooltip still tells it.
                return n == null || n.intValue() == 0 || n.doubleValue() < hide ? null : String.valueOf(n.intValue());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} · {0}：{2}",
                NumberFormat.getIntegerInstance(Locale.ROOT)));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(orientation);
        JFreeChart chart = finish(plot);
        renderer.setSeriesPaint(0, ChartStyle.ORG);
        renderer.setSeriesPaint(1, ChartStyle.WORK);
        renderer.setSeriesPaint(2, ChartStyle.UNCOVERED);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10));
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setSeriesItemLabelPaint(1, Color.BLACK);
        renderer.setSeriesItemLabelPaint(2, Color.BLACK);
        return chart;
    }

    private static double largestStack(CategoryDataset data) {
        double max = 0;
        for (int c = 0; c < data.getColumnCount(); c++) {
            double sum = 0;
            for (int r = 0; r < data.getRowCount(); r++) {
                Number n = data.getValue(r, c);
                sum += n == null ? 0 : n.doubleValue();
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    private static JFreeChart rates(CoverageData d) {
        DefaultCategoryDataset data = CoverageDatasets.ratesDataset(d.rows(), d.total());
        CategoryAxis x = categoryAxis(data.getColumnCount(), PlotOrientation.VERTICAL);
        NumberAxis y = rateAxis();
        BarRenderer renderer = new BarRenderer();
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(ChartStyle.LINE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.05);
        renderer.setDefaultItemLabelGenerator(rateLabels());
        renderer.setDefaultItemLabelsVisible(true);
        // Many groups leave no room for level labels: stand them up over the bars.
        boolean crowded = data.getColumnCount() > 5;
        renderer.setDefaultPositiveItemLabelPosition(crowded
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultToolTipGenerator(rateTooltips());
        if (crowded) {
            // Room above a rate near 100% for its upright label, which would otherwise be cut at the top.
            y.setRange(0.0, 1.25);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        // Behind the bars and their labels: a label crossed by the target line could not be read.
        plot.addRangeMarker(targetMarker(d.orgRateTarget()), Layer.BACKGROUND);
        JFreeChart chart = finish(plot);
        renderer.setSeriesPaint(0, ChartStyle.ORG);
        renderer.setSeriesPaint(1, ChartStyle.WORK);
        renderer.setSeriesPaint(2, ChartStyle.THIRD);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, crowded ? 9 : 10));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        addTargetToLegend(plot, d.orgRateTarget());
        return chart;
    }

    private static JFreeChart occupation(List<CoverageQueries.OccupationCount> rows) {
        DefaultCategoryDataset data = CoverageDatasets.occupationDataset(rows);
        CategoryAxis x = categoryAxis(data.getColumnCount(), PlotOrientation.HORIZONTAL);
        NumberAxis y = new NumberAxis(Messages.get("chart.axis.people"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(0.18);
        BarRenderer renderer = new BarRenderer();
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                var r = rows.get(column);
                return Messages.get("chart.occupationLabel", r.partyMembers(),
                        CoverageRules.percent(CoverageRules.rate(r.partyMembers(), r.workers())));
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} · {0}：{2}",
                NumberFormat.getIntegerInstance(Locale.ROOT)));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = finish(plot);
        chart.removeLegend();
        renderer.setSeriesPaint(0, ChartStyle.ORG);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        return chart;
    }

    private static JFreeChart trend(CoverageData d) {
        DefaultCategoryDataset data = CoverageDatasets.trendDataset(d.trend());
        CategoryAxis x = categoryAxis(data.getColumnCount(), PlotOrientation.VERTICAL);
        NumberAxis y = rateAxis();
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        int last = data.getColumnCount() - 1;
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                // First and latest month only: a label on every point would cover the lines.
                Number n = dataset.getValue(row, column);
                return n == null || (column != 0 && column != last) ? null : CoverageRules.percent(n.doubleValue());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultToolTipGenerator(rateTooltips());
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setNoDataMessage(Messages.get("chart.noSnapshots"));
        plot.addRangeMarker(targetMarker(d.orgRateTarget()), Layer.BACKGROUND);
        if (data.getColumnCount() > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        JFreeChart chart = finish(plot);
        renderer.setSeriesPaint(0, ChartStyle.ORG);
        renderer.setSeriesPaint(1, ChartStyle.WORK);
        renderer.setSeriesPaint(2, ChartStyle.LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        renderer.setSeriesStroke(1, new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {7f, 4f}, 0f));
        renderer.setSeriesStroke(2, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {2f, 3f}, 0f));
        renderer.setSeriesShape(0, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShape(2, new java.awt.Polygon(new int[] {0, 4, -4}, new int[] {-4, 3, 3}, 3));
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        addTargetToLegend(plot, d.orgRateTarget());
        return chart;
    }

    // ---- shared parts ----

    private static CategoryAxis categoryAxis(int categories, PlotOrientation orientation) {
        CategoryAxis x = new CategoryAxis();
        if (orientation == PlotOrientation.VERTICAL) {
            x.setCategoryLabelPositions(categories > 14 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        }
        // Official names are long (达尔罕茂明安联合旗): wrap them rather than cut them short.
        x.setMaximumCategoryLabelLines(7);
        x.setCategoryMargin(0.18);
        return x;
    }

    private static NumberAxis rateAxis() {
        NumberAxis y = new NumberAxis(Messages.get("chart.axis.rate"));
        y.setRange(0.0, 1.12);
        y.setTickUnit(new NumberTickUnit(0.2, new DecimalFormat("0%")));
        return y;
    }

    private static StandardCategoryItemLabelGenerator rateLabels() {
        return new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return percentAt(dataset, row, column, null);
            }
        };
    }

    private static StandardCategoryToolTipGenerator rateTooltips() {
        return new StandardCategoryToolTipGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateToolTip(CategoryDataset dataset, int row, int column) {
                return dataset.getColumnKey(column) + " · " + dataset.getRowKey(row) + "："
                        + percentAt(dataset, row, column, "–");
            }
        };
    }

    /** The rate at ({@code row}, {@code column}) as a percentage, or {@code none} where there is none. */
    private static String percentAt(CategoryDataset dataset, int row, int column, String none) {
        Number n = dataset.getValue(row, column);
        return n == null ? none : CoverageRules.percent(n.doubleValue());
    }

    private static final BasicStroke TARGET_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 3f}, 0f);

    private static ValueMarker targetMarker(int targetPercent) {
        ValueMarker m = new ValueMarker(targetPercent / 100.0);
        m.setPaint(ChartStyle.LINE);
        m.setStroke(TARGET_STROKE);
        return m;
    }

    /**
     * The target line is named in the legend: a label on the line would sit on the bars' own
     * labels. Call after the series paints are final: the legend is fixed from them.
     */
    private static void addTargetToLegend(CategoryPlot plot, int targetPercent) {
        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getLegendItems());
        LegendItem target = new LegendItem(Messages.get("chart.target", targetPercent), null, null, null,
                new Line2D.Double(-9, 0, 9, 0), TARGET_STROKE, ChartStyle.LINE);
        target.setLabelFont(ChartStyle.font(Font.PLAIN, 11));
        items.add(target);
        plot.setFixedLegendItems(items);
    }

    private static JFreeChart finish(CategoryPlot plot) {
        JFreeChart chart = new JFreeChart(null, ChartStyle.font(Font.BOLD, 14), plot, true);
        ChartStyle.apply(chart);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(ChartStyle.font(Font.PLAIN, 11));
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        return chart;
    }
}
