package org.xinye.ledger.ui.support;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.xinye.ledger.domain.Messages;

/**
 * One column of a table, declared as data: its id (the key its width, place and sort are
 * remembered by, and the {@code #id} tests look it up with), its header's bundle key, what
 * kind of value it shows, how to get that value from a row, and how wide it starts. A page
 * lists its columns once; {@link TableColumns#build} makes the table's columns from them, so
 * every table shows, sorts and remembers its values the same way.
 *
 * @param <R> the row
 */
public final class Column<R> {
    /** How a value is shown and sorted. */
    public enum Kind {
        /** Text in pinyin order, its whole on hover (a long name, an address). */
        TEXT,
        /** An enum's label (or another bundle text) in the window's language, in pinyin order, its whole on hover. */
        LABEL,
        /** A count, right-aligned, grouped by thousands ({@link Formats#count}), in numeric order. */
        NUMBER,
        /** A date as {@code 2026-11-27}, in date order. */
        DATE,
        /** A personal number as the ledger's privacy setting lets it show (masked by the store): never sorted. */
        MASKED
    }

    private final String id;
    private final String header;
    private final Kind kind;
    private final Function<R, ?> value;
    private final double width;
    private final Object sortKey;
    /** The enum whose longest label the column is at least as wide as, or null. */
    private final Class<? extends Enum<?>> labels;

    private Column(String id, String header, Kind kind, Function<R, ?> value, double width, Object sortKey,
                   Class<? extends Enum<?>> labels) {
        this.id = Objects.requireNonNull(id);
        this.header = Objects.requireNonNull(header);
        this.kind = kind;
        this.value = value;
        this.width = width;
        this.sortKey = sortKey;
        this.labels = labels;
    }

    public static <R> Column<R> text(String id, String header, Function<R, String> value) {
        return new Column<>(id, header, Kind.TEXT, r -> nz(value.apply(r)), 0, null, null);
    }

    public static <R> Column<R> label(String id, String header, Function<R, ? extends Enum<?>> value) {
        return new Column<>(id, header, Kind.LABEL, r -> Messages.label(value.apply(r)), 0, null, null);
    }

    /** A yes/no fact shown as one of two bundle texts (在任 / 已撤销, 专职 / 兼职). */
    public static <R> Column<R> flag(String id, String header, Predicate<R> value, String yesKey, String noKey) {
        return new Column<>(id, header, Kind.LABEL, r -> Messages.get(value.test(r) ? yesKey : noKey), 0, null, null);
    }

    public static <R> Column<R> number(String id, String header, Function<R, ? extends Number> value) {
        return new Column<>(id, header, Kind.NUMBER, value, 0, null, null);
    }

    public static <R> Column<R> date(String id, String header, Function<R, LocalDate> value) {
        return new Column<>(id, header, Kind.DATE, value, 0, null, null);
    }

    public static <R> Column<R> masked(String id, String header, Function<R, String> value) {
        return new Column<>(id, header, Kind.MASKED, r -> nz(value.apply(r)), 0, null, null);
    }

    /** The width the column starts at (the user may drag it; the header's title always fits). */
    public Column<R> width(double prefWidth) {
        return new Column<>(id, header, kind, value, prefWidth, sortKey, labels);
    }

    /**
     * A label column starts at least as wide as the longest of {@code type}'s labels in the
     * window's language (measured when its table is built).
     */
    public Column<R> wideAsLabels(Class<? extends Enum<?>> type) {
        return new Column<>(id, header, kind, value, width, sortKey, type);
    }

    /**
     * For a table its view model sorts (in SQL): what the model sorts by when the user sorts
     * this column. A column of such a table without one cannot be sorted.
     */
    public Column<R> sortedBy(Object key) {
        return new Column<>(id, header, kind, value, width, key, labels);
    }

    public String id() {
        return id;
    }

    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    public double width() {
        return width;
    }

    /** The enum whose labels the column is at least as wide as ({@link #wideAsLabels}), or null. */
    public Class<? extends Enum<?>> labels() {
        return labels;
    }

    /** What the model sorts by, or null. */
    public Object sortKey() {
        return sortKey;
    }

    /** The value the cell holds for {@code row} (a label already in the window's language), null for no row. */
    public Object valueOf(R row) {
        return row == null ? null : value.apply(row);
    }

    /**
     * How a cell (and an exported text cell) shows {@code item}: a number as {@code 3,000}
     * (an exported number stays a plain number, see {@link ColumnSheet}).
     */
    public String shown(Object item) {
        if (item == null) {
            return "";
        }
        return switch (kind) {
            case DATE -> Formats.date((LocalDate) item);
            case NUMBER -> Formats.number((Number) item);
            default -> item.toString();
        };
    }

    /** Whether the cell shows its whole text on hover. */
    boolean hovers() {
        return kind == Kind.TEXT || kind == Kind.LABEL || kind == Kind.MASKED;
    }

    /** Whether the column's values are texts read in pinyin order. */
    boolean chinese() {
        return kind == Kind.TEXT || kind == Kind.LABEL;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
