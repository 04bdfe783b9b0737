package org.xinye.ledger.domain;

/**
 * A unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a
 * 31-character alphabet with a weighted mod-31 check character.
 */
public final class CreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    public static Checked<CreditCode> check(String raw) {
        String s = Text.compact(raw).toUpperCase();
        if (s.isEmpty()) {
            return Checked.fail(Problem.of("uscc.empty", "uscc.empty"));
        }
        if (s.length() != 18) {
            return Checked.fail(Problem.of("uscc.length", "uscc.length", s.length()));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return Checked.fail(Problem.of("uscc.chars", "uscc.chars", String.valueOf(s.charAt(i)), i + 1));
            }
        }
        char expected = checkChar(s);
        if (s.charAt(17) != expected) {
            return Checked.fail(Problem.of("uscc.check", "uscc.check", s.charAt(17), expected));
        }
        return Checked.ok(new CreditCode(s));
    }

    public static CreditCode of(String raw) {
        return check(raw).get();
    }

    /** The check character for the first 17 characters of {@code s}. */
    public static char checkChar(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(s.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
