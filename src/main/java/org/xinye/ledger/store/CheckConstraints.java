package org.xinye.ledger.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQLite's {@code quick_check} of a file from elsewhere, with its CHECK constraints tested table by
 * table in one query each instead of row by row: {@code quick_check} builds a temporary b-tree
 * for every {@code IN (...)} list of a CHECK constraint anew for each row it tests, which was four
 * fifths of the check of a 100,000-worker submission; a query over the table builds it once. The
 * same rows fail: a row breaks a CHECK constraint when its expression is false (not when NULL),
 * and {@code WHERE NOT (expression)} selects exactly those rows. The expressions come from the
 * app's own migrations ({@link LedgerSchema#current()}), never from the file, and are only run on a
 * file whose schema has been verified equal to them ({@link LedgerSchema#verify}).
 */
public final class CheckConstraints {
    private static volatile Map<String, List<String>> current;

    private CheckConstraints() {
    }

    /**
     * {@code quick_check} of pages, structure and NOT NULL, then every CHECK constraint of every
     * table; {@code ["ok"]} for a sound file, else what was found. Only on a file whose schema is
     * this build's schema, verified.
     */
    public static List<String> quickCheck(Connection c) {
        Sql.update(c, "PRAGMA cell_size_check = OFF");
        Sql.update(c, "PRAGMA ignore_check_constraints = ON");
        List<String> found;
        try {
            found = Sql.list(c, "PRAGMA quick_check", rs -> rs.getString(1));
        } finally {
            Sql.update(c, "PRAGMA ignore_check_constraints = OFF");
            Sql.update(c, "PRAGMA cell_size_check = ON");
        }
        if (!Connections.isOk(found)) {
            return found;
        }
        List<String> broken = new ArrayList<>();
        for (var table : current().entrySet()) {
            StringBuilder where = new StringBuilder();
            for (String check : table.getValue()) {
                where.append(where.length() == 0 ? "" : " OR ").append("NOT (").append(check).append(")");
            }
            long rows = Sql.count(c, "SELECT COUNT(*) FROM \"" + table.getKey() + "\" WHERE " + where);
            if (rows > 0) {
                broken.add("CHECK constraint failed in " + table.getKey() + ": " + rows + " rows");
            }
        }
        return broken.isEmpty() ? found : broken;
    }

    /** Table → the expressions of its CHECK constraints, of the schema this build writes. */
    static Map<String, List<String>> current() {
        Map<String, List<String>> checks = current;
        if (checks == null) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (LedgerSchema.SchemaObject o : LedgerSchema.current().objects().values()) {
                if (o.type().equals("table") && o.sql() != null) {
                    List<String> found = of(o.sql());
                    if (!found.isEmpty()) {
                        out.put(o.name(), List.copyOf(found));
                    }
                }
            }
            current = checks = Collections.unmodifiableMap(out);
        }
        return checks;
    }

    /** The expressions inside the {@code CHECK (...)} clauses of a {@code CREATE TABLE} statement. */
    static List<String> of(String createTable) {
        List<String> out = new ArrayList<>();
        String lower = createTable.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < createTable.length()) {
            char ch = createTable.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                i = skipQuoted(createTable, i);
            } else if (lower.startsWith("--", i)) {
                int end = createTable.indexOf('\n', i);
                i = end < 0 ? createTable.length() : end + 1;
            } else if (lower.startsWith("/*", i)) {
                int end = createTable.indexOf("*/", i + 2);
                i = end < 0 ? createTable.length() : end + 2;
            } else if (lower.startsWith("check", i) && (i == 0 || !isWord(createTable.charAt(i - 1)))
                    && (i + 5 >= createTable.length() || !isWord(createTable.charAt(i + 5)))) {
                int open = i + 5;
                while (open < createTable.length() && Character.isWhitespace(createTable.charAt(open))) {
                    open++;
                }
                if (open >= createTable.length() || createTable.charAt(open) != '(') {
                    throw new IllegalStateException("CHECK without an expression in: " + createTable);
                }
                int close = closing(createTable, open);
                out.add(createTable.substring(open + 1, close).trim());
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index of the parenthesis that closes the one at {@code open}, quotes and comments skipped. */
    private static int closing(String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                i = skipQuoted(sql, i);
                continue;
            }
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalStateException("unbalanced CHECK in: " + sql);
    }

    /** The index after a quoted string or name starting at {@code start} (a doubled quote stays inside). */
    private static int skipQuoted(String sql, int start) {
        char close = sql.charAt(start) == '[' ? ']' : sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isWord(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }
}
