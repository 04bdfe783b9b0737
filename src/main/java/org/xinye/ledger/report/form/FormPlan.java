package org.xinye.ledger.report.form;

import java.util.List;

/**
 * How a form is laid out and what each of its columns and rows was matched to: the sheet,
 * the header rows, the column of row labels, every header with its figure (null: not to be
 * filled) and every labelled row with its region code, {@code total} or null.
 *
 * @param signature what identifies the form from one month to the next: its headers
 */
public record FormPlan(int sheet, String sheetName, int firstDataRow, int labelColumn, List<Column> columns,
                       List<Row> rows, String signature) {
    /** The row code of a total row (合计, 全市…). */
    public static final String TOTAL = FormMatcher.TOTAL;

    public FormPlan {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column of the form; {@code percentHeader}: its header says its rates are in percent. */
    public record Column(int index, String header, FormFigure figure, boolean percentHeader) {
    }

    public record Row(int index, String label, String code) {
        public boolean total() {
            return FormMatcher.TOTAL.equals(code);
        }
    }

    public List<Column> matchedColumns() {
        return columns.stream().filter(c -> c.figure() != null).toList();
    }

    public List<Column> unmatchedColumns() {
        return columns.stream().filter(c -> c.figure() == null).toList();
    }

    public List<Row> matchedRows() {
        return rows.stream().filter(r -> r.code() != null).toList();
    }

    public List<Row> unmatchedRows() {
        return rows.stream().filter(r -> r.code() == null).toList();
    }

    /** The same form with the user's answers: a figure for a column, a region for a row (null: not filled). */
    public FormPlan with(FormMapping answers) {
        List<Column> cols = columns.stream().map(c -> {
            String a = answers.column(c.header());
            return a == null ? c : new Column(c.index(), c.header(), a.equals(FormMapping.SKIP) ? null
                    : FormFigure.valueOf(a), c.percentHeader());
        }).toList();
        List<Row> rs = rows.stream().map(r -> {
            String a = answers.row(r.label());
            return a == null ? r : new Row(r.index(), r.label(), a.equals(FormMapping.SKIP) ? null : a);
        }).toList();
        return new FormPlan(sheet, sheetName, firstDataRow, labelColumn, cols, rs, signature);
    }
}
