package org.xinye.ledger.domain;

/** A mainland mobile number: 11 digits {@code 1[3-9]\d{9}} after removing spaces, dashes and a +86/86 prefix. */
public final class Mobile extends PersonalNumber {

    private Mobile(String value) {
        super(value);
    }

    public static Checked<Mobile> check(String raw) {
        String s = Text.compact(raw).replace("-", "").replace("(", "").replace(")", "");
        if (s.isEmpty()) {
            return Checked.fail(Problem.of("mobile.empty", "mobile.empty"));
        }
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        if (s.indexOf('*') >= 0) {
            return Checked.fail(Problem.of("mobile.masked", "mobile.masked"));
        }
        if (!valid(s)) {
            return Checked.fail(Problem.of("mobile.invalid", "mobile.invalid"));
        }
        return Checked.ok(new Mobile(s));
    }

    /** {@code 1[3-9]\d{9}}, written out: an import checks one per row. */
    private static boolean valid(String s) {
        if (s.length() != 11 || s.charAt(0) != '1' || s.charAt(1) < '3' || s.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static Mobile of(String raw) {
        return check(raw).get();
    }

    @Override
    public String masked() {
        return Masking.mobile(value());
    }
}
