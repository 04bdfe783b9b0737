package org.xinye.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of ID numbers for submissions that must not carry them (上报 with {@code --hash-ids}):
 * HMAC-SHA-256 under a key the city hands to every district, so the same person gives the same
 * value in every district and the city can count them once without ever seeing the number.
 * The value is {@code H} and the first 85 bits of the MAC in 17 base-32 characters: 18 characters
 * like an ID number (the ledger's column holds 18), never mistaken for one (an ID has no letter
 * before its last character), and with 2^85 values no two of a city's people share one.
 */
public final class IdHash {
    /** Fewer bytes than this in a key file is a mistake (an empty file, a short word), not a key. */
    public static final int MIN_KEY_BYTES = 16;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final byte[] CHECK_INPUT = "xinye-ledger key check".getBytes(StandardCharsets.US_ASCII);
    private final Mac mac;

    public IdHash(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new InvalidValueException(Problem.of("hash.keyShort", "hash.keyShort", key.length, MIN_KEY_BYTES));
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 missing from this Java runtime", e);
        }
    }

    /** Whether a stored value is a keyed hash rather than an ID number. */
    public static boolean isHash(String value) {
        return value != null && value.length() == 18 && value.charAt(0) == 'H';
    }

    /** The keyed hash of a (normalized) ID number. */
    public synchronized String of(String idNumber) {
        byte[] d = mac.doFinal(idNumber.getBytes(StandardCharsets.US_ASCII));
        StringBuilder b = new StringBuilder(18).append('H');
        long bits = 0;
        int have = 0;
        int i = 0;
        while (b.length() < 18) {
            if (have < 5) {
                bits = (bits << 8) | (d[i++] & 0xFF);
                have += 8;
            }
            have -= 5;
            b.append(ALPHABET.charAt((int) ((bits >>> have) & 31)));
        }
        Arrays.fill(d, (byte) 0);
        return b.toString();
    }

    /**
     * A value that names the key without revealing it: equal for every district that used the same
     * key file, so the city refuses a submission hashed under another key (it could not be counted
     * together with the others).
     */
    public synchronized String check() {
        return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal(CHECK_INPUT), 8));
    }
}
