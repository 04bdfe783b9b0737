package org.xinye.ledger.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A resident identity number (居民身份证号码), GB 11643-1999: 17 digits and a check
 * character. Construct through {@link #check(String)}; legacy 15-digit numbers are
 * upgraded to 18 digits.
 */
public final class IdNumber extends PersonalNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82", "83", "91");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d{15,18}\\.0+");
    /** {@link #PROVINCES} as a table by the two digits, for the per-row check of an import. */
    private static final boolean[] PROVINCE = new boolean[100];
    private static final LocalDate EARLIEST = LocalDate.of(1890, 1, 1);
    private static final long DAY_MILLIS = 86_400_000L;

    static {
        for (String p : PROVINCES) {
            PROVINCE[Integer.parseInt(p)] = true;
        }
    }

    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        super(value);
        this.birthDate = birthDate;
    }

    /** Normalizes and checks a raw cell or field value. */
    public static Checked<IdNumber> check(String raw) {
        String s = Text.compact(raw).toUpperCase();
        if (s.isEmpty()) {
            return fail("id.empty", "id.empty");
        }
        if (s.indexOf('*') >= 0) {
            // A masked export fed back in: the digits are gone, and saying so beats "digits only".
            return fail("id.masked", "id.masked");
        }
        // Only a value with a dot or an exponent can be a number's text; most rows skip the patterns.
        boolean numberLike = s.indexOf('.') >= 0 || s.indexOf('E') >= 0;
        if (numberLike && (SCIENTIFIC.matcher(s).matches() || DECIMAL.matcher(s).matches())) {
            return fail("id.numeric", "id.numeric", s);
        }
        if (s.length() == 15 && s.chars().allMatch(Character::isDigit)) {
            return upgrade(s);
        }
        if (s.length() != 18) {
            return fail("id.length", "id.length", s.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return fail("id.chars", "id.chars");
            }
        }
        char last = s.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            return fail("id.chars", "id.chars");
        }
        if (!isProvince(s)) {
            return fail("id.region", "id.region", s.substring(0, 2));
        }
        LocalDate birth = birthDate(s, 6);
        if (birth == null) {
            return fail("id.birth", "id.birth", s.substring(6, 14));
        }
        char expected = checkChar(s);
        if (expected != last) {
            // Excel keeps 15 significant digits: an 18-digit number typed into a numeric cell
            // comes back with its last digits as zeros.
            if (s.endsWith("000")) {
                return fail("id.numeric", "id.numeric", s);
            }
            return fail("id.check", "id.check", last, expected);
        }
        return Checked.ok(new IdNumber(s, birth));
    }

    /**
     * Checks a value that arrived as a number in a spreadsheet cell. A 15-digit legacy
     * number fits a double exactly; an 18-digit one has already lost its last digits.
     */
    public static Checked<IdNumber> checkNumericCell(double number) {
        if (number >= 1e14 && number < 1e15 && number == Math.rint(number)) {
            return check(String.format("%.0f", number));
        }
        return fail("id.numeric", "id.numeric", asExcelShows(number));
    }

    /**
     * A number as the spreadsheet holds it: 15 significant digits, the rest zeros. The double's own
     * expansion ({@code %.0f}) would invent a tail the sender never typed (…011008 for …011000).
     */
    static String asExcelShows(double number) {
        return new java.math.BigDecimal(number).round(new java.math.MathContext(15)).toBigInteger().toString();
    }

    /** Convenience for trusted values (tests, generated data); throws if invalid. */
    public static IdNumber of(String raw) {
        return check(raw).get();
    }

    private static Checked<IdNumber> upgrade(String s15) {
        if (!isProvince(s15)) {
            return fail("id.region", "id.region", s15.substring(0, 2));
        }
        String body = s15.substring(0, 6) + "19" + s15.substring(6);
        LocalDate birth = birthDate(body, 6);
        if (birth == null) {
            return fail("id.birth", "id.birth", body.substring(6, 14));
        }
        return Checked.ok(new IdNumber(body + checkChar(body), birth));
    }

    /** The check character for the first 17 digits of {@code s}. */
    public static char checkChar(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Whether the first two characters name a province; only ASCII digits can. */
    private static boolean isProvince(String s) {
        char a = s.charAt(0);
        char b = s.charAt(1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' && PROVINCE[(a - '0') * 10 + (b - '0')];
    }

    /** The date written as yyyymmdd at {@code from} (digits, as {@link Character#isDigit} says), if it can be a birth date. */
    private static LocalDate birthDate(String s, int from) {
        LocalDate d;
        try {
            d = LocalDate.of(number(s, from, from + 4), number(s, from + 4, from + 6), number(s, from + 6, from + 8));
        } catch (DateTimeException e) {
            return null;
        }
        if (d.isBefore(EARLIEST)) {
            return null;
        }
        // Today in any time zone is at least the UTC date minus one: only a date after that needs the clock's zone.
        long utcToday = Math.floorDiv(System.currentTimeMillis(), DAY_MILLIS);
        return d.toEpochDay() < utcToday || !d.isAfter(LocalDate.now()) ? d : null;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + Character.digit(s.charAt(i), 10);
        }
        return n;
    }

    private static Checked<IdNumber> fail(String code, String key, Object... args) {
        return Checked.fail(Problem.of(code, key, args));
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** GB 11643: the 17th digit is odd for men, even for women. */
    public Gender gender() {
        return (value().charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The 6-digit administrative division code of the place of registration. */
    public String divisionCode() {
        return value().substring(0, 6);
    }

    @Override
    public String masked() {
        return Masking.idNumber(value());
    }
}
