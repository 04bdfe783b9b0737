package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small pull tokenizer for the UTF-8 XML parts of an .xlsx package. It replaces a general
 * StAX parser for two reasons: a 100,000-row sheet is millions of tags and this reads them
 * several times faster, and it never expands DTDs or external entities (a file with a
 * DOCTYPE is refused), so no XML trick reaches the machine.
 * <p>
 * Element names are compared by local name (prefixes such as {@code x:} are ignored).
 * An empty-element tag yields START then END. Text is entity-decoded.
 */
final class XmlScanner {
    static final int EOF = -1;
    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;

    /** A single token larger than this (a cell text far beyond Excel's 32,767 characters) is refused. */
    private static final int MAX_TOKEN = 4 << 20;

    private static final String[] ONE_CHAR = new String[128];

    static {
        for (int c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf((char) c);
        }
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;

    private int nameStart;
    private int nameEnd;
    private int attrStart;
    private int attrEnd;
    private boolean pendingEnd;
    private String text;

    XmlScanner(InputStream in) {
        this.in = in;
    }

    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return END;
        }
        while (true) {
            if (pos >= lim && !fill()) {
                return EOF;
            }
            if (buf[pos] != '<') {
                int end = find((byte) '<', pos);
                int stop = end < 0 ? lim : end;
                text = decode(pos, stop);
                pos = stop;
                return TEXT;
            }
            if (!ensure(2)) {
                throw damaged();
            }
            byte b = buf[pos + 1];
            if (b == '/') {
                int end = find((byte) '>', pos);
                if (end < 0) {
                    throw damaged();
                }
                name(pos + 2, end);
                pos = end + 1;
                return END;
            }
            if (b == '?') {
                skipPast("?>");
                continue;
            }
            if (b == '!') {
                if (startsWith("<!--")) {
                    skipPast("-->");
                    continue;
                }
                if (startsWith("<![CDATA[")) {
                    int end = indexOf("]]>", pos + 9);
                    if (end < 0) {
                        throw damaged();
                    }
                    // indexOf may have moved the buffer: positions are taken from pos only now.
                    text = new String(buf, pos + 9, end - pos - 9, StandardCharsets.UTF_8);
                    pos = end + 3;
                    return TEXT;
                }
                // DOCTYPE and friends: SpreadsheetML never has one; refusing it rules out entity expansion.
                throw new IOException("DOCTYPE in a spreadsheet part");
            }
            int end = tagEnd(pos);
            if (end < 0) {
                throw damaged();
            }
            boolean empty = buf[end - 1] == '/';
            int stop = empty ? end - 1 : end;
            int i = pos + 1;
            while (i < stop && !XmlAttributes.isSpace(buf[i])) {
                i++;
            }
            name(pos + 1, i);
            attrStart = i;
            attrEnd = stop;
            pendingEnd = empty;
            pos = end + 1;
            return START;
        }
    }

    /** Whether the current START/END element's local name is {@code local} (ASCII). */
    boolean is(String local) {
        int n = nameEnd - nameStart;
        if (n != local.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[nameStart + i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    String name() {
        return new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
    }

    /** An attribute of the current START element by local name, entity-decoded; null when absent. */
    String attr(String local) {
        int[] at = new int[2];
        attrs(new String[] {local}, at);
        return at[0] < 0 ? null : value(at[0], at[1]);
    }

    /**
     * Finds several attributes of the current START element in one pass, by local name: {@code at[2k]}
     * and {@code at[2k + 1]} bound the raw value of {@code names[k]} ({@link #value}, {@link #at}), or
     * are -1 when it is absent. The bounds hold until the next token is read.
     */
    void attrs(String[] names, int[] at) {
        XmlAttributes.find(buf, attrStart, attrEnd, names, at);
    }

    /** The byte at {@code i} of a value {@link #attrs} bounded. */
    byte at(int i) {
        return buf[i];
    }

    /** Text of the last TEXT event. */
    String text() {
        return text;
    }

    /**
     * Reads to the end of the element whose START was just returned, concatenating its
     * text; text inside child elements named in {@code skip} (phonetic runs) is left out.
     */
    String elementText(String... skip) throws IOException {
        StringBuilder b = null;
        String only = null;
        int depth = 1;
        int skipping = 0;
        while (depth > 0) {
            int t = nextInside();
            if (t == START) {
                depth++;
                if (skipping > 0 || isAny(skip)) {
                    skipping++;
                }
            } else if (t == END) {
                depth--;
                if (skipping > 0) {
                    skipping--;
                }
            } else if (skipping == 0) {
                if (only == null && b == null) {
                    only = text;
                } else {
                    if (b == null) {
                        b = new StringBuilder(only);
                    }
                    b.append(text);
                }
            }
        }
        return b != null ? b.toString() : only == null ? "" : only;
    }

    /** The next token inside an element: the input ending there is damage. */
    private int nextInside() throws IOException {
        int t = next();
        if (t == EOF) {
            throw damaged();
        }
        return t;
    }

    /** Skips the rest of the element whose START was just returned. */
    void skipElement() throws IOException {
        int depth = 1;
        while (depth > 0) {
            int t = nextInside();
            if (t == START) {
                depth++;
            } else if (t == END) {
                depth--;
            }
        }
    }

    private boolean isAny(String[] names) {
        for (String s : names) {
            if (is(s)) {
                return true;
            }
        }
        return false;
    }

    private void name(int start, int end) {
        while (end > start && XmlAttributes.isSpace(buf[end - 1])) {
            end--;
        }
        int s = start;
        for (int k = start; k < end; k++) {
            if (buf[k] == ':') {
                s = k + 1;
            }
        }
        nameStart = s;
        nameEnd = end;
    }

    /** The end '>' of the tag starting at {@code from}, outside quoted attribute values. */
    private int tagEnd(int from) throws IOException {
        int i = from;
        byte quote = 0;
        while (true) {
            for (; i < lim; i++) {
                byte b = buf[i];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    return i;
                }
            }
            if ((i = refilled(i)) < 0) {
                return -1;
            }
        }
    }

    private int find(byte target, int from) throws IOException {
        int i = from;
        while (true) {
            for (; i < lim; i++) {
                if (buf[i] == target) {
                    return i;
                }
            }
            if ((i = refilled(i)) < 0) {
                return -1;
            }
        }
    }

    /** Where {@code s} (ASCII) next stands from {@code from}: at its first byte found, when the rest follows. */
    private int indexOf(String s, int from) throws IOException {
        int i = from;
        while ((i = find((byte) s.charAt(0), i)) >= 0) {
            while (lim - i < s.length()) {
                if ((i = refilled(i)) < 0) {
                    return -1;
                }
            }
            if (matchesAt(i, s)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** A scan at the buffer's end {@code i} reads more: where {@code i} now stands, or -1 at the input's end. */
    private int refilled(int i) throws IOException {
        int off = i - pos;
        return fill() ? pos + off : -1;
    }

    private boolean matchesAt(int i, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (buf[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(String s) throws IOException {
        return ensure(s.length()) && matchesAt(pos, s);
    }

    private void skipPast(String s) throws IOException {
        int end = indexOf(s, pos);
        if (end < 0) {
            throw damaged();
        }
        pos = end + s.length();
    }

    private boolean ensure(int n) throws IOException {
        while (lim - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front (growing the buffer for a long token) and reads more. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            if (buf.length >= MAX_TOKEN) {
                throw new IOException("an XML token longer than " + MAX_TOKEN + " bytes");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    /** The entity-decoded text of a value {@link #attrs} bounded. */
    String value(int start, int end) {
        return decode(start, end);
    }

    private String decode(int start, int end) {
        if (end - start == 1 && buf[start] >= 0 && buf[start] != '&') {
            // One ASCII character (a cell's type, a small style number): one String for all.
            return ONE_CHAR[buf[start]];
        }
        boolean plain = true;
        for (int i = start; i < end; i++) {
            if (buf[i] == '&') {
                plain = false;
                break;
            }
        }
        String s = new String(buf, start, end - start, StandardCharsets.UTF_8);
        return plain ? s : XmlEntities.unescape(s);
    }

    private static IOException damaged() {
        return new IOException("the XML ends in the middle of a tag");
    }
}
