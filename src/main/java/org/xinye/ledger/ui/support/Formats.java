package org.xinye.ledger.ui.support;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.xinye.ledger.domain.CoverageRules;

/** How numbers, rates and dates look everywhere in the UI: {@code 12,345}, {@code 87.5%}, {@code 2026-11-27}. */
public final class Formats {
    private Formats() {
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace('\u00a0', ',');
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
