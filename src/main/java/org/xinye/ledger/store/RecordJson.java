package org.xinye.ledger.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one JSON writer and reader of the app (RFC 8259): the audit log, the import journal,
 * export notes and the command line's {@code --json} all go through it. Values are objects
 * (insertion-ordered maps), arrays, strings, whole numbers as {@code Long}, other numbers as
 * {@code Double}, booleans and null. The canonical form ({@link #write}) has no spaces and keeps
 * keys in the order given, so two captures of the same state are equal as strings; the
 * readable form ({@link #writeReadable}) is for people. The reader is strict: what it accepts
 * is JSON, and JSON from a file from elsewhere (a ledger's journal) cannot nest without bound.
 * Written here rather than taken from a library: it is small, and a library would add to the
 * start-up time of every command.
 */
public final class RecordJson {
    /** Deeper nesting is refused: the app writes at most four levels. */
    static final int MAX_DEPTH = 64;

    private RecordJson() {
    }

    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, -1);
        return b.toString();
    }

    /**
     * For people (the command line's {@code --json}): {@code ", "} and {@code ": "} between
     * items, each array element on its own indented line, fractions to six decimals.
     */
    public static String writeReadable(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0);
        return b.toString();
    }

    /** {@code indent} below zero: the canonical form. */
    private static void write(StringBuilder b, Object v, int indent) {
        boolean readable = indent >= 0;
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            b.append(quote(s));
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            b.append(Double.isNaN(d) || Double.isInfinite(d) ? "null" : readable ? round(d) : Double.toString(d));
        } else if (v instanceof Number n && readable) {
            b.append(n);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                b.append(quote(String.valueOf(e.getKey()))).append(readable ? ": " : ":");
                write(b, e.getValue(), readable ? indent + 1 : -1);
                if (it.hasNext()) {
                    b.append(readable ? ", " : ",");
                }
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (readable) {
                    b.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
                } else if (i > 0) {
                    b.append(',');
                }
                write(b, l.get(i), readable ? indent + 1 : -1);
            }
            if (readable && !l.isEmpty()) {
                b.append('\n').append("  ".repeat(indent));
            }
            b.append(']');
        } else if (readable) {
            b.append(quote(v.toString()));
        } else {
            throw new IllegalArgumentException("not JSON: " + v.getClass());
        }
    }

    /** Fractions keep six decimals: enough for any rate, short enough to read. */
    private static String round(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    /**
     * A JSON string literal, quotes included. Quote, backslash and every control character are
     * escaped (so a file name with a line break stays one line), and so is a lone surrogate,
     * which UTF-8 cannot carry and would otherwise come back as {@code ?}.
     */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (c < 0x20 || (Character.isSurrogate(c) && !paired)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else if (paired) {
                        b.append(c).append(s.charAt(++i));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Parses one JSON text; anything that is not JSON throws {@link IllegalArgumentException} naming the position. */
    public static Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("JSON: no text");
        }
        Parser p = new Parser(text);
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("trailing text");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object v = parse(text);
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (Map<String, Object>) v;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + pos);
        }

        /** RFC 8259 white space: space, tab, line feed, carriage return. */
        void skipSpace() {
            while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested too deep");
            }
            skipSpace();
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, pos)) {
                throw error("bad literal");
            }
            pos += word.length();
            return v;
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return m;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw error("expected a key");
                }
                String key = string();
                skipSpace();
                expect(':');
                if (m.containsKey(key)) {
                    throw error("the key \"" + key + "\" twice");
                }
                m.put(key, value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> l = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return l;
            }
            while (true) {
                l.add(value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() {
            pos++;
            StringBuilder b = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw error("control character in a string");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    break;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> b.append(hex4());
                    default -> {
                        pos--;
                        throw error("bad escape");
                    }
                }
            }
            throw error("unterminated string");
        }

        private char hex4() {
            if (pos + 4 > s.length()) {
                throw error("bad escape");
            }
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int d = Character.digit(s.charAt(pos + i), 16);
                if (d < 0 || s.charAt(pos + i) > 'f') {
                    throw error("bad escape");
                }
                v = v * 16 + d;
            }
            pos += 4;
            return (char) v;
        }

        /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?} */
        private Object number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (!digits()) {
                throw error("unexpected character");
            }
            boolean whole = true;
            if (peek() == '.') {
                pos++;
                whole = false;
                if (!digits()) {
                    throw error("bad number");
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                whole = false;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!digits()) {
                    throw error("bad number");
                }
            }
            String n = s.substring(start, pos);
            if (whole) {
                try {
                    return Long.parseLong(n);
                } catch (NumberFormatException tooBig) {
                    return Double.parseDouble(n);
                }
            }
            return Double.parseDouble(n);
        }

        private boolean digits() {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            return pos > start;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected " + c);
            }
            pos++;
        }
    }
}
