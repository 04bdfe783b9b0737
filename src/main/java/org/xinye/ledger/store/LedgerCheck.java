package org.xinye.ledger.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} reports: schema version, structure (every object that differs from the
 * ledger schema of that version), integrity, foreign keys and row counts; read-only. The rows
 * of a file whose structure differs are not counted: counting would run what was planted.
 */
public final class LedgerCheck {
    private static final List<String> TABLES = List.of("region", "enterprise", "party_org", "org_coverage", "worker",
            "employment", "membership", "org_life", "double_report", "designation", "instructor", "assignment",
            "visit", "station", "coverage_snapshot", "import_batch", "worker_source", "audit_log");

    private LedgerCheck() {
    }

    public record Report(Path file, int schemaVersion, int appSchemaVersion, SchemaCheck structure,
                         List<String> integrity, List<String> foreignKeys, Map<String, Long> counts) {
        public boolean ok() {
            return structure.ok() && integrity.size() == 1 && "ok".equals(integrity.get(0)) && foreignKeys.isEmpty();
        }
    }

    /** Checks a file without changing it; refusals (not a ledger, truncated, newer) throw {@link StoreException}. */
    public static Report run(Path file) {
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.INSPECT)) {
            return ledger.read(s -> {
                var c = s.connection();
                SchemaCheck structure = LedgerSchema.verify(c);
                List<String> integrity = Sql.list(c, "PRAGMA integrity_check", rs -> rs.getString(1));
                List<String> fks = Sql.list(c, "PRAGMA foreign_key_check",
                        rs -> rs.getString("table") + " rowid " + rs.getLong("rowid") + " → " + rs.getString("parent"));
                Map<String, Long> counts = new LinkedHashMap<>();
                if (structure.ok()) {
                    for (String t : TABLES) {
                        counts.put(t, Sql.count(c, "SELECT COUNT(*) FROM " + t));
                    }
                }
                return new Report(ledger.file(), s.userVersion(), Ledger.schemaVersion(), structure, integrity, fks,
                        counts);
            });
        }
    }
}
