package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/** The rows of one .xlsx sheet, parsed off the inflating stream one at a time. */
final class XlsxRows implements RowCursor {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);


    private static final String[] CELL_ATTRS = {"r", "t", "s"};

    private final XmlScanner x;
    /** Where {@link XmlScanner#attrs} puts a cell's attributes. */
    private final int[] at = new int[6];
    private final InputStream in;
    private final Merges merges;
    private final String[] strings;
    private final boolean[] dateStyles;
    private final boolean date1904;
    private int lastRow;
    private boolean done;

    XlsxRows(XmlScanner x, InputStream in, Merges merges, String[] strings, boolean[] dateStyles, boolean date1904) {
        this.x = x;
        this.in = in;
        this.merges = merges;
        this.strings = strings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    @Override
    public Row next() throws IOException {
        while (!done) {
            int t = x.next();
            if (t == XmlScanner.EOF) {
                done = true;
            } else if (t == XmlScanner.END && x.is("sheetData")) {
                done = true;
            } else if (t == XmlScanner.START && x.is("row")) {
                int number = rowNumber(x.attr("r"));
                lastRow = number;
                Row row = merges.apply(new Row(number, readCells()));
                if (row.cells().length > 0) {
                    return row;
                }
            }
        }
        return null;
    }

    private int rowNumber(String r) throws IOException {
        if (r == null) {
            return lastRow + 1;
        }
        try {
            return Integer.parseInt(r.trim());
        } catch (NumberFormatException e) {
            throw new IOException("bad row number " + r);
        }
    }

    private Cell[] readCells() throws IOException {
        Cell[] cells = new Cell[16];
        int max = -1;
        int col = -1;
        int t;
        while ((t = x.next()) != XmlScanner.EOF) {
            if (t == XmlScanner.END && x.is("row")) {
                break;
            }
            if (t != XmlScanner.START || !x.is("c")) {
                continue;
            }
            // Once per cell: the three attributes in one pass, the column straight from the reference's bytes.
            x.attrs(CELL_ATTRS, at);
            int c = at[0] < 0 ? col + 1 : column(at[0], at[1]);
            col = c;
            String type = at[2] < 0 ? null : x.value(at[2], at[3]);
            String style = at[4] < 0 ? null : x.value(at[4], at[5]);
            Cell cell = readCell(type, style);
            if (cell == null || c < 0 || c >= XlsxWorkbook.MAX_COLUMNS) {
                continue;
            }
            if (c >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(c + 1, cells.length * 2));
            }
            cells[c] = cell;
            max = Math.max(max, c);
        }
        return max < 0 ? new Cell[0] : Arrays.copyOf(cells, max + 1);
    }

    /** {@link XlsxMerges#column} of a cell reference, read from its bytes when they are plain ASCII. */
    private int column(int start, int end) {
        int c = 0;
        int i = start;
        for (; i < end; i++) {
            byte b = x.at(i);
            if (b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z') {
                c = c * 26 + ((b & ~0x20) - 'A' + 1);
            } else if (b < 0 || b == '&') {
                return XlsxMerges.column(x.value(start, end));
            } else {
                break;
            }
        }
        return i == start ? -1 : c - 1;
    }

    private Cell readCell(String type, String style) throws IOException {
        String value = null;
        String formula = null;
        int t;
        while ((t = x.next()) != XmlScanner.EOF) {
            if (t == XmlScanner.END && x.is("c")) {
                break;
            }
            if (t != XmlScanner.START) {
                continue;
            }
            if (x.is("v")) {
                value = x.elementText();
            } else if (x.is("is")) {
                value = XlsxStrings.richText(x, "is");
            } else if (x.is("f")) {
                formula = x.elementText();
            } else {
                x.skipElement();
            }
        }
        if (value == null || value.isEmpty()) {
            return formula != null && !formula.isEmpty() ? Cell.error("=" + formula) : null;
        }
        if (type == null || type.equals("n")) {
            double d;
            try {
                d = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                return Cell.text(value);
            }
            if (isDateStyle(style)) {
                return Cell.date(date1904 ? d + 1462 : d);
            }
            return Cell.number(d);
        }
        return switch (type) {
            case "s" -> {
                int i;
                try {
                    i = Integer.parseInt(value.trim());
                } catch (NumberFormatException e) {
                    throw new IOException("bad shared string index " + value);
                }
                if (i < 0 || i >= strings.length) {
                    throw new IOException("shared string " + i + " does not exist");
                }
                yield strings[i].isEmpty() ? null : Cell.text(strings[i]);
            }
            case "b" -> Cell.bool(value.trim().equals("1") || value.trim().equalsIgnoreCase("true"));
            case "e" -> Cell.error(value);
            case "d" -> isoDate(value);
            default -> Cell.text(value);
        };
    }

    private boolean isDateStyle(String style) {
        if (style == null) {
            return false;
        }
        try {
            int s = Integer.parseInt(style);
            return s >= 0 && s < dateStyles.length && dateStyles[s];
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Cell isoDate(String value) {
        try {
            LocalDate d = LocalDate.parse(value.trim().substring(0, 10));
            return Cell.date(ChronoUnit.DAYS.between(EPOCH_1900, d));
        } catch (RuntimeException e) {
            return Cell.text(value);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // A read stream: nothing to lose.
        }
    }
}
