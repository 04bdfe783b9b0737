package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The text of an .xlsx: its shared-string table, rich-text runs and the {@code _xHHHH_} escapes. */
final class XlsxStrings {
    /** The shared-string table is held in memory; past this many characters it is refused. */
    static final long MAX_SHARED_CHARS = 48L << 20;

    private XlsxStrings() {
    }

    static String[] sharedStrings(ZipGuard zip, String part, Path file) throws IOException {
        List<String> out = new ArrayList<>();
        long chars = 0;
        try (InputStream in = zip.open(part)) {
            XmlScanner x = new XmlScanner(in);
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START && x.is("si")) {
                    String s = richText(x, "si");
                    chars += s.length();
                    if (chars > MAX_SHARED_CHARS) {
                        throw new FileRefusedException(FileRefusedException.Cause.TOO_LARGE, "import.refused.strings",
                                null, file.getFileName());
                    }
                    out.add(s);
                }
            }
        }
        return out.toArray(String[]::new);
    }

    /** The text of an {@code si} or {@code is} element: its {@code t} runs, without phonetic runs. */
    static String richText(XmlScanner x, String element) throws IOException {
        String only = null;
        StringBuilder b = null;
        int t;
        while ((t = x.next()) != XmlScanner.EOF) {
            if (t == XmlScanner.START) {
                if (x.is("t")) {
                    String s = x.elementText();
                    if (only == null && b == null) {
                        only = s;
                    } else {
                        if (b == null) {
                            b = new StringBuilder(only);
                        }
                        b.append(s);
                    }
                } else if (x.is("rPh") || x.is("phoneticPr") || x.is("rPr")) {
                    x.skipElement();
                }
            } else if (t == XmlScanner.END && x.is(element)) {
                break;
            }
        }
        String s = b != null ? b.toString() : only == null ? "" : only;
        return s.indexOf("_x") >= 0 ? unescapeOoxml(s) : s;
    }

    /** OOXML writes characters XML cannot carry as {@code _xHHHH_} (and a literal "_x" as {@code _x005F_x}). */
    static String unescapeOoxml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                char c = (char) Integer.parseInt(s.substring(i + 2, i + 6), 16);
                b.append(c);
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
