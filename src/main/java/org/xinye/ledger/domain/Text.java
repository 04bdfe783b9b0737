package org.xinye.ledger.domain;

import java.text.Normalizer;

/** Normalization shared by every value check: spreadsheets arrive with full-width digits and odd spaces. */
public final class Text {
    private Text() {
    }

    /** NFKC (full-width → ASCII) and every kind of whitespace removed, including U+3000, U+00A0 and U+FEFF. */
    public static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        if (isPlain(raw)) {
            return raw;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** NFKC and trimmed of every kind of whitespace at both ends; inner single spaces kept. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        if (isPlain(raw)) {
            return raw;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    public static boolean isBlank(String s) {
        return s == null || clean(s).isEmpty();
    }

    /** Null for blank text, the cleaned text otherwise. */
    public static String orNull(String raw) {
        String c = clean(raw);
        return c.isEmpty() ? null : c;
    }

    /**
     * Printable ASCII and CJK unified ideographs without any space: already NFKC, nothing to
     * strip. Most cells of a roster are like this, and an import reads millions of them.
     */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c > ' ' && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Free text as typed (a name, an address, a note), trimmed of every kind of whitespace at
     * both ends; null when blank. Unlike {@link #orNull} it keeps full-width punctuation: a
     * unit called 迅达快递（包头）有限公司 must not come back as 迅达快递(包头)有限公司.
     */
    public static String trimmedOrNull(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : raw.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
