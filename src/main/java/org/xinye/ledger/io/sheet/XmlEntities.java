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
}
