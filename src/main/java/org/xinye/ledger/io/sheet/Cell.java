package org.xinye.ledger.io.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One non-blank cell as the file holds it. A number keeps its kind, because an ID number
 * that arrives as a number has already lost digits and must be diagnosed, not repaired.
 * Date serials are always in the 1900 system (a 1904 workbook is shifted on reading).
 */
public final class Cell {
    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, ERROR
    }

    /** Day 0 of the 1900 date system as Excel counts it (1900-02-29 included, which is why it is the 30th). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private final Kind kind;
    private final String text;
    private final double number;

    private Cell(Kind kind, String text, double number) {
        this.kind = kind;
        this.text = text;
        this.number = number;
    }

    public static Cell text(String s) {
        return new Cell(Kind.TEXT, s, Double.NaN);
    }

    public static Cell number(double n) {
        return new Cell(Kind.NUMBER, null, n);
    }

    public static Cell date(double serial) {
        return new Cell(Kind.DATE, null, serial);
    }

    public static Cell bool(boolean b) {
        return new Cell(Kind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0);
    }

    public static Cell error(String code) {
        return new Cell(Kind.ERROR, code, Double.NaN);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.DATE;
    }

    /** The number of a NUMBER or DATE cell (NaN otherwise). */
    public double number() {
        return number;
    }

    /** The cell as a person reads it: text as typed, whole numbers without exponent, dates as ISO. */
    public String text() {
        return switch (kind) {
            case NUMBER -> plain(number);
            case DATE -> {
                LocalDate d = serialToDate(number);
                yield d == null ? plain(number) : d.toString();
            }
            default -> text;
        };
    }

    /** An Excel serial (1900 system) as a date, or null when out of any plausible range. */
    public static LocalDate serialToDate(double serial) {
        if (Double.isNaN(serial) || serial < 1 || serial > 2_958_465) {
            return null;
        }
        return EPOCH_1900.plusDays((long) Math.floor(serial));
    }

    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        if (Math.abs(d) >= 1e15) {
            // Past 15 digits a spreadsheet keeps zeros; the double's own digits would show a tail never typed.
            return new BigDecimal(d).round(new java.math.MathContext(15)).toBigInteger().toString();
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return kind + ":" + text();
    }
}
