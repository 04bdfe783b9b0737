package org.xinye.ledger.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A report table as a real Word table: fixed column widths across the page (each column as
 * wide as its header's longest word and its widest cell need, the rest shared by weight), a
 * shaded header row that repeats on every page, rows that never split, numbers on the right
 * and the totals in bold.
 */
final class DocxTable {
    /** Each side of a cell, in points: Word's default (5.4 pt) would take a third of a 13-column table. */
    private static final double CELL_PAD = 2.5;
    private static final String HEADER_FILL = "EEEEEE";

    private final XWPFDocument doc;
    private final DocxText text;
    private final ReportBlock.Table t;
    private final double width;
    private final double size;

    DocxTable(XWPFDocument doc, DocxText text, ReportBlock.Table t, double widthPt) {
        this.doc = doc;
        this.text = text;
        this.t = t;
        this.width = widthPt;
        this.size = fittingSize();
    }

    /** 9 pt (小五), smaller down to 7 pt while the columns' whole words would not fit across. */
    private double fittingSize() {
        double s = 9;
        while (s > 7 && java.util.Arrays.stream(needs(s)).sum() > width) {
            s -= 0.5;
        }
        return s;
    }

    void write() {
        int cols = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        table.setTableAlignment(TableRowAlign.CENTER);
        int pad = (int) Math.round(CELL_PAD * 20);
        table.setCellMargins(20, pad, 20, pad);
        var pr = table.getCTTbl().getTblPr();
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(Math.round(width * 20)));
        long[] twips = columnTwips();
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor(HEADER_FILL);
            // Word breaks Chinese anywhere: the header goes in as our lines, broken between words only.
            List<String> lines = LineBreaker.label(t.header().get(c), x -> ems(x) * (float) size,
                    (float) (twips[c] / 20.0 - 2 * CELL_PAD - 1));
            fill(cell, String.join("\n", lines), ParagraphAlignment.CENTER, true, twips[c]);
        }
        int rows = t.rows().size();
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean bold = r >= rows - t.boldRows();
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                fill(row.getCell(c), cells.get(c), t.numeric()[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT,
                        bold, twips[c]);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private void fill(XWPFTableCell cell, String value, ParagraphAlignment align, boolean bold, long twips) {
        CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        String[] lines = value.split("\n");
        for (int i = 0; i < lines.length; i++) {
            var run = text.run(p, lines[i], size, bold, false);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    /**
     * What each column needs at {@code s} points: its header's longest word and its widest
     * cell, a CJK character one em and a Latin one 0.62 (bold digits included); a long name
     * may wrap in Word, so a cell claims at most {@code cap} ems.
     */
    private double[] needs(double s) {
        return needs(s, 6);
    }

    private double[] needs(double s, double cap) {
        int cols = t.header().size();
        double[] need = new double[cols];
        for (int c = 0; c < cols; c++) {
            need[c] = LineBreaker.widestWord(t.header().get(c), DocxTable::ems);
            for (List<String> row : t.rows()) {
                need[c] = Math.max(need[c], Math.min(ems(row.get(c)), cap));
            }
            need[c] = need[c] * s + 2 * CELL_PAD + 1;
        }
        return need;
    }

    /**
     * Column widths in twips: what each needs; then, while the width allows, long cells get
     * their whole width (so names do not wrap); the rest is shared by the table's weights.
     */
    private long[] columnTwips() {
        double[] need = needs(size);
        double[] whole = needs(size, 40);
        double grow = java.util.Arrays.stream(whole).sum() - java.util.Arrays.stream(need).sum();
        double room = width - java.util.Arrays.stream(need).sum();
        if (grow > 0 && room > 0) {
            double f = Math.min(1, room / grow);
            for (int c = 0; c < need.length; c++) {
                need[c] += (whole[c] - need[c]) * f;
            }
        }
        double weights = 0;
        for (float w : t.weights()) {
            weights += w;
        }
        double total = java.util.Arrays.stream(need).sum();
        double spare = width - total;
        long[] out = new long[need.length];
        for (int c = 0; c < need.length; c++) {
            double w = spare >= 0 ? need[c] + spare * t.weights()[c] / weights : need[c] * width / total;
            out[c] = Math.round(w * 20);
        }
        return out;
    }

    private static float ems(String s) {
        float n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) < 0x2E80 ? 0.62f : 1f;
        }
        return n;
    }
}
