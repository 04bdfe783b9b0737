package org.xinye.ledger.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Display and export masking of personal data: {@code 150203********1234}, {@code 138****5678}. */
public final class Masking {
    private static final Pattern ID_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private Masking() {
    }

    /** Keeps the 6-digit division code and the last 4 characters; anything too short to mask is starred whole. */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() < 11) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** Keeps the first 3 and last 4 digits. */
    public static String mobile(String mobile) {
        if (mobile == null || mobile.isEmpty()) {
            return "";
        }
        if (mobile.length() < 8) {
            return "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }

    /**
     * Masks every ID number and mobile number found inside free text (notes, the audit log's
     * before/after), so that masking a column cannot be undone by another one.
     */
    public static String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String ids = ID_IN_TEXT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(idNumber(m.group())));
        return MOBILE_IN_TEXT.matcher(ids).replaceAll(m -> Matcher.quoteReplacement(mobile(m.group())));
    }
}
