package org.xinye.ledger.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.xinye.ledger.domain.Messages;

/**
 * Text in the Word report: runs in 宋体 (黑体 for bold) with Arial for Latin letters, as
 * Chinese office documents set them, and two heading styles with outline levels so Word and
 * WPS list the sections in their navigation pane.
 */
final class DocxText {
    static final String RED = "C8161D";
    private static final String BODY_FONT = "宋体";
    private static final String BOLD_FONT = "黑体";
    private static final String LATIN_FONT = "Arial";

    private final XWPFDocument doc;

    DocxText(XWPFDocument doc) {
        this.doc = doc;
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(headingStyle(1));
        styles.addStyle(headingStyle(2));
    }

    private static XWPFStyle headingStyle(int level) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId("Heading" + level);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("heading " + level);
        s.addNewBasedOn().setVal("Normal");
        s.addNewQFormat();
        var ppr = s.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        return new XWPFStyle(s);
    }

    XWPFRun run(XWPFParagraph p, String s, double size, boolean bold, boolean gray) {
        XWPFRun r = p.createRun();
        r.setText(s);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(bold ? BOLD_FONT : BODY_FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        if (gray) {
            r.setColor("404040");
        }
        return r;
    }

    XWPFParagraph centered(String s, double size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, s, size, bold, !bold && size < 10);
        return p;
    }

    void heading(String s, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.setSpacingBefore(level == 1 ? 280 : 200);
        p.setSpacingAfter(120);
        run(p, s, level == 1 ? 14 : 12, true, false);
    }

    /** Running text; Chinese paragraphs start two characters in. {@code small}: the definitions. */
    void paragraph(String s, boolean small) {
        XWPFParagraph p = doc.createParagraph();
        double size = small ? 8 : 10.5;
        if (!small && !Messages.get("report.indent").isEmpty()) {
            p.setIndentationFirstLine((int) Math.round(2 * size * 20));
        }
        p.setSpacingBetween(small ? 1.15 : 1.5);
        p.setSpacingAfter(small ? 0 : 120);
        run(p, s, size, false, small);
    }
}
