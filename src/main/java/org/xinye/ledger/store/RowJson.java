package org.xinye.ledger.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table row as a flat JSON object ({@code {"id": 7, "name": "王芳", "mobile": null}}): how
 * the import journal keeps the state before an update, so undo can put back every column
 * exactly, timestamps included. Values are strings, integers, reals and null, as SQLite
 * stores them.
 */
final class RowJson {
    private RowJson() {
    }

    /** The current row of {@code rs}, every column. */
    static String of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            m.put(md.getColumnLabel(i), rs.getObject(i));
        }
        return write(m);
    }

    static String write(Map<String, ?> m) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : m.entrySet()) {
            b.append(first ? "" : ",");
            first = false;
            string(b, e.getKey());
            b.append(':');
            Object v = e.getValue();
            if (v == null) {
                b.append("null");
            } else if (v instanceof Integer || v instanceof Long) {
                b.append(((Number) v).longValue());
            } else if (v instanceof Number n) {
                b.append(Double.toString(n.doubleValue()));
            } else {
                string(b, v.toString());
            }
        }
        return b.append('}').toString();
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    /** Parses what {@link #write} wrote: integers come back as Long, reals as Double. */
    static Map<String, Object> read(String json) {
        Map<String, Object> m = new LinkedHashMap<>();
        int[] pos = {skip(json, 0)};
        expect(json, pos, '{');
        if (peek(json, pos) == '}') {
            return m;
        }
        while (true) {
            String key = readString(json, pos);
            expect(json, pos, ':');
            m.put(key, readValue(json, pos));
            char c = peek(json, pos);
            pos[0]++;
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw new IllegalArgumentException("bad journal JSON at " + pos[0]);
            }
        }
    }

    private static Object readValue(String s, int[] pos) {
        char c = peek(s, pos);
        if (c == '"') {
            return readString(s, pos);
        }
        int start = pos[0];
        while (pos[0] < s.length() && ",}".indexOf(s.charAt(pos[0])) < 0) {
            pos[0]++;
        }
        String token = s.substring(start, pos[0]).trim();
        if (token.equals("null")) {
            return null;
        }
        if (token.contains(".") || token.contains("E") || token.contains("e") || token.contains("N")
                || token.contains("I")) {
            return Double.valueOf(token);
        }
        return Long.valueOf(token);
    }

    private static String readString(String s, int[] pos) {
        expect(s, pos, '"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(pos[0]++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = s.charAt(pos[0]++);
                if (e == 'u') {
                    b.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                } else {
                    b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private static char peek(String s, int[] pos) {
        pos[0] = skip(s, pos[0]);
        return s.charAt(pos[0]);
    }

    private static void expect(String s, int[] pos, char c) {
        if (peek(s, pos) != c) {
            throw new IllegalArgumentException("bad journal JSON at " + pos[0]);
        }
        pos[0]++;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
