package org.xinye.ledger.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.OutputFiles;

/**
 * The meeting report as an editable Word document (.docx, Apache POI): the same blocks as
 * the PDF, as headings Word's navigation pane lists, paragraphs, charts as 300 dpi pictures
 * and real Word tables whose header rows repeat on every page, on A4 with 第 x 页 共 y 页 in
 * the footer, so the secretary edits the text around them.
 */
public final class ReportDocx {
    /** 2.5 cm above and below, 2 cm at the sides (thirteen columns must fit), in twentieths of a point. */
    private static final int MARGIN_TWIPS = 1417;
    private static final int SIDE_TWIPS = 1134;
    private static final double MARGIN_PT = MARGIN_TWIPS / 20.0;
    private static final double SIDE_PT = SIDE_TWIPS / 20.0;
    private static final int CHART_DPI = 300;
    private static final double CHART_LAYOUT_WIDTH = 620;

    private final XWPFDocument doc;
    private final CoverageData d;
    private final DocxText text;
    private final double contentWidth;
    private final double contentHeight;
    private final boolean landscape;
    private int figures;

    private ReportDocx(XWPFDocument doc, CoverageData d, boolean landscape) {
        this.doc = doc;
        this.d = d;
        this.landscape = landscape;
        this.text = new DocxText(doc);
        double w = landscape ? 842 : 595;
        double h = landscape ? 595 : 842;
        this.contentWidth = w - 2 * SIDE_PT;
        this.contentHeight = h - 2 * MARGIN_PT;
    }

    public static void write(CoverageData d, ReportSpec spec, Path file, DoubleConsumer progress) throws IOException {
        Path target = OutputFiles.prepare(file);
        Path temp = target.resolveSibling(target.getFileName() + ".writing");
        try (OutputStream out = Files.newOutputStream(temp)) {
            write(d, spec, out, progress);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void write(CoverageData d, ReportSpec spec, OutputStream out, DoubleConsumer progress)
            throws IOException {
        List<ReportBlock> blocks = ReportContent.of(d, spec);
        try (XWPFDocument doc = new XWPFDocument()) {
            ReportDocx w = new ReportDocx(doc, d, spec.landscape());
            w.page();
            for (int i = 0; i < blocks.size(); i++) {
                w.block(blocks.get(i));
                progress.accept(0.9 * (i + 1) / blocks.size());
            }
            doc.getProperties().getCoreProperties().setTitle(spec.title());
            if (!d.issuingUnit().isEmpty()) {
                doc.getProperties().getCoreProperties().setCreator(d.issuingUnit());
            }
            doc.write(out);
            progress.accept(1.0);
        }
    }

    /** A4 in the report's orientation, page numbers in the footer. */
    private void page() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(MARGIN_TWIPS);
        mar.setTop(m);
        mar.setBottom(m);
        mar.setLeft(BigInteger.valueOf(SIDE_TWIPS));
        mar.setRight(BigInteger.valueOf(SIDE_TWIPS));
        mar.setFooter(BigInteger.valueOf(MARGIN_TWIPS / 2));
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        // 第 {0} 页 共 {1} 页 around two fields that Word and WPS fill in.
        String pattern = Messages.get("report.page", 900_001, 900_002);
        int a = pattern.indexOf("900001");
        int b = pattern.indexOf("900002");
        text.run(p, pattern.substring(0, a), 9, false, false);
        field(p, "PAGE");
        text.run(p, pattern.substring(a + 6, b), 9, false, false);
        field(p, "NUMPAGES");
        text.run(p, pattern.substring(b + 6), 9, false, false);
    }

    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void block(ReportBlock b) throws IOException {
        if (b instanceof ReportBlock.Cover c) {
            cover(c);
        } else if (b instanceof ReportBlock.Heading h) {
            text.heading(h.text(), h.level());
        } else if (b instanceof ReportBlock.Paragraph p) {
            text.paragraph(p.text(), p.small());
        } else if (b instanceof ReportBlock.Chart c) {
            chart(c);
        } else if (b instanceof ReportBlock.Table t) {
            new DocxTable(doc, text, t, contentWidth).write();
        } else if (b instanceof ReportBlock.SignLine s) {
            signLine(s);
        } else if (b instanceof ReportBlock.Appendix a) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().addBreak(BreakType.PAGE);
            text.run(p, Messages.get("report.appendixLabel"), 14, true, false);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            text.run(title, a.title(), 16, true, false);
        }
    }

    private void cover(ReportBlock.Cover c) {
        if (!c.issuingUnit().isEmpty()) {
            XWPFParagraph unit = text.centered(c.issuingUnit(), 16, true);
            unit.getRuns().get(0).setColor(DocxText.RED);
            unit.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.THICK);
            unit.setSpacingAfter(240);
        }
        XWPFParagraph title = text.centered(c.title(), 22, true);
        title.setSpacingBefore(120);
        title.setSpacingAfter(120);
        text.centered(c.dateLine(), 10.5, false);
        XWPFParagraph scope = text.centered(c.scopeLine(), 9, false);
        scope.setSpacingAfter(200);
    }

    /** A chart with its caption, as a 300 dpi picture the size it prints. */
    private void chart(ReportBlock.Chart c) throws IOException {
        double w = landscape ? contentWidth * 0.8 : contentWidth;
        double h = landscape ? contentHeight * 0.78 : contentHeight * 0.42;
        XWPFParagraph caption = text.centered(c.caption(), 10.5, true);
        caption.setKeepNext(true);
        caption.setSpacingBefore(160);
        BufferedImage img = ChartExport.image(CoverageCharts.build(c.kind(), d, CoverageCharts.Decor.REPORT), w, h,
                CHART_LAYOUT_WIDTH, CHART_DPI);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG,
                    "chart" + (++figures) + ".png", Units.toEMU(w), Units.toEMU(h));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** 制表人：＿＿＿　审核人：＿＿＿　日期：＿＿＿, the blanks underlined for the pen. */
    private void signLine(ReportBlock.SignLine s) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(480);
        p.setSpacingAfter(240);
        String blank = "\u3000".repeat(7);
        for (String field : s.fields()) {
            text.run(p, field, 10.5, false, false);
            XWPFRun line = text.run(p, blank, 10.5, false, false);
            line.setUnderline(UnderlinePatterns.SINGLE);
            text.run(p, "\u3000\u3000", 10.5, false, false);
        }
    }
}
