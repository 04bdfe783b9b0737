package org.xinye.ledger.io.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Text;

/**
 * Header matching. Senders write the same column a dozen ways: {@code 身份证号码（18位）},
 * {@code * 姓 名}, {@code 乡镇（街道）}, {@code 所在街道/乡镇}; after normalization (NFKC, no
 * spaces, no asterisks or slashes, lower case) a header is tried with its bracket text kept and
 * then with it dropped.
 */
public final class Headers {
    private static final Set<String> SEQUENCE = Set.of("序号", "编号", "顺序号", "序", "no", "no.", "#", "行号");
    private static final Map<ImportType, Map<String, Field>> INDEX = new EnumMap<>(ImportType.class);

    static {
        for (ImportType t : ImportType.values()) {
            Map<String, Field> m = new HashMap<>();
            for (Field f : Field.of(t)) {
                for (String s : f.synonyms()) {
                    m.putIfAbsent(s, f);
                }
            }
            INDEX.put(t, m);
        }
    }

    private Headers() {
    }

    /** NFKC, no whitespace, no asterisks, colons or slashes, brackets removed but their text kept, lower case. */
    public static String normalize(String header) {
        return strip(header, false);
    }

    private static String strip(String header, boolean dropBracketText) {
        String s = Text.compact(header).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '【' || c == '〔' || c == '<' || c == '《') {
                depth++;
            } else if (c == ')' || c == ']' || c == '】' || c == '〕' || c == '>' || c == '》') {
                depth = Math.max(0, depth - 1);
            } else if (c == '*' || c == '※' || c == ':' || c == '：' || c == '/' || c == '\\' || c == '、' || c == '|') {
                continue;
            } else if (depth == 0 || !dropBracketText) {
                b.append(c);
            }
        }
        String out = b.toString();
        for (String note : new String[] {"必填", "选填", "可选", "必须"}) {
            if (out.length() > note.length() && (out.endsWith(note) || out.startsWith(note))) {
                out = out.endsWith(note) ? out.substring(0, out.length() - note.length()) : out.substring(note.length());
            }
        }
        return out;
    }

    /** The field a header names for this import type, or null. */
    public static Field match(ImportType type, String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Map<String, Field> index = INDEX.get(type);
        Field f = index.get(strip(header, false));
        return f != null ? f : index.get(strip(header, true));
    }

    /** A 序号/No. column: row numbers of the sender's own, never imported. */
    public static boolean isSequence(String header) {
        return header != null && SEQUENCE.contains(strip(header, true));
    }
}
