package org.xinye.ledger.io.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

/**
 * Lays out the cells of a table whose cells span rows and columns, as an HTML table
 * ({@code colspan}, {@code rowspan}) or SpreadsheetML 2003 ({@code MergeAcross}, {@code MergeDown})
 * gives them: every position a cell covers gets its value, as merged cells do in xlsx and xls
 * ({@link Merges}), and a cell carried down from a row above pushes the next cells of a row to
 * the right. Columns past {@link XlsxWorkbook#MAX_COLUMNS} are dropped.
 */
final class SpanGrid {
    /** HTML's own limit for rowspan; SpreadsheetML merges are far below it. */
    static final int MAX_ROWS_DOWN = 65_534;

    /** A cell spanning down: its columns, its value and how many rows below it still covers. */
    private static final class Carry {
        final int column;
        final int across;
        final Cell value;
        int rowsLeft;

        Carry(int column, int across, Cell value, int rowsLeft) {
            this.column = column;
            this.across = across;
            this.value = value;
            this.rowsLeft = rowsLeft;
        }
    }

    private final List<Carry> carries = new ArrayList<>();
    private final BitSet taken = new BitSet();
    private Cell[] cells = new Cell[16];
    private int width;
    private int next;

    /** Starts a row: the cells carried down from above take their places first. */
    void startRow() {
        taken.clear();
        Arrays.fill(cells, 0, width, null);
        width = 0;
        next = 0;
        for (Carry c : carries) {
            fill(c.column, c.across, c.value);
        }
    }

    /**
     * Places a cell at {@code column} (0-based), or at the next free column when it is negative,
     * covering {@code across} columns and {@code down} rows (both at least 1).
     */
    void put(int column, Cell value, int across, int down) {
        int at = column >= 0 ? column : taken.nextClearBit(next);
        if (at >= XlsxWorkbook.MAX_COLUMNS) {
            next = at + 1;
            return;
        }
        int span = Math.max(1, Math.min(across, XlsxWorkbook.MAX_COLUMNS - at));
        fill(at, span, value);
        next = at + span;
        if (down > 1) {
            carries.add(new Carry(at, span, value, Math.min(down, MAX_ROWS_DOWN)));
        }
    }

    /** Whether cells from rows above still cover rows below: a skipped row is then not blank. */
    boolean carrying() {
        return !carries.isEmpty();
    }

    /** Ends the row: its cells up to the last that holds a value (null where blank); carried cells move down. */
    Cell[] endRow() {
        for (Iterator<Carry> it = carries.iterator(); it.hasNext(); ) {
            Carry c = it.next();
            if (--c.rowsLeft <= 0) {
                it.remove();
            }
        }
        int end = width;
        while (end > 0 && cells[end - 1] == null) {
            end--;
        }
        return Arrays.copyOf(cells, end);
    }

    private void fill(int at, int span, Cell value) {
        int end = at + span;
        if (end > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(end, cells.length * 2));
        }
        for (int c = at; c < end; c++) {
            cells[c] = value;
        }
        taken.set(at, end);
        width = Math.max(width, end);
    }
}
