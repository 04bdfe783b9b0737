package org.xinye.ledger.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks of the record forms, as the user types: each gives the problem with the
 * field's current text, or empty when it is acceptable. Optional fields accept blank.
 */
public final class FieldChecks {
    /** The first year a party-building honour or post can carry. */
    static final int FIRST_YEAR = 1921;

    private FieldChecks() {
    }

    public static Optional<Problem> required(String raw) {
        return Text.isBlank(raw) ? Optional.of(Problem.of("field.required", "check.required")) : Optional.empty();
    }

    public static Optional<Problem> idNumber(String raw) {
        return IdNumber.check(raw).problem();
    }

    public static Optional<Problem> creditCode(String raw) {
        return Text.isBlank(raw) ? Optional.empty() : CreditCode.check(raw).problem();
    }

    public static Optional<Problem> mobile(String raw) {
        return Text.isBlank(raw) ? Optional.empty() : Mobile.check(raw).problem();
    }

    /** A whole number of people, zero or more. */
    public static Optional<Problem> count(String raw) {
        if (Text.isBlank(raw)) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(Text.compact(raw));
            return n < 0 ? Optional.of(Problem.of("field.count", "check.count")) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(Problem.of("field.count", "check.count"));
        }
    }

    public static Optional<Problem> year(String raw, LocalDate today) {
        if (Text.isBlank(raw)) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(Text.compact(raw));
            if (y >= FIRST_YEAR && y <= today.getYear() + 1) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // falls through to the problem
        }
        return Optional.of(Problem.of("field.year", "check.year", FIRST_YEAR, today.getYear() + 1));
    }

    /** An end date, when given, is not before the start. */
    public static Optional<Problem> period(LocalDate from, LocalDate to) {
        return from != null && to != null && to.isBefore(from)
                ? Optional.of(Problem.of("field.period", "check.period")) : Optional.empty();
    }

    /** A date that has already happened (a visit, a check, joining the party). */
    public static Optional<Problem> notFuture(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today)
                ? Optional.of(Problem.of("field.future", "check.future")) : Optional.empty();
    }
}
