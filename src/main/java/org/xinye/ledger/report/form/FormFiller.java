package org.xinye.ledger.report.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.report.ReportException;
import org.xinye.ledger.store.OutputFiles;

/**
 * 按上级模板填报: fills a superior's own spreadsheet form (.xlsx or .xls) with the ledger's
 * figures and writes a copy. Only the cells where a matched row meets a matched column
 * change; every other cell, style, merged range, width and formula stays as it was (Apache
 * POI keeps what it is not told to change); a cell holding a formula is left to its formula.
 * The form is read from memory, so the original file is never written.
 */
public final class FormFiller {
    /** A form is a page or two; past this it is not one. */
    static final long MAX_BYTES = 20L << 20;

    /** What filling did, for the user: the cells written and what was left alone, by name. */
    public record Result(int cells, int formulasKept, List<FormPlan.Column> unmatchedColumns,
                         List<FormPlan.Row> unmatchedRows) {
    }

    private FormFiller() {
    }

    /** Reads a form and matches its headers and labels, the user's remembered answers first. */
    public static FormPlan plan(Path form, FormData data, FormMapping answers) {
        try (Workbook wb = open(form)) {
            return FormReader.read(wb, new FormMatcher(data.regions()), answers);
        } catch (IOException e) {
            throw new ReportException("form.unreadable", e, form.getFileName(), e.getMessage());
        }
    }

    /** Fills a copy of {@code form} as {@code plan} says and writes it to {@code out} (same format as the form). */
    public static Result fill(Path form, FormPlan plan, FormData data, Path out) throws IOException {
        if (!extension(form).equals(extension(out))) {
            throw new ReportException("form.sameFormat", extension(form));
        }
        if (plan.matchedColumns().isEmpty() || plan.matchedRows().isEmpty()) {
            throw new ReportException("form.nothingMatched", form.getFileName());
        }
        Path target = OutputFiles.prepare(out);
        try (Workbook wb = open(form)) {
            Result r = fill(wb, plan, data);
            Path temp = target.resolveSibling(target.getFileName() + ".writing");
            try (OutputStream o = Files.newOutputStream(temp)) {
                wb.write(o);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return r;
        }
    }

    private static Workbook open(Path form) throws IOException {
        if (Files.size(form) > MAX_BYTES) {
            throw new ReportException("form.tooLarge", form.getFileName());
        }
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(form)));
        } catch (EncryptedDocumentException e) {
            throw new ReportException("form.encrypted", e, form.getFileName());
        } catch (RuntimeException e) {
            // POI reports a damaged or foreign file with unchecked exceptions of its own.
            throw new ReportException("form.unreadable", e, form.getFileName(), e.getMessage());
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.substring(n.lastIndexOf('.') + 1);
    }

    static Result fill(Workbook wb, FormPlan plan, FormData data) {
        Sheet sheet = wb.getSheetAt(plan.sheet());
        List<String> codes = new ArrayList<>();
        for (FormPlan.Row r : plan.matchedRows()) {
            if (!r.total()) {
                codes.add(r.code());
            }
        }
        int cells = 0;
        int formulas = 0;
        for (FormPlan.Row r : plan.matchedRows()) {
            FormFigure.Values values = r.total() ? data.totalOf(codes) : data.of(r.code());
            Row row = sheet.getRow(r.index()) == null ? sheet.createRow(r.index()) : sheet.getRow(r.index());
            for (FormPlan.Column c : plan.matchedColumns()) {
                if (insideMerge(sheet, r.index(), c.index())) {
                    continue;
                }
                Cell cell = row.getCell(c.index());
                if (cell != null && cell.getCellType() == CellType.FORMULA) {
                    formulas++;
                    continue;
                }
                if (cell == null) {
                    cell = row.createCell(c.index());
                    CellStyle style = sheet.getColumnStyle(c.index());
                    if (style != null) {
                        cell.setCellStyle(style);
                    }
                }
                write(cell, c, c.figure().value(values));
                cells++;
            }
        }
        if (formulas > 0) {
            wb.setForceFormulaRecalculation(true);
        }
        return new Result(cells, formulas, plan.unmatchedColumns(), plan.unmatchedRows());
    }

    /**
     * A count as a number; a rate as a fraction in a cell formatted as percent, as a number of
     * percent (49.7) under a header that says (%), else as the text 49.7% a cadre would type.
     */
    private static void write(Cell cell, FormPlan.Column c, double value) {
        if (!c.figure().rate()) {
            cell.setCellValue(Math.round(value));
        } else if (cell.getCellStyle().getDataFormatString().contains("%")) {
            cell.setCellValue(Math.round(value * 1000) / 1000.0);
        } else if (c.percentHeader()) {
            cell.setCellValue(Math.round(value * 1000) / 10.0);
        } else {
            cell.setCellValue(CoverageRules.percent(value));
        }
    }

    /** A cell covered by a merged range but not its top left: writing there would hide under the merge. */
    private static boolean insideMerge(Sheet sheet, int r, int c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(r, c)) {
                return m.getFirstRow() != r || m.getFirstColumn() != c;
            }
        }
        return false;
    }
}
