package org.xinye.ledger.io.sheet;

/**
 * One row: its number as the spreadsheet shows it (1-based; for CSV the record number) and
 * its cells by column index, null where blank.
 */
public record Row(int number, Cell[] cells) {

    public Cell cell(int column) {
        return column >= 0 && column < cells.length ? cells[column] : null;
    }

    /** The cell's text, or "" when blank. */
    public String text(int column) {
        Cell c = cell(column);
        return c == null ? "" : c.text();
    }

    public boolean isBlank() {
        for (Cell c : cells) {
            if (c != null && !c.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    public int nonBlankCount() {
        int n = 0;
        for (Cell c : cells) {
            if (c != null && !c.text().isBlank()) {
                n++;
            }
        }
        return n;
    }
}
