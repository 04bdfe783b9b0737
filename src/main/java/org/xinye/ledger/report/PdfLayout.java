package org.xinye.ledger.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jfree.chart.JFreeChart;
import org.xinye.ledger.domain.Messages;

/**
 * A4 pages and a cursor running down them: text in the embedded Chinese font, rules, filled
 * boxes, charts as vector forms, and 第 x 页 共 y 页 on every page once all are laid out.
 */
final class PdfLayout {
    static final float MARGIN = 50f;
    private static final float FOOTER = 30f;
    static final Color RULE = new Color(0x8C, 0x8C, 0x8C);

    private final PDDocument doc;
    private final PDFont font;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    /** The cursor: distance from the page's bottom edge to the top of what comes next. */
    private float y;

    PdfLayout(PDDocument doc, PDFont font, boolean landscape) {
        this.doc = doc;
        this.font = font;
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    }

    float contentWidth() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The height between the top margin and the footer. */
    float contentHeight() {
        return size.getHeight() - MARGIN - bottom();
    }

    boolean landscape() {
        return size.getWidth() > size.getHeight();
    }

    /** Running text: 10.5 pt (五号), as office documents set it. */
    float textSize() {
        return 10.5f;
    }

    /** Table text: small enough for thirteen columns across a portrait page. */
    float tableSize() {
        return landscape() ? 9f : 8f;
    }

    float bottom() {
        return MARGIN + FOOTER;
    }

    float y() {
        return y;
    }

    /** Room left on this page below the cursor (0 before the first page). */
    float room() {
        return cs == null ? 0 : y - bottom();
    }

    /** True when the cursor stands at the top of a page. */
    boolean atTop() {
        return cs != null && y == size.getHeight() - MARGIN;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code h} points still fit on this one. */
    void ensure(float h) throws IOException {
        if (cs == null || y - h < bottom()) {
            newPage();
        }
    }

    void gap(float h) {
        y -= h;
    }

    LineBreaker.Measure measure(float fontSize) {
        return s -> width(s, fontSize);
    }

    float width(String s, float fontSize) {
        try {
            return font.getStringWidth(printable(s)) / 1000f * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with characters the font cannot show replaced, so one odd character never fails a report. */
    private String printable(String s) {
        try {
            font.encode(s);
            return s;
        } catch (IllegalArgumentException | IOException e) {
            // Fall through: find the characters at fault.
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    void text(String s, float fontSize, boolean bold, float x, float baseline, Color color) throws IOException {
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.setNonStrokingColor(color);
        if (bold) {
            // The embedded face has no bold: fill and stroke the glyphs, as office suites do.
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setStrokingColor(color);
            cs.setLineWidth(fontSize * 0.035f);
        } else {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(s));
        cs.endText();
    }

    void rule(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    /** Lines centred across the page, each on its own baseline {@code lead} below the last. */
    void centered(String s, float fontSize, boolean bold, float lead, Color color) throws IOException {
        for (String line : LineBreaker.text(s, measure(fontSize), contentWidth())) {
            y -= lead;
            text(line, fontSize, bold, MARGIN + (contentWidth() - width(line, fontSize)) / 2, y, color);
        }
    }

    /** A bold heading kept on one page with the first {@code keep} points of what follows. */
    void heading(String s, float fontSize, float keep) throws IOException {
        ensure(fontSize * 2.2f + keep);
        y -= fontSize * (atTop() ? 1.2f : 1.9f);
        text(s, fontSize, true, MARGIN, y, Color.BLACK);
        y -= fontSize * 0.6f;
    }

    /** Running text across the page. */
    void paragraph(String s, float fontSize) throws IOException {
        float lead = fontSize * 1.6f;
        for (String line : LineBreaker.text(s, measure(fontSize), contentWidth())) {
            ensure(lead);
            y -= lead;
            text(line, fontSize, false, MARGIN, y + fontSize * 0.3f, Color.BLACK);
        }
    }

    /** A chart as a vector form in the box whose top left is ({@code x}, {@code top}). */
    void chart(JFreeChart chart, float x, float top, float w, float h, float layoutWidth) throws IOException {
        ChartExport.draw(doc, cs, chart, font, x, top - h, w, h, layoutWidth);
    }

    /** Closes the last page and numbers every page, 第 x 页 共 y 页, centred in the footer. */
    void finish() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = f;
                String page = Messages.get("report.page", i + 1, n);
                text(page, 9f, false, (size.getWidth() - width(page, 9f)) / 2, MARGIN - 6, Color.BLACK);
            }
        }
        cs = null;
    }
}
