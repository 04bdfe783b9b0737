package org.xinye.ledger.ui.support;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
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
}
