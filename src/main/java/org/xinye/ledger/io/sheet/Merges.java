package org.xinye.ledger.io.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Gives every cell of a merged area the value of its top-left cell, as rows stream past.
 * Senders merge a unit's name down all its people, or a title across the header.
 */
final class Merges {
    private final List<int[]> pending;
    private final List<Active> active = new ArrayList<>();
    private int next;

    private static final class Active {
        final int[] range;
        Cell value;

        Active(int[] range) {
            this.range = range;
        }
    }

    /** @param ranges {r1, c1, r2, c2}: rows 1-based, columns 0-based */
    Merges(List<int[]> ranges) {
        pending = new ArrayList<>(ranges);
        pending.sort(Comparator.comparingInt(r -> r[0]));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    Row apply(Row row) {
        if (pending.isEmpty()) {
            return row;
        }
        int n = row.number();
        while (next < pending.size() && pending.get(next)[0] <= n) {
            Active a = new Active(pending.get(next++));
            if (a.range[0] == n) {
                a.value = row.cell(a.range[1]);
            }
            active.add(a);
        }
        Cell[] cells = row.cells();
        for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
            Active a = it.next();
            int[] r = a.range;
            if (r[2] < n) {
                it.remove();
                continue;
            }
            if (a.value == null) {
                continue;
            }
            if (cells.length <= r[3]) {
                cells = Arrays.copyOf(cells, r[3] + 1);
            }
            for (int c = r[1]; c <= r[3]; c++) {
                if (n != r[0] || c != r[1]) {
                    cells[c] = a.value;
                }
            }
        }
        return cells == row.cells() ? row : new Row(n, cells);
    }
}
