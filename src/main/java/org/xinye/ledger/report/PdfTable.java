package org.xinye.ledger.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table on {@link PdfLayout} pages. Each column is first given what it needs to
 * keep its header's words and its cells whole; what is left of the width is shared out by
 * the table's weights. Headers break only between words and repeat on every page; a cell
 * too long even then is shortened with an ellipsis; the last rows may be bold totals.
 */
final class PdfTable {
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final float PAD = 3f;

    private final PdfLayout l;
    private final ReportBlock.Table t;
    private final float size;
    private final float[] widths;
    private final List<List<String>> headLines = new ArrayList<>();
    private final float headH;
    private final float rowH;

    PdfTable(PdfLayout l, ReportBlock.Table t) {
        this.l = l;
        this.t = t;
        this.size = fittingSize(l, t);
        this.widths = widths(l, t, size);
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> h = LineBreaker.label(t.header().get(c), l.measure(size), widths[c] - 2 * PAD);
            headLines.add(h);
            lines = Math.max(lines, h.size());
        }
        this.headH = size * 1.3f * lines + 7;
        this.rowH = size * 1.8f;
    }

    /** The table's type size, made smaller when the columns' whole words would not fit across. */
    private static float fittingSize(PdfLayout l, ReportBlock.Table t) {
        float s = l.tableSize();
        while (s > 6f && sum(needs(l, t, s)) > l.contentWidth()) {
            s -= 0.5f;
        }
        return s;
    }

    /** What each column needs: its widest header word and its widest cell, with padding. */
    private static float[] needs(PdfLayout l, ReportBlock.Table t, float s) {
        float[] need = new float[t.header().size()];
        for (int c = 0; c < need.length; c++) {
            need[c] = LineBreaker.widestWord(t.header().get(c), l.measure(s));
        }
        for (List<String> row : t.rows()) {
            for (int c = 0; c < need.length; c++) {
                // Long names may be cut with an ellipsis: they claim at most a third of the page.
                need[c] = Math.max(need[c], Math.min(l.width(row.get(c), s), l.contentWidth() / 3));
            }
        }
        for (int c = 0; c < need.length; c++) {
            need[c] += 2 * PAD;
        }
        return need;
    }

    private static float[] widths(PdfLayout l, ReportBlock.Table t, float s) {
        float[] w = needs(l, t, s);
        // Where the width allows, a header goes on one line: narrowest first.
        Integer[] order = new Integer[w.length];
        for (int c = 0; c < w.length; c++) {
            order[c] = c;
        }
        float[] whole = new float[w.length];
        for (int c = 0; c < w.length; c++) {
            whole[c] = l.width(LineBreaker.label(t.header().get(c), l.measure(s), Float.MAX_VALUE).get(0), s) + 2 * PAD;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(whole[a] - w[a], whole[b] - w[b]));
        for (int c : order) {
            float more = whole[c] - w[c];
            if (more > 0 && sum(w) + more <= l.contentWidth()) {
                w[c] += more;
            }
        }
        float spare = l.contentWidth() - sum(w);
        float weights = 0;
        for (float f : t.weights()) {
            weights += f;
        }
        for (int c = 0; c < w.length && spare > 0; c++) {
            w[c] += spare * t.weights()[c] / weights;
        }
        return w;
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float f : a) {
            s += f;
        }
        return s;
    }

    /** The whole table's height on one page. */
    float height() {
        return headH + rowH * t.rows().size() + 6;
    }

    void draw() throws IOException {
        // A table that fits on a page is kept whole; a longer one starts with at least three rows.
        l.ensure(height() <= l.contentHeight() * 0.6f ? height() : headH + rowH * Math.min(3, t.rows().size()));
        header();
        int rows = t.rows().size();
        for (int r = 0; r < rows; r++) {
            if (l.y() - rowH < l.bottom()) {
                l.newPage();
                header();
            }
            boolean bold = r >= rows - t.boldRows();
            float x = PdfLayout.MARGIN;
            float top = l.y();
            float baseline = top - rowH + (rowH - size) / 2 + size * 0.18f;
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < widths.length; c++) {
                String cell = fit(cells.get(c), widths[c] - 2 * PAD);
                float tx = t.numeric()[c] ? x + widths[c] - PAD - l.width(cell, size) : x + PAD;
                l.text(cell, size, bold, tx, baseline, Color.BLACK);
                x += widths[c];
            }
            l.rule(PdfLayout.MARGIN, top - rowH, x, top - rowH, bold ? 0.8f : 0.3f, PdfLayout.RULE);
            verticals(top, top - rowH);
            l.gap(rowH);
        }
        l.gap(6);
    }

    private void header() throws IOException {
        float total = sum(widths);
        float top = l.y();
        l.fill(PdfLayout.MARGIN, top - headH, total, headH, HEADER_FILL);
        l.rule(PdfLayout.MARGIN, top, PdfLayout.MARGIN + total, top, 0.8f, PdfLayout.RULE);
        float x = PdfLayout.MARGIN;
        float lead = size * 1.3f;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = headLines.get(c);
            float blockTop = top - (headH - lines.size() * lead) / 2;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                float baseline = blockTop - lead * (i + 1) + size * 0.35f;
                l.text(line, size, true, x + (widths[c] - l.width(line, size)) / 2, baseline, Color.BLACK);
            }
            x += widths[c];
        }
        l.rule(PdfLayout.MARGIN, top - headH, PdfLayout.MARGIN + total, top - headH, 0.6f, PdfLayout.RULE);
        verticals(top, top - headH);
        l.gap(headH);
    }

    private void verticals(float top, float bottom) throws IOException {
        float x = PdfLayout.MARGIN;
        l.rule(x, top, x, bottom, 0.3f, PdfLayout.RULE);
        for (float w : widths) {
            x += w;
            l.rule(x, top, x, bottom, 0.3f, PdfLayout.RULE);
        }
    }

    private String fit(String s, float maxWidth) {
        if (l.width(s, size) <= maxWidth) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && l.width(cut + "…", size) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
