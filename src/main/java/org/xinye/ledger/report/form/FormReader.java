package org.xinye.ledger.report.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xinye.ledger.io.imports.Headers;

/**
 * Finds a form's layout: the header row is the one (among the first rows) that names the
 * most figures, with the row under it when that names figures too (two-level headers under a
 * merged group title); the label column is the one left of the figures whose cells name the
 * most regions; every labelled row below is a data row, except notes merged across the sheet.
 */
final class FormReader {
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int MAX_COLUMNS = 200;

    private final Sheet sheet;
    private final FormMatcher matcher;
    private final FormMapping answers;
    private final DataFormatter format = new DataFormatter();
    private final List<CellRangeAddress> merged;

    private FormReader(Sheet sheet, FormMatcher matcher, FormMapping answers) {
        this.sheet = sheet;
        this.matcher = matcher;
        this.answers = answers;
        this.merged = sheet.getMergedRegions();
    }

    /** The plan of the workbook's first visible sheet, before the user's answers are applied. */
    static FormPlan read(Workbook wb, FormMatcher matcher, FormMapping answers) {
        int index = wb.getFirstVisibleTab();
        return new FormReader(wb.getSheetAt(index), matcher, answers).plan(index);
    }

    private FormPlan plan(int index) {
        int header = -1;
        int best = 0;
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
        for (int r = sheet.getFirstRowNum(); r <= last; r++) {
            int n = figures(r);
            if (n > best) {
                best = n;
                header = r;
            }
        }
        if (header < 0) {
            return new FormPlan(index, sheet.getSheetName(), 0, 0, List.of(), List.of(), signature(List.of()));
        }
        int headerEnd = figures(header + 1) > 0 ? header + 1 : header;
        int width = Math.min(MAX_COLUMNS, lastColumn(header, headerEnd) + 1);
        List<String> headers = new ArrayList<>();
        int firstFigure = width;
        for (int c = 0; c < width; c++) {
            String h = headerText(header, headerEnd, c);
            headers.add(h);
            if (firstFigure == width && figure(h) != null) {
                firstFigure = c;
            }
        }
        int labelColumn = labelColumn(headerEnd + 1, firstFigure);
        List<FormPlan.Column> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String h = headers.get(c);
            if (c != labelColumn && !h.isBlank() && !Headers.isSequence(h)) {
                columns.add(new FormPlan.Column(c, h, figure(h), FormMatcher.saysPercent(h)));
            }
        }
        List<FormPlan.Row> rows = new ArrayList<>();
        for (int r = headerEnd + 1; r <= sheet.getLastRowNum(); r++) {
            String label = text(r, labelColumn);
            if (!label.isBlank() && !isNote(r, labelColumn)) {
                String answer = answers.row(label);
                String code = answer != null ? (answer.equals(FormMapping.SKIP) ? null : answer) : matcher.region(label);
                rows.add(new FormPlan.Row(r, label.strip(), code));
            }
        }
        return new FormPlan(index, sheet.getSheetName(), headerEnd + 1, labelColumn, columns, rows, signature(headers));
    }

    /** The figure a header stands for: the user's answer first, then the synonyms. */
    private FormFigure figure(String header) {
        String answer = answers.column(header);
        if (answer != null) {
            return answer.equals(FormMapping.SKIP) ? null : FormFigure.valueOf(answer);
        }
        return FormMatcher.figure(header);
    }

    private int figures(int r) {
        Row row = sheet.getRow(r);
        int n = 0;
        if (row != null) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() < MAX_COLUMNS && figure(format.formatCellValue(cell)) != null) {
                    n++;
                }
            }
        }
        return n;
    }

    private int lastColumn(int from, int to) {
        int last = 0;
        for (int r = from; r <= to; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                last = Math.max(last, row.getLastCellNum() - 1);
            }
        }
        return last;
    }

    /** A column's header: the lowest text of the header rows, a merged title counting for each cell under it. */
    private String headerText(int from, int to, int c) {
        for (int r = to; r >= from; r--) {
            String t = text(r, c);
            if (!t.isBlank()) {
                return t.strip();
            }
        }
        return "";
    }

    /** The column of row labels: left of the figures, naming the most regions (the first text column when none does). */
    private int labelColumn(int firstRow, int before) {
        int best = -1;
        int bestCount = 0;
        int firstText = -1;
        for (int c = 0; c < Math.max(1, before); c++) {
            int n = 0;
            boolean text = false;
            for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
                String t = text(r, c);
                text |= !t.isBlank() && !t.strip().matches("\\d+");
                if (matcher.region(t) != null) {
                    n++;
                }
            }
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
            if (firstText < 0 && text) {
                firstText = c;
            }
        }
        return best >= 0 ? best : Math.max(0, firstText);
    }

    /** The text a cell shows; a cell under a merged range shows the range's. */
    String text(int r, int c) {
        for (CellRangeAddress m : merged) {
            if (m.isInRange(r, c)) {
                r = m.getFirstRow();
                c = m.getFirstColumn();
                break;
            }
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : format.formatCellValue(cell);
    }

    /** A note under the table: its label cell merged across several columns. */
    private boolean isNote(int r, int c) {
        for (CellRangeAddress m : merged) {
            if (m.isInRange(r, c) && m.getLastColumn() - m.getFirstColumn() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static String signature(List<String> headers) {
        StringBuilder b = new StringBuilder();
        for (String h : headers) {
            b.append(FormMatcher.normalize(h)).append('|');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
