package org.xinye.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ordered schema migrations from {@code store/migration/}: {@code index.txt} lists them
 * (a jar cannot be listed portably); {@code V007__what.sql} leaves the schema at version 7.
 */
final class Migrations {
    private static final String FOLDER = "/org/xinye/ledger/store/migration/";
    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    record Migration(int version, String name, String sql) {
    }

    private static final List<Migration> ALL = load();

    private Migrations() {
    }

    static List<Migration> all() {
        return ALL;
    }

    /** The schema version this build writes. */
    static int current() {
        return ALL.get(ALL.size() - 1).version();
    }

    private static List<Migration> load() {
        List<Migration> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (!out.isEmpty() && version <= out.get(out.size() - 1).version()) {
                throw new IllegalStateException("migrations out of order at " + name);
            }
            out.add(new Migration(version, name, resource(name)));
        }
        return List.copyOf(out);
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the migrations after {@code from} on a connection already inside a transaction. */
    static void applyAfter(Connection c, int from, int to) throws SQLException {
        for (Migration m : ALL) {
            if (m.version() > from && m.version() <= to) {
                try (Statement st = c.createStatement()) {
                    for (String stmt : split(m.sql())) {
                        st.execute(stmt);
                    }
                    st.execute("PRAGMA user_version = " + m.version());
                }
            }
        }
    }

    /**
     * Brings a ledger at schema version {@code from} up to {@link #current}, one migration per
     * transaction, so a failure leaves the file at the last version reached. The structure was
     * compared with its version's on opening; after each step it must be exactly that step's
     * schema, or the step rolls back.
     */
    static void upgrade(Connection c, int from, Path file) throws SQLException {
        int to = current();
        for (int v = from + 1; v <= to; v++) {
            final int step = v;
            if (ALL.stream().noneMatch(m -> m.version() == step)) {
                continue;
            }
            c.setAutoCommit(false);
            try {
                applyAfter(c, step - 1, step);
                SchemaCheck after = LedgerSchema.verify(c, step);
                if (!after.ok()) {
                    throw new StoreException(StoreException.Kind.FOREIGN, "schema.refused.migrate", null, file,
                            after.listing());
                }
                c.commit();
                LOG.log(System.Logger.Level.INFO, "migrated ledger to schema version {0}", step);
            } catch (SQLException | RuntimeException e) {
                Connections.rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Splits a script into statements at semicolons outside quotes and comments; a
     * CREATE TRIGGER body runs to its END.
     */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                cur.append('\n');
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = script.indexOf(c, i + 1);
                end = end < 0 ? n - 1 : end;
                cur.append(script, i, end + 1);
                i = end;
                continue;
            }
            cur.append(c);
            if (c == ';') {
                String s = cur.toString().trim();
                String upper = s.toUpperCase(Locale.ROOT);
                boolean trigger = upper.startsWith("CREATE TRIGGER") || upper.startsWith("CREATE TEMP TRIGGER");
                if (!trigger || upper.replaceAll("\\s+", " ").endsWith("END;")) {
                    out.add(s);
                    cur.setLength(0);
                }
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().trim());
        }
        return out;
    }
}
