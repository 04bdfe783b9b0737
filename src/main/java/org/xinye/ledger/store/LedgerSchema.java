package org.xinye.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sqlite.SQLiteConnection;
import org.xinye.ledger.store.SchemaCheck.Change;
import org.xinye.ledger.store.SchemaCheck.Difference;

/**
 * The exact schema of every data version, and the comparison of a database with it. The
 * expected schema is not a list kept by hand: it is what the app's own migrations create in
 * an empty in-memory database, read back from {@code sqlite_schema}, once per version per
 * process. A file matches when it holds the same objects (tables, indexes, views, triggers)
 * with the same definitions, compared as SQL text (as stored, else with comments, spacing and
 * letter case outside string literals taken out). Columns ({@code pragma table_xinfo}) are
 * compared one by one only to say what differs in a changed table.
 */
public final class LedgerSchema {
    private static final Map<Integer, Snapshot> EXPECTED = new ConcurrentHashMap<>();
    private static final Map<Integer, Map<String, List<Column>>> COLUMNS = new ConcurrentHashMap<>();

    private LedgerSchema() {
    }

    /** One column as {@code pragma table_xinfo} describes it. */
    record Column(String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
        String definition() {
            StringBuilder b = new StringBuilder(type.isEmpty() ? "ANY" : type);
            if (pk > 0) {
                b.append(" PRIMARY KEY");
            }
            if (notNull) {
                b.append(" NOT NULL");
            }
            if (defaultValue != null) {
                b.append(" DEFAULT ").append(defaultValue);
            }
            if (hidden > 1) {
                b.append(" GENERATED");
            }
            return b.toString();
        }
    }

    /** One row of {@code sqlite_schema}, its SQL as stored. */
    record SchemaObject(String type, String name, String table, String sql) {
        String key() {
            return key(type, name);
        }

        static String key(String type, String name) {
            return type + ":" + name.toLowerCase(Locale.ROOT);
        }

        /** The same definition: the same text, or the same once spacing, comments and case are taken out. */
        boolean sameDefinition(SchemaObject other) {
            return table.equalsIgnoreCase(other.table) && (Objects.equals(sql, other.sql)
                    || Objects.equals(normalize(sql), normalize(other.sql)));
        }
    }

    /** A schema: its objects by {@link SchemaObject#key()}. */
    record Snapshot(int version, Map<String, SchemaObject> objects) {
    }

    /** The schema the app's migrations leave at {@code version}, built on first use. */
    static Snapshot expected(int version) {
        return EXPECTED.computeIfAbsent(version, v -> new Snapshot(v, build(v, LedgerSchema::objects)));
    }

    /** The schema this build writes. */
    static Snapshot current() {
        return expected(Migrations.current());
    }

    /** The columns of a table of the schema at {@code version}; empty when it has no such table. */
    static List<Column> expectedColumns(int version, String table) {
        return COLUMNS.computeIfAbsent(version, v -> build(v, c -> {
            Map<String, List<Column>> out = new LinkedHashMap<>();
            for (SchemaObject o : objects(c).values()) {
                if (o.type().equals("table")) {
                    out.put(o.name().toLowerCase(Locale.ROOT), List.copyOf(columns(c, o.name())));
                }
            }
            return Collections.unmodifiableMap(out);
        })).getOrDefault(table.toLowerCase(Locale.ROOT), List.of());
    }

    /** The {@code CREATE INDEX} statements of a table's indexes that are not unique, as the migrations wrote them. */
    static Map<String, String> secondaryIndexes(String table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SchemaObject o : current().objects().values()) {
            if (o.type().equals("index") && o.table().equalsIgnoreCase(table) && o.sql() != null
                    && !normalize(o.sql()).startsWith("create unique")) {
                out.put(o.name(), o.sql());
            }
        }
        return out;
    }

    /**
     * Runs the migrations up to {@code version} on an empty in-memory database and reads what
     * they made. The statements go to SQLite as one script (one call instead of one per
     * statement: this runs on every start), in the form {@link Migrations#split} gives them,
     * so the text SQLite keeps is the text it keeps in a ledger file.
     */
    private static <T> T build(int version, Function<Connection, T> read) {
        StringBuilder script = new StringBuilder();
        for (Migrations.Migration m : Migrations.all()) {
            if (m.version() <= version) {
                Migrations.split(m.sql()).forEach(st -> script.append(st).append('\n'));
            }
        }
        try (Connection c = Connections.memory()) {
            if (((SQLiteConnection) c).getDatabase()._exec(script.toString()) != 0) {
                throw new SQLException("script failed");
            }
            return read.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the app's own migrations do not apply to an empty database", e);
        }
    }

    /**
     * Compares the database on {@code c} with the ledger schema of its data version
     * ({@code user_version}). Reads only; a schema SQLite cannot parse throws
     * {@link StoreException} (damaged).
     */
    public static SchemaCheck verify(Connection c) {
        int version = (int) Sql.count(c, "PRAGMA user_version");
        if (version > Migrations.current()) {
            throw new StoreException(StoreException.Kind.NEWER_VERSION, "store.newerVersion", null, "",
                    version, Migrations.current());
        }
        return compare(c, expected(version));
    }

    /** Compares the database on {@code c} with the schema of {@code version}, whatever its {@code user_version} says. */
    static SchemaCheck verify(Connection c, int version) {
        return compare(c, expected(version));
    }

    /**
     * Refuses, naming each foreign, missing or changed object, a database that is not exactly
     * a ledger of its version. {@code messageKey} words the refusal for where the file came from
     * ({0} the file, {1} the list of differences).
     */
    static void requireExact(Connection c, Path file, String messageKey) {
        SchemaCheck check = verify(c);
        if (!check.ok()) {
            throw new StoreException(StoreException.Kind.FOREIGN, messageKey, null, file, check.listing());
        }
    }

    private static SchemaCheck compare(Connection c, Snapshot want) {
        Map<String, SchemaObject> have = objects(c);
        List<Difference> out = new ArrayList<>();
        for (SchemaObject w : want.objects().values()) {
            SchemaObject h = have.get(w.key());
            if (h == null) {
                out.add(new Difference(Change.MISSING, w.type(), w.name(), w.table(), null, null));
            } else if (!w.sameDefinition(h)) {
                out.addAll(changed(c, want, w, h));
            }
        }
        for (SchemaObject h : have.values()) {
            if (!want.objects().containsKey(h.key())) {
                out.add(new Difference(Change.FOREIGN, h.type(), h.name(), h.table(), null, null));
            }
        }
        return new SchemaCheck(want.version(), out);
    }

    /** A changed table is described column by column; any other object, or a table whose columns agree, as a whole. */
    private static List<Difference> changed(Connection c, Snapshot want, SchemaObject w, SchemaObject h) {
        List<Difference> out = new ArrayList<>();
        if (w.type().equals("table")) {
            Map<String, Column> wanted = byName(expectedColumns(want.version(), w.name()));
            Map<String, Column> found = byName(columns(c, h.name()));
            for (Column col : wanted.values()) {
                Column f = found.get(col.name().toLowerCase(Locale.ROOT));
                if (f == null) {
                    out.add(new Difference(Change.MISSING, "column", col.name(), w.name(), col.definition(), null));
                } else if (!col.definition().equalsIgnoreCase(f.definition())) {
                    out.add(new Difference(Change.CHANGED, "column", col.name(), w.name(), col.definition(),
                            f.definition()));
                }
            }
            for (Column f : found.values()) {
                if (!wanted.containsKey(f.name().toLowerCase(Locale.ROOT))) {
                    out.add(new Difference(Change.FOREIGN, "column", f.name(), w.name(), null, f.definition()));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Difference(Change.CHANGED, w.type(), h.name(), h.table(), null, null));
        }
        return out;
    }

    private static Map<String, Column> byName(List<Column> columns) {
        Map<String, Column> m = new LinkedHashMap<>();
        columns.forEach(col -> m.put(col.name().toLowerCase(Locale.ROOT), col));
        return m;
    }

    private static Map<String, SchemaObject> objects(Connection c) {
        Map<String, SchemaObject> out = new LinkedHashMap<>();
        for (SchemaObject o : Sql.list(c, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name",
                rs -> new SchemaObject(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)),
                        String.valueOf(rs.getString(3)), rs.getString(4)))) {
            out.put(o.key(), o);
        }
        return out;
    }

    private static List<Column> columns(Connection c, String table) {
        return Sql.list(c, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)",
                rs -> new Column(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)), rs.getInt(3) != 0,
                        rs.getString(4), rs.getInt(5), rs.getInt(6)), table);
    }

    /**
     * SQL text as a comparable string: comments removed, runs of white space dropped (one
     * space kept only between two words), letters lower-cased except inside string literals.
     * SQLite keeps the text of each {@code CREATE} as written, so two files made by the same
     * migrations give the same string, whatever tool later copied them.
     */
    static String normalize(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(sql.length());
        int n = sql.length();
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                gap = true;
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                gap = true;
            } else if (Character.isWhitespace(ch)) {
                gap = true;
            } else {
                if (gap && b.length() > 0 && isWord(b.charAt(b.length() - 1)) && isWord(ch)) {
                    b.append(' ');
                }
                gap = false;
                if (ch == '\'') {
                    int end = i + 1;
                    while (end < n && !(sql.charAt(end) == '\'' && (end + 1 >= n || sql.charAt(end + 1) != '\''))) {
                        end += sql.charAt(end) == '\'' ? 2 : 1;
                    }
                    b.append(sql, i, Math.min(n, end + 1));
                    i = end;
                } else {
                    // ASCII only, as SQLite folds the case of names.
                    b.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
                }
            }
        }
        return b.toString();
    }

    private static boolean isWord(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '$' || ch == '\'' || ch == '"' || ch == '`'
                || ch == ']' || ch == '[';
    }
}
