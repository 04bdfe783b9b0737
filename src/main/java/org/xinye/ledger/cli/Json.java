package org.xinye.ledger.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.store.RecordJson;

/**
 * A minimal JSON writer for CLI output. Hand-written on purpose: the output is a few flat
 * objects, and a JSON library would add start-up time to every verb.
 */
public final class Json {
    private Json() {
    }

    /** Writes maps, lists, strings, numbers, booleans and null. */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, int indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Double d) {
            b.append(d.isNaN() || d.isInfinite() ? "null" : round(d));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                b.append(first ? "" : ", ");
                first = false;
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), indent + 1);
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
                write(b, l.get(i), indent + 1);
            }
            b.append(l.isEmpty() ? "]" : "\n" + "  ".repeat(indent) + "]");
        } else {
            string(b, v.toString());
        }
    }

    /** Fractions keep six decimals: enough for any rate, short enough to read. */
    private static String round(double d) {
        String s = String.format(java.util.Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    private static void string(StringBuilder b, String s) {
        b.append(RecordJson.quote(s));
    }
}
