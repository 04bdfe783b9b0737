package org.xinye.ledger.io.sheet;

/** XML's character references: the five named entities and {@code &#NN;} / {@code &#xHH;}. */
final class XmlEntities {
    private XmlEntities() {
    }

    /** The text with its references replaced; anything that is not one stays as it is. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                b.append(c);
                i++;
                continue;
            }
            int digits = numeric(s, i + 1, semi);
            if (digits >= 0) {
                // A character reference of plain digits, as a spreadsheet writes every Chinese character: no substrings.
                b.appendCodePoint(digits);
                i = semi + 1;
                continue;
            }
            String ent = s.substring(i + 1, semi);
            switch (ent) {
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "amp" -> b.append('&');
                case "quot" -> b.append('"');
                case "apos" -> b.append('\'');
                default -> {
                    if (ent.startsWith("#")) {
                        try {
                            int cp = ent.startsWith("#x") || ent.startsWith("#X")
                                    ? Integer.parseInt(ent.substring(2), 16) : Integer.parseInt(ent.substring(1));
                            b.appendCodePoint(cp);
                        } catch (IllegalArgumentException e) {
                            b.append(s, i, semi + 1);
                        }
                    } else {
                        b.append(s, i, semi + 1);
                    }
                }
            }
            i = semi + 1;
        }
        return b.toString();
    }

    /**
     * The code point of {@code #NN} or {@code #xHH} in {@code s[from, to)} when it is only digits (at most 7,
     * so it cannot overflow) naming a valid code point; -1 for anything else, which {@link #unescape} reads
     * the general way.
     */
    private static int numeric(String s, int from, int to) {
        if (to - from < 2 || s.charAt(from) != '#') {
            return -1;
        }
        boolean hex = s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X';
        int start = from + (hex ? 2 : 1);
        if (start >= to || to - start > 7) {
            return -1;
        }
        int cp = 0;
        for (int k = start; k < to; k++) {
            int d = Character.digit(s.charAt(k), hex ? 16 : 10);
            if (d < 0 || s.charAt(k) > 'f') {
                return -1;
            }
            cp = cp * (hex ? 16 : 10) + d;
        }
        return Character.isValidCodePoint(cp) ? cp : -1;
    }
}
