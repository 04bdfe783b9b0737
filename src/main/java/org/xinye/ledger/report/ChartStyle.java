package org.xinye.ledger.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;

/**
 * The look of every chart: a CJK-capable font, the restrained party-red accent and a
 * palette that stays distinguishable when printed in grayscale (dark, mid, light).
 */
public final class ChartStyle {
    /** 组织覆盖: party red; prints dark. */
    public static final Color ORG = new Color(0xC8, 0x16, 0x1D);
    /** 工作覆盖: amber, dark enough to print mid-gray, apart from both neighbours. */
    public static final Color WORK = new Color(0xD4, 0x90, 0x1A);
    /** A third series beside ORG and WORK (单独组建率): pale gray with a dark outline; prints light. */
    public static final Color THIRD = new Color(0xBF, 0xBF, 0xBF);
    /** Outlines and reference lines. */
    public static final Color LINE = new Color(0x40, 0x40, 0x40);
    /** 未覆盖: light gray; prints light. */
    public static final Color UNCOVERED = new Color(0xD9, 0xD9, 0xD9);
    public static final Color TEXT = new Color(0x24, 0x29, 0x2F);
    public static final Color GRID = new Color(0xE1, 0xE4, 0xE8);

    private static final List<String> CJK_FAMILIES = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Hiragino Sans GB", "SimHei", "SimSun", "STHeiti");
    private static volatile String family;

    static {
        // JFreeChart's old workaround draws rotated labels through TextLayout, which reaches the
        // PDF and SVG writers as glyph outlines; a plain rotated drawString keeps them real text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    /**
     * The family of the font a PDF embeds when AWT knows it, so a chart measures and looks
     * the same on screen, in PNG/SVG and in the PDF; else the first CJK family AWT knows,
     * else the logical SansSerif.
     */
    public static String fontFamily() {
        String f = family;
        if (f == null) {
            Set<String> available = new HashSet<>(Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
            f = CjkFont.find().map(CjkFont::family).filter(available::contains)
                    .orElseGet(() -> CJK_FAMILIES.stream().filter(available::contains).findFirst().orElse(Font.SANS_SERIF));
            family = f;
        }
        return f;
    }

    public static Font font(int style, float size) {
        return new Font(fontFamily(), style, Math.round(size));
    }

    /** Applies fonts, colours and flat bars. */
    public static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("xinye", false);
        theme.setExtraLargeFont(font(Font.BOLD, 18));
        theme.setLargeFont(font(Font.BOLD, 14));
        theme.setRegularFont(font(Font.PLAIN, 12));
        theme.setSmallFont(font(Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setTitlePaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.apply(chart);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setOutlineVisible(false);
            plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        }
    }
}
