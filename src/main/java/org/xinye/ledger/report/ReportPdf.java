package org.xinye.ledger.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.FollowUpQueries;
import org.xinye.ledger.store.OutputFiles;
import org.xinye.ledger.store.RegionCoverage;

/**
 * The meeting report as an A4 PDF: title, data date and a summary sentence, the chosen
 * charts (vector), the coverage table, the follow-up lists, the coverage definitions, and a
 * footer with page numbers. Text is real text in an embedded Chinese font, so it can be
 * searched and copied; the same bytes are previewed and printed.
 */
public final class ReportPdf {
    private static final float MARGIN = 50f;
    private static final float FOOTER = 34f;
    private static final Color RULE = new Color(0x8C, 0x8C, 0x8C);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color ACCENT = ChartStyle.ORG;

    private ReportPdf() {
    }

    public static void write(CoverageData d, ReportSpec spec, Path file, DoubleConsumer progress) throws IOException {
        Path target = OutputFiles.prepare(file);
        byte[] pdf = render(d, spec, progress);
        Path temp = target.resolveSibling(target.getFileName() + ".writing");
        Files.write(temp, pdf);
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The report's PDF; {@code progress} hears fractions 0–1. */
    public static byte[] render(CoverageData d, ReportSpec spec, DoubleConsumer progress) {
        CjkFont cjk = CjkFont.require();
        try (PDDocument doc = new PDDocument(); CjkFont.Embedded font = cjk.embed(doc)) {
            Layout l = new Layout(doc, font.font(), spec.landscape());
            new ReportPdf.Writer(l, d, spec, progress).write();
            l.finish(spec.title(), d);
            var info = doc.getDocumentInformation();
            info.setTitle(spec.title());
            info.setCreator(Messages.get("app.title"));
            Calendar now = GregorianCalendar.from(Instant.now().atZone(java.time.ZoneId.systemDefault()));
            info.setCreationDate(now);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            progress.accept(1.0);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's sections, in order. */
    private static final class Writer {
        private final Layout l;
        private final CoverageData d;
        private final ReportSpec spec;
        private final DoubleConsumer progress;
        private int section;

        Writer(Layout l, CoverageData d, ReportSpec spec, DoubleConsumer progress) {
            this.l = l;
            this.d = d;
            this.spec = spec;
            this.progress = progress;
        }

        void write() throws IOException {
            l.title(spec.title());
            String filter = CoverageCharts.filterText(d.filter());
            l.centered(Messages.get("report.dataDate", d.dataDate().toString())
                    + (filter.isEmpty() ? "" : "　" + filter), 10f);
            l.gap(10);
            l.paragraph(summary(d.total().counts()), l.bodySize() + 1.5f, false);
            l.gap(8);
            int steps = spec.charts().size() + 2;
            int done = 0;
            for (ChartKind kind : spec.charts()) {
                heading(CoverageCharts.title(kind, d), l.chartHeight());
                l.chart(CoverageCharts.build(kind, d, CoverageCharts.Decor.REPORT));
                progress.accept(++done / (double) steps);
            }
            if (spec.table()) {
                heading(Messages.get("report.tableHeading", d.regionName(),
                        Messages.get(d.regionCode() == null ? "chart.parts.counties" : "chart.parts.townships")), 90);
                coverageTable();
            }
            progress.accept(++done / (double) steps);
            if (spec.followUps() && d.followUps() != null) {
                followUps(d.followUps());
            }
            l.gap(10);
            l.paragraph(Messages.get("report.note", Messages.get("coverage.footnote"), d.dataDate().toString()),
                    8f, false);
        }

        private String summary(CoverageCounts k) {
            return Messages.get("report.summary", d.regionName(), Formatting.count(k.inScope()),
                    Formatting.count(k.orgCovered()), Formatting.count(k.orgSingle()), Formatting.count(k.orgJoint()),
                    Formatting.count(k.orgArea()), Formatting.count(k.workCovered()), Formatting.count(k.uncovered()),
                    CoverageRules.percent(k.orgRate()), CoverageRules.percent(k.workRate()),
                    CoverageRules.percent(k.singleRate()), Formatting.count(k.workers()),
                    Formatting.count(k.partyMembers()), d.orgRateTarget());
        }

        /** A numbered heading, kept on one page with the first {@code keep} points of what follows. */
        private void heading(String text, float keep) throws IOException {
            section++;
            l.heading(Messages.get("report.section", numeral(section), text), keep);
        }

        private void coverageTable() throws IOException {
            String[] keys = {"name", "inScope", "orgCovered", "singleOrg", "jointOrg", "areaOrg", "workCovered",
                    "uncovered", "orgRate", "workRate", "singleRate", "workers", "partyMembers"};
            List<String> header = new ArrayList<>();
            for (String k : keys) {
                header.add(Messages.get("coverage.col." + k));
            }
            List<List<String>> rows = new ArrayList<>();
            for (RegionCoverage r : d.rows()) {
                rows.add(cells(r));
            }
            List<String> total = cells(d.total());
            float nameWidth = 0;
            for (List<String> r : rows) {
                nameWidth = Math.max(nameWidth, l.width(r.get(0), l.bodySize()));
            }
            float first = Math.min(Math.max(nameWidth + 6, 56), 110);
            float[] widths = new float[keys.length];
            widths[0] = first;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = (l.contentWidth() - first) / (keys.length - 1);
            }
            boolean[] numeric = new boolean[keys.length];
            for (int i = 1; i < numeric.length; i++) {
                numeric[i] = true;
            }
            l.table(header, rows, total, widths, numeric);
        }

        private List<String> cells(RegionCoverage r) {
            CoverageCounts k = r.counts();
            return List.of(r.name(), Formatting.count(k.inScope()), Formatting.count(k.orgCovered()),
                    Formatting.count(k.orgSingle()), Formatting.count(k.orgJoint()), Formatting.count(k.orgArea()),
                    Formatting.count(k.workCovered()), Formatting.count(k.uncovered()),
                    CoverageRules.percent(k.orgRate()), CoverageRules.percent(k.workRate()),
                    CoverageRules.percent(k.singleRate()), Formatting.count(k.workers()),
                    Formatting.count(k.partyMembers()));
        }

        private void followUps(CoverageData.FollowUps f) throws IOException {
            heading(Messages.get("report.followUps.shouldBuild", f.shouldBuild().size()), 60);
            if (f.shouldBuild().isEmpty()) {
                l.paragraph(Messages.get("report.none"), l.bodySize(), false);
            } else {
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (FollowUpQueries.ShouldBuild b : f.shouldBuild()) {
                    rows.add(List.of(Integer.toString(++n), b.name(), b.townshipName() == null ? "" : b.townshipName(),
                            Integer.toString(b.formalMembers()), Messages.label(b.status())));
                }
                l.table(List.of(Messages.get("report.col.no"), Messages.get("report.col.unit"),
                                Messages.get("report.col.township"), Messages.get("report.col.formalMembers"),
                                Messages.get("report.col.coverage")), rows, null,
                        fractions(0.07f, 0.43f, 0.18f, 0.12f, 0.20f), new boolean[] {true, false, false, true, false});
            }
            heading(Messages.get("report.followUps.jointOverLimit", f.jointOverLimit().size(),
                    CoverageRules.JOINT_ORG_UNIT_LIMIT), 60);
            if (f.jointOverLimit().isEmpty()) {
                l.paragraph(Messages.get("report.none"), l.bodySize(), false);
            } else {
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (FollowUpQueries.JointOverLimit j : f.jointOverLimit()) {
                    rows.add(List.of(Integer.toString(++n), j.name(), Integer.toString(j.units())));
                }
                l.table(List.of(Messages.get("report.col.no"), Messages.get("report.col.org"),
                                Messages.get("report.col.units")), rows, null, fractions(0.07f, 0.73f, 0.20f),
                        new boolean[] {true, false, true});
            }
            heading(Messages.get("report.followUps.overdueVisits", f.overdueVisits().size(),
                    CoverageRules.VISIT_INTERVAL_DAYS), 60);
            if (f.overdueVisits().isEmpty()) {
                l.paragraph(Messages.get("report.none"), l.bodySize(), false);
            } else {
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (FollowUpQueries.OverdueVisit v : f.overdueVisits()) {
                    rows.add(List.of(Integer.toString(++n), v.instructorName(), v.enterpriseName(),
                            v.lastVisit() == null ? Messages.get("report.neverVisited") : v.lastVisit().toString()));
                }
                l.table(List.of(Messages.get("report.col.no"), Messages.get("report.col.instructor"),
                                Messages.get("report.col.unit"), Messages.get("report.col.lastVisit")), rows, null,
                        fractions(0.07f, 0.20f, 0.50f, 0.23f), new boolean[] {true, false, false, false});
            }
        }

        private float[] fractions(float... f) {
            float[] w = new float[f.length];
            for (int i = 0; i < f.length; i++) {
                w[i] = f[i] * l.contentWidth();
            }
            return w;
        }

        private static String numeral(int n) {
            String[] list = Messages.get("report.numerals").split(",");
            return n <= list.length ? list[n - 1] : Integer.toString(n);
        }
    }

    /** Thousands with commas, as the table and the screen show counts. */
    static final class Formatting {
        private Formatting() {
        }

        static String count(long n) {
            return String.format(java.util.Locale.ROOT, "%,d", n);
        }
    }

    /** Pages, a cursor running down them, and the drawing of text, rules, tables and charts. */
    static final class Layout {
        private final PDDocument doc;
        private final PDFont font;
        private final PDRectangle size;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        /** The cursor: distance from the page's bottom edge to the top of what comes next. */
        private float y;

        Layout(PDDocument doc, PDFont font, boolean landscape) {
            this.doc = doc;
            this.font = font;
            this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        }

        float contentWidth() {
            return size.getWidth() - 2 * MARGIN;
        }

        boolean landscape() {
            return size.getWidth() > size.getHeight();
        }

        float bodySize() {
            return landscape() ? 9.5f : 8f;
        }

        float chartHeight() {
            return landscape() ? 330f : 290f;
        }

        private float bottom() {
            return MARGIN + FOOTER;
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

        void title(String title) throws IOException {
            ensure(80);
            float fontSize = 18f;
            for (String line : wrap(title, fontSize, contentWidth())) {
                y -= fontSize * 1.35f;
                text(line, fontSize, true, MARGIN + (contentWidth() - width(line, fontSize)) / 2, y, Color.BLACK);
            }
            y -= 9;
            cs.setStrokingColor(ACCENT);
            cs.setLineWidth(1.2f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + contentWidth(), y);
            cs.stroke();
            y -= 6;
        }

        void centered(String s, float fontSize) throws IOException {
            for (String line : wrap(s, fontSize, contentWidth())) {
                y -= fontSize * 1.5f;
                text(line, fontSize, false, MARGIN + (contentWidth() - width(line, fontSize)) / 2, y, Color.BLACK);
            }
        }

        void heading(String s, float keep) throws IOException {
            float fontSize = landscape() ? 12.5f : 12f;
            ensure(fontSize * 2.3f + keep);
            y -= fontSize * 1.8f;
            text(s, fontSize, true, MARGIN, y, Color.BLACK);
            y -= fontSize * 0.5f;
        }

        void paragraph(String s, float fontSize, boolean bold) throws IOException {
            float lead = fontSize * 1.55f;
            for (String line : wrap(s, fontSize, contentWidth())) {
                ensure(lead);
                y -= lead;
                text(line, fontSize, bold, MARGIN, y + fontSize * 0.3f, Color.BLACK);
            }
        }

        /** Breaks text to fit: at spaces where a line has them, else between characters (Chinese has no spaces). */
        List<String> wrap(String s, float fontSize, float maxWidth) {
            List<String> lines = new ArrayList<>();
            for (String para : s.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                int lastSpace = -1;
                for (int i = 0; i < para.length(); ) {
                    int cp = para.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (line.length() > 0 && width(line + ch, fontSize) > maxWidth) {
                        if (cp == ' ') {
                            lines.add(line.toString());
                            line.setLength(0);
                            lastSpace = -1;
                            i += Character.charCount(cp);
                            continue;
                        }
                        int run = numberRunStart(line);
                        if (lastSpace > 0 && Character.isLetterOrDigit(cp)) {
                            lines.add(line.substring(0, lastSpace));
                            line.delete(0, lastSpace + 1);
                        } else if (isNumberChar(cp) && run > 0 && run < line.length()) {
                            // Never split 20.8% or 1,780 between lines.
                            lines.add(line.substring(0, run));
                            line.delete(0, run);
                        } else if (isClosingPunctuation(cp) && line.length() > 1) {
                            // Closing punctuation never starts a line: take the last character with it.
                            String carry = line.substring(line.length() - 1);
                            lines.add(line.substring(0, line.length() - 1));
                            line.setLength(0);
                            line.append(carry);
                        } else {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                        lastSpace = -1;
                    }
                    if (cp == ' ') {
                        lastSpace = line.length();
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private static boolean isNumberChar(int cp) {
            return cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == ',' || cp == '%');
        }

        /** Where the run of number characters at the end of the line starts (its length when none). */
        private static int numberRunStart(CharSequence line) {
            int i = line.length();
            while (i > 0 && isNumberChar(line.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        private static boolean isClosingPunctuation(int cp) {
            return "，。、；：！？）》」』】%,.;:!?)".indexOf(cp) >= 0;
        }

        /**
         * A ruled table that runs over pages, repeating its header. Header cells wrap; body
         * cells are one line (long ones are shortened with an ellipsis). {@code total} (may be
         * null) is a bold last row.
         */
        void table(List<String> header, List<List<String>> rows, List<String> total, float[] widths, boolean[] numeric)
                throws IOException {
            float fontSize = bodySize();
            float headSize = fontSize;
            float rowH = fontSize * 1.75f;
            List<List<String>> headLines = new ArrayList<>();
            int headCount = 1;
            for (int i = 0; i < header.size(); i++) {
                List<String> lines = wrap(header.get(i), headSize, widths[i] - 4);
                headLines.add(lines);
                headCount = Math.max(headCount, lines.size());
            }
            float headH = headSize * 1.3f * headCount + 6;
            ensure(headH + rowH * Math.min(3, rows.size() + 1));
            drawHeader(headLines, widths, headSize, headH);
            List<List<String>> all = new ArrayList<>(rows);
            if (total != null) {
                all.add(total);
            }
            for (int r = 0; r < all.size(); r++) {
                if (y - rowH < bottom()) {
                    newPage();
                    drawHeader(headLines, widths, headSize, headH);
                }
                boolean bold = total != null && r == all.size() - 1;
                float x = MARGIN;
                float baseline = y - rowH + (rowH - fontSize) / 2 + fontSize * 0.18f;
                for (int c = 0; c < widths.length; c++) {
                    String cell = fit(all.get(r).get(c), fontSize, widths[c] - 4);
                    float tx = numeric[c] ? x + widths[c] - 2 - width(cell, fontSize) : x + 2;
                    text(cell, fontSize, bold, tx, baseline, Color.BLACK);
                    x += widths[c];
                }
                rule(MARGIN, y - rowH, x, y - rowH, bold ? 0.8f : 0.3f);
                verticals(widths, y, y - rowH);
                y -= rowH;
            }
            y -= 6;
        }

        private void drawHeader(List<List<String>> headLines, float[] widths, float headSize, float headH)
                throws IOException {
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            cs.setNonStrokingColor(HEADER_FILL);
            cs.addRect(MARGIN, y - headH, total, headH);
            cs.fill();
            rule(MARGIN, y, MARGIN + total, y, 0.8f);
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                List<String> lines = headLines.get(c);
                float blockH = lines.size() * headSize * 1.3f;
                float top = y - (headH - blockH) / 2;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    float baseline = top - headSize * 1.3f * (i + 1) + headSize * 0.35f;
                    text(line, headSize, true, x + (widths[c] - width(line, headSize)) / 2, baseline, Color.BLACK);
                }
                x += widths[c];
            }
            rule(MARGIN, y - headH, MARGIN + total, y - headH, 0.6f);
            verticals(widths, y, y - headH);
            y -= headH;
        }

        private void verticals(float[] widths, float top, float bottom) throws IOException {
            float x = MARGIN;
            rule(x, top, x, bottom, 0.3f);
            for (float w : widths) {
                x += w;
                rule(x, top, x, bottom, 0.3f);
            }
        }

        private void rule(float x1, float y1, float x2, float y2, float width) throws IOException {
            cs.setStrokingColor(RULE);
            cs.setLineWidth(width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }

        private String fit(String s, float fontSize, float maxWidth) {
            if (width(s, fontSize) <= maxWidth) {
                return s;
            }
            String t = s;
            while (t.length() > 1 && width(t + "…", fontSize) > maxWidth) {
                t = t.substring(0, t.length() - 1);
            }
            return t + "…";
        }

        void chart(org.jfree.chart.JFreeChart chart) throws IOException {
            float w = contentWidth();
            float h = chartHeight();
            ensure(h + 4);
            y -= h;
            ChartExport.draw(doc, cs, chart, font, MARGIN, y, w, h);
            y -= 4;
        }

        /** Closes the last page and puts a footer on every page: title and data date, page n of m. */
        void finish(String title, CoverageData d) throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = f;
                    float base = MARGIN - 6;
                    rule(MARGIN, base + 12, MARGIN + contentWidth(), base + 12, 0.4f);
                    text(fit(title + "　" + Messages.get("report.dataDate", d.dataDate().toString()), 8f,
                            contentWidth() * 0.7f), 8f, false, MARGIN, base, Color.BLACK);
                    String page = Messages.get("report.page", i + 1, n);
                    text(page, 8f, false, MARGIN + contentWidth() - width(page, 8f), base, Color.BLACK);
                }
            }
            cs = null;
        }
    }
}
