package org.xinye.ledger.io.sheet;

import java.util.Arrays;

/**
 * The attributes of an {@link XmlScanner}'s current START element, found by local name in one
 * pass over the tag's bytes (a cell asks for three: its reference, type and style).
 */
final class XmlAttributes {
    private XmlAttributes() {
    }

    /**
     * For each of {@code names}, the bounds of its raw value within {@code buf[from, to)} in
     * {@code at[2k]} and {@code at[2k + 1]}, or -1 in both when it is absent; the first attribute
     * of a name counts.
     */
    static void find(byte[] buf, int from, int to, String[] names, int[] at) {
        Arrays.fill(at, -1);
        int i = from;
        while (i < to) {
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            int ns = i;
            while (i < to && buf[i] != '=' && !isSpace(buf[i])) {
                i++;
            }
            int ne = i;
            while (i < to && buf[i] != '"' && buf[i] != '\'') {
                i++;
            }
            if (i >= to) {
                return;
            }
            byte quote = buf[i];
            int vs = ++i;
            while (i < to && buf[i] != quote) {
                i++;
            }
            int ve = i++;
            int local = ns;
            for (int k = ns; k < ne; k++) {
                if (buf[k] == ':') {
                    local = k + 1;
                }
            }
            for (int k = 0; k < names.length; k++) {
                if (at[2 * k] < 0 && matches(buf, local, ne, names[k])) {
                    at[2 * k] = vs;
                    at[2 * k + 1] = ve;
                }
            }
        }
    }

    private static boolean matches(byte[] buf, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int k = 0; k < end - start; k++) {
            if (buf[start + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** XML's white space between attributes (and around a tag's name). */
    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
