package org.xinye.ledger.ui.support;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;

/**
 * How numbers, rates and dates look everywhere in the window: {@code 12,345}, {@code 87.5%},
 * {@code 2026-11-27}. Every count or amount of people, units or records the window shows (a table
 * cell, a figure, a dialog, the status bar) goes through {@link #count}, in both languages; ids,
 * years, codes, row and page numbers do not, and neither do exported files, the CLI or reports.
 */
public final class Formats {
    private Formats() {
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace('\u00a0', ',');
    }

    /** A number a table cell holds: a whole one as {@link #count} does, another as it is. */
    public static String number(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                ? count(n.longValue()) : String.valueOf(n);
    }

    /**
     * The window's text for {@code key} where every whole number among {@code args} is a count
     * (people, units, records): each shown as {@link #count} does. The key's pattern takes them
     * as plain {@code {1}}, not {@code {1,number,#}} (that is for ids, years and row numbers).
     */
    public static String counted(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number n) {
                shown[i] = number(n);
            }
        }
        return Messages.get(key, shown);
    }

    public static String percent(double fraction) {
        return CoverageRules.percent(fraction);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /**
     * The converter of a choice box or picker that shows its values as {@code text} says (null,
     * where it is a choice, is given to {@code text} too) and takes nothing typed.
     */
    public static <T> StringConverter<T> shownAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
