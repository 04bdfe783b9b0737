package org.xinye.ledger.store;

import java.util.List;

/**
 * A record as the user edits it, with everything its deletion would take along: the rows
 * that cascade with it ({@link Part}s) and the references to it that SQLite sets to null
 * ({@link Ref}s). Capturing and restoring exactly this set is what makes an edit undoable,
 * a deleted unit coming back with its org links, assignments and visits.
 * {@code AggregateTest} holds the lists to the schema's foreign keys.
 */
public enum Aggregate {
    ENTERPRISE("enterprise",
            List.of(new Part("org_coverage", "enterprise_id"), new Part("assignment", "enterprise_id"),
                    new Part("visit", "enterprise_id"), new Part("city_difference", "enterprise_id")),
            List.of(new Ref("worker", "employer_id", "id"), new Ref("employment", "enterprise_id", "id"),
                    new Ref("enterprise", "parent_id", "id"))),
    PARTY_ORG("party_org",
            List.of(new Part("org_coverage", "org_id"), new Part("org_life", "org_id"),
                    new Part("double_report", "org_id")),
            List.of(new Ref("party_org", "parent_id", "id"), new Ref("membership", "org_id", "worker_id"))),
    WORKER("worker",
            List.of(new Part("employment", "worker_id"), new Part("membership", "worker_id"),
                    new Part("org_life", "worker_id"), new Part("double_report", "worker_id"),
                    new Part("designation", "worker_id"), new Part("worker_source", "worker_id"),
                    new Part("city_difference", "worker_id")),
            List.of()),
    INSTRUCTOR("instructor",
            List.of(new Part("assignment", "instructor_id"), new Part("visit", "instructor_id")),
            List.of()),
    STATION("station", List.of(), List.of());

    /** Rows of {@code table} whose {@code column} holds the record's id; they go when it goes. */
    public record Part(String table, String column) {
    }

    /** Rows of {@code table} (keyed by {@code key}) whose {@code column} points at the record; set to null when it goes. */
    public record Ref(String table, String column, String key) {
    }

    private final String table;
    private final List<Part> parts;
    private final List<Ref> refs;

    Aggregate(String table, List<Part> parts, List<Ref> refs) {
        this.table = table;
        this.parts = parts;
        this.refs = refs;
    }

    /** The root table; also the entity name in the audit log. */
    public String table() {
        return table;
    }

    public List<Part> parts() {
        return parts;
    }

    public List<Ref> refs() {
        return refs;
    }

    public static Aggregate ofTable(String table) {
        for (Aggregate a : values()) {
            if (a.table.equals(table)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no aggregate for " + table);
    }

    /** The ORDER BY that lists a table's rows in a stable order. */
    static String orderOf(String table) {
        return switch (table) {
            case "org_coverage" -> "org_id, enterprise_id";
            case "membership" -> "worker_id";
            case "worker_source" -> "worker_id, source";
            default -> "id";
        };
    }
}
