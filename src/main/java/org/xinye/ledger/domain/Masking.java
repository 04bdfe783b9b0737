package org.xinye.ledger.domain;

/** Display and export masking of personal data: {@code 150203********1234}, {@code 138****5678}. */
public final class Masking {
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
}
