package org.xinye.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xinye.ledger.domain.Messages;

/**
 * How a database's structure compares with the ledger schema of its data version
 * ({@link LedgerSchema#verify}): every object (table, column, index, view, trigger) that is
 * foreign, missing or changed. An empty list means the file holds exactly what this app's
 * migrations create, and nothing else.
 */
public record SchemaCheck(int version, List<Difference> differences) {
    /** How many differences a refusal names before it says how many more there are. */
    public static final int NAMED = 12;
    /** The kinds of object a difference names; anything else in a file's schema is printed as it stands. */
    static final List<String> TYPES = List.of("table", "column", "index", "view", "trigger");

    public SchemaCheck {
        differences = List.copyOf(differences);
    }

    /** What happened to an object. */
    public enum Change {
        /** In the file, not in the ledger schema: added by someone else. */
        FOREIGN,
        /** In the ledger schema, not in the file. */
        MISSING,
        /** In both, defined differently. */
        CHANGED
    }

    /**
     * One difference. {@code type} is {@code table}, {@code column}, {@code index}, {@code view}
     * or {@code trigger}; {@code table} the table it belongs to (for a table itself, its own
     * name); for a changed column, {@code expected} and {@code found} are its definitions.
     */
    public record Difference(Change change, String type, String name, String table, String expected, String found) {
        /** One line naming the object and what is wrong with it, in the user's language. */
        public String describe() {
            String kind = TYPES.contains(type) ? Messages.get("schema.type." + type) : shown(type);
            String shownName = shown(name);
            String on = table == null || table.equalsIgnoreCase(name) || "column".equals(type) ? ""
                    : Messages.get("schema.onTable", shown(table));
            if ("column".equals(type)) {
                return switch (change) {
                    case FOREIGN -> Messages.get("schema.diff.columnForeign", shown(table), shownName);
                    case MISSING -> Messages.get("schema.diff.columnMissing", shown(table), shownName);
                    case CHANGED -> Messages.get("schema.diff.columnChanged", shown(table), shownName, shown(expected),
                            shown(found));
                };
            }
            return Messages.get("schema.diff." + change.name().toLowerCase(Locale.ROOT), kind, shownName, on);
        }
    }

    public boolean ok() {
        return differences.isEmpty();
    }

    /** The differences as lines, the first {@link #NAMED} of them and a last line counting the rest. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < differences.size() && i < NAMED; i++) {
            out.add(differences.get(i).describe());
        }
        if (differences.size() > NAMED) {
            out.add(Messages.get("schema.diff.more", differences.size() - NAMED));
        }
        return out;
    }

    /** The lines as one block for a message, each on its own line after a bullet. */
    public String listing() {
        StringBuilder b = new StringBuilder();
        for (String line : lines()) {
            b.append("\n  • ").append(line);
        }
        return b.toString();
    }

    /**
     * A name taken from a file, fit to print: control characters (which could forge further
     * lines of a message) become {@code ?}, and a long name is cut.
     */
    static String shown(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(80).forEach(cp -> b.appendCodePoint(Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR ? '?' : cp));
        return s.codePointCount(0, s.length()) > 80 ? b + "…" : b.toString();
    }
}
