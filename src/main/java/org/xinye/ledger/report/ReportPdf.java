package org.xinye.ledger.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.OutputFiles;

/**
 * The meeting report as an A4 PDF, portrait or landscape: the cover block, the summary,
 * each chart filling half a page (vector, text as text), the tables, the signature line and
 * the definitions, the appendix on pages of its own, and 第 x 页 共 y 页 on every page. Text
 * is real text in an embedded Chinese font, so it can be searched and copied; the same bytes
 * are previewed and printed.
 */
public final class ReportPdf {
    /** Charts are laid out at least this wide and scaled into their box, so labels keep their room. */
    private static final float CHART_LAYOUT_WIDTH = 620f;
    private static final float CAPTION = 10.5f;

    private final PdfLayout l;
    private final CoverageData d;
    /** A landscape chart waiting for its right-hand neighbour: the top of its row, or NaN. */
    private float pairTop = Float.NaN;

    private ReportPdf(PdfLayout l, CoverageData d) {
        this.l = l;
        this.d = d;
    }

    public static void write(CoverageData d, ReportSpec spec, Path file, DoubleConsumer progress) throws IOException {
        Path target = OutputFiles.prepare(file);
        byte[] pdf = render(d, spec, progress);
        Path temp = target.resolveSibling(target.getFileName() + ".writing");
        Files.write(temp, pdf);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The report's PDF; {@code progress} hears fractions 0–1. */
    public static byte[] render(CoverageData d, ReportSpec spec, DoubleConsumer progress) {
        CjkFont cjk = CjkFont.require();
        List<ReportBlock> blocks = ReportContent.of(d, spec);
        try (PDDocument doc = new PDDocument(); CjkFont.Embedded font = cjk.embed(doc)) {
            PdfLayout layout = new PdfLayout(doc, font.font(), spec.landscape());
            ReportPdf writer = new ReportPdf(layout, d);
            for (int i = 0; i < blocks.size(); i++) {
                writer.block(blocks.get(i), blocks.subList(i + 1, blocks.size()));
                progress.accept(0.9 * (i + 1) / blocks.size());
            }
            layout.finish();
            var info = doc.getDocumentInformation();
            info.setTitle(spec.title());
            info.setAuthor(d.issuingUnit().isEmpty() ? null : d.issuingUnit());
            info.setCreator(Messages.get("app.title"));
            info.setCreationDate(GregorianCalendar.from(Instant.now().atZone(ZoneId.systemDefault())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            progress.accept(1.0);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(ReportBlock b, List<ReportBlock> next) throws IOException {
        if (!(b instanceof ReportBlock.Chart)) {
            endPair();
        }
        if (b instanceof ReportBlock.Cover c) {
            cover(c);
        } else if (b instanceof ReportBlock.Heading h) {
            l.heading(h.text(), h.level() == 1 ? 12.5f : 11f, Math.max(h.keep(), keepWithHeading(next)));
        } else if (b instanceof ReportBlock.Paragraph p) {
            paragraph(p);
        } else if (b instanceof ReportBlock.Chart c) {
            chart(c);
        } else if (b instanceof ReportBlock.Table t) {
            new PdfTable(l, t).draw();
        } else if (b instanceof ReportBlock.SignLine s) {
            signLine(s);
        } else if (b instanceof ReportBlock.Appendix a) {
            appendix(a);
        }
    }

    /**
     * How much of what follows a heading stays on its page: a paragraph and a table short
     * enough to be kept whole go with it, so a heading never ends a page above its table.
     */
    private float keepWithHeading(List<ReportBlock> next) {
        float keep = 0;
        for (ReportBlock b : next) {
            if (b instanceof ReportBlock.Paragraph p && !p.small()) {
                keep += LineBreaker.text(p.text(), l.measure(l.textSize()), l.contentWidth()).size() * l.textSize() * 1.6f;
            } else if (b instanceof ReportBlock.Table t) {
                float h = new PdfTable(l, t).height();
                return h <= l.contentHeight() * 0.6f ? keep + h : keep;
            } else {
                return keep;
            }
        }
        return keep;
    }

    private void cover(ReportBlock.Cover c) throws IOException {
        l.newPage();
        if (!c.issuingUnit().isEmpty()) {
            l.centered(c.issuingUnit(), 16f, true, 20f, ChartStyle.ORG);
            l.gap(10);
            redRule();
            l.gap(8);
        }
        l.centered(c.title(), 20f, true, 30f, Color.BLACK);
        l.gap(4);
        l.centered(c.dateLine(), CAPTION, false, 18f, Color.BLACK);
        l.centered(c.scopeLine(), 9f, false, 14f, Color.DARK_GRAY);
        l.gap(10);
        if (c.issuingUnit().isEmpty()) {
            redRule();
        }
        l.gap(4);
    }

    private void redRule() throws IOException {
        l.rule(PdfLayout.MARGIN, l.y(), PdfLayout.MARGIN + l.contentWidth(), l.y(), 1.5f, ChartStyle.ORG);
    }

    private void paragraph(ReportBlock.Paragraph p) throws IOException {
        if (p.small()) {
            l.gap(6);
            l.paragraph(p.text(), 8f);
        } else {
            // Chinese running text starts two characters in; English text starts flush.
            l.paragraph(Messages.get("report.indent") + p.text(), l.textSize());
        }
    }

    /**
     * A chart with its caption in half a page: the upper or lower half of a portrait page, the
     * left or right half of a landscape one.
     */
    private void chart(ReportBlock.Chart c) throws IOException {
        float gap = 14f;
        float w = l.landscape() ? (l.contentWidth() - gap) / 2 : l.contentWidth();
        float x = PdfLayout.MARGIN;
        float top;
        float h;
        if (l.landscape()) {
            if (Float.isNaN(pairTop)) {
                // Two charts side by side; on the first page they take the room under the summary.
                if (l.room() < l.contentHeight() * 0.45f) {
                    l.newPage();
                }
                pairTop = l.y();
            } else {
                x += w + gap;
            }
            top = pairTop;
            h = pairTop - l.bottom() - 4;
        } else {
            float half = l.contentHeight() / 2 - 4;
            if (l.room() < half * 0.95f) {
                l.newPage();
            }
            top = l.y();
            // Half a page; or all the room left when no second chart would fit under it.
            h = l.room() >= 2 * half * 0.95f ? half : l.room();
        }
        float capLead = CAPTION * 1.6f;
        String caption = LineBreaker.text(c.caption(), l.measure(CAPTION), w).get(0);
        l.text(caption, CAPTION, true, x + (w - l.width(caption, CAPTION)) / 2, top - CAPTION * 1.2f, Color.BLACK);
        l.chart(CoverageCharts.build(c.kind(), d, CoverageCharts.Decor.REPORT), x, top - capLead, w, h - capLead - 4,
                CHART_LAYOUT_WIDTH);
        if (l.landscape()) {
            if (x > PdfLayout.MARGIN) {
                endPair();
            }
        } else {
            l.gap(h);
        }
    }

    /** After a landscape row of charts, the cursor goes below it. */
    private void endPair() {
        if (!Float.isNaN(pairTop)) {
            l.gap(l.y() - l.bottom());
            pairTop = Float.NaN;
        }
    }

    /** 制表人：______　审核人：______　日期：______, across the page. */
    private void signLine(ReportBlock.SignLine s) throws IOException {
        l.ensure(40);
        l.gap(30);
        float part = l.contentWidth() / s.fields().size();
        float x = PdfLayout.MARGIN;
        for (String field : s.fields()) {
            l.text(field, l.textSize(), false, x, l.y(), Color.BLACK);
            float start = x + l.width(field, l.textSize()) + 2;
            l.rule(start, l.y() - 2, x + part - 14, l.y() - 2, 0.5f, Color.BLACK);
            x += part;
        }
        l.gap(8);
    }

    private void appendix(ReportBlock.Appendix a) throws IOException {
        l.newPage();
        l.gap(16);
        l.text(Messages.get("report.appendixLabel"), 14f, true, PdfLayout.MARGIN, l.y(), Color.BLACK);
        l.gap(6);
        l.centered(a.title(), 16f, true, 24f, Color.BLACK);
        l.gap(6);
    }
}
