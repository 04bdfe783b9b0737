package org.xinye.ledger.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.xinye.ledger.domain.DesignationKind;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * Turns logged JSON into what a history line says: field labels, enum labels, names instead
 * of ids, personal numbers masked (while the ledger's privacy setting is on, as everywhere
 * else), and one line per linked row added, removed or changed.
 */
final class HistoryFormat {
    private static final Set<String> SKIPPED = Set.of("id", "created_at", "updated_at", "name_key", "name_py");
    private static final Set<String> FLAGS = Set.of("in_scope", "party_in_charter", "cross_appointment", "has_union",
            "has_youth_league", "has_womens_federation", "active", "full_time");
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("enterprise.kind", EnterpriseKind.class),
            Map.entry("enterprise.industry", Industry.class),
            Map.entry("enterprise.status", OperatingStatus.class),
            Map.entry("party_org.level", OrgLevel.class),
            Map.entry("party_org.form", OrgForm.class),
            Map.entry("worker.gender", Gender.class),
            Map.entry("worker.occupation", Occupation.class),
            Map.entry("worker.political_status", PoliticalStatus.class),
            Map.entry("worker.status", WorkerStatus.class),
            Map.entry("instructor.role", InstructorRole.class),
            Map.entry("station.kind", StationKind.class),
            Map.entry("membership.relation_status", RelationStatus.class),
            Map.entry("designation.kind", DesignationKind.class),
            Map.entry("worker_source.source", ImportSource.class));

    private final Connection c;
    private final boolean mask;
    private final Map<String, String> names = new HashMap<>();

    /** @param mask whether personal numbers are masked (the privacy setting, or an export's choice) */
    HistoryFormat(Connection c, boolean mask) {
        this.c = c;
        this.mask = mask;
    }

    /** A record's fields before and after, and its linked rows added, removed or changed. */
    record Diff(List<AuditLine.FieldChange> fields, List<String> links) {
    }

    @SuppressWarnings("unchecked")
    Diff describe(Aggregate owner, Map<String, Object> before, Map<String, Object> after) {
        List<AuditLine.FieldChange> fields = new ArrayList<>();
        List<String> links = new ArrayList<>();
        boolean deleted = after == null && before != null;
        if (!deleted && after != null) {
            Map<String, Object> b = before == null ? Map.of() : (Map<String, Object>) before.getOrDefault("row", Map.of());
            Map<String, Object> a = (Map<String, Object>) after.getOrDefault("row", Map.of());
            for (String col : a.keySet()) {
                if (SKIPPED.contains(col) || Objects.equals(b.get(col), a.get(col))) {
                    continue;
                }
                if (before == null && a.get(col) == null) {
                    continue;
                }
                fields.add(new AuditLine.FieldChange(Messages.get("field." + col), value(owner.table(), col, b.get(col)),
                        value(owner.table(), col, a.get(col))));
            }
            Map<String, Object> bp = before == null ? Map.of() : (Map<String, Object>) before.getOrDefault("parts", Map.of());
            Map<String, Object> ap = (Map<String, Object>) after.getOrDefault("parts", Map.of());
            for (Aggregate.Part p : owner.parts()) {
                links.addAll(partChanges(owner, p.table(), (List<Object>) bp.getOrDefault(p.table(), List.of()),
                        (List<Object>) ap.getOrDefault(p.table(), List.of())));
            }
        }
        return new Diff(fields, links);
    }

    /** The JSON object an entry holds, or null when it holds none (other kinds of entry log other shapes). */
    static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return RecordJson.parseObject(json);
        } catch (IllegalArgumentException notOurs) {
            // Entries written by other parts of the app may log other shapes; they show without details.
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> partChanges(Aggregate owner, String table, List<Object> before, List<Object> after) {
        Map<String, Map<String, Object>> b = byKey(table, before);
        Map<String, Map<String, Object>> a = byKey(table, after);
        List<String> out = new ArrayList<>();
        String label = Messages.get("history.table." + table);
        for (var entry : a.entrySet()) {
            Map<String, Object> old = b.get(entry.getKey());
            if (old == null) {
                out.add(Messages.get("history.part.added", label, row(owner, table, entry.getValue())));
            } else if (!old.equals(entry.getValue())) {
                out.add(Messages.get("history.part.changed", label, row(owner, table, entry.getValue())));
            }
        }
        for (var entry : b.entrySet()) {
            if (!a.containsKey(entry.getKey())) {
                out.add(Messages.get("history.part.removed", label, row(owner, table, entry.getValue())));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byKey(String table, List<Object> rows) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Object o : rows) {
            Map<String, Object> r = (Map<String, Object>) o;
            StringBuilder key = new StringBuilder();
            for (String col : Aggregate.orderOf(table).split(", ")) {
                key.append(r.get(col)).append('|');
            }
            out.put(key.toString(), r);
        }
        return out;
    }

    private String row(Aggregate owner, String table, Map<String, Object> r) {
        List<String> bits = new ArrayList<>();
        switch (table) {
            case "org_coverage" -> bits.add(owner == Aggregate.ENTERPRISE ? name("party_org", r.get("org_id"))
                    : name("enterprise", r.get("enterprise_id")));
            case "assignment" -> {
                bits.add(owner == Aggregate.ENTERPRISE ? name("instructor", r.get("instructor_id"))
                        : name("enterprise", r.get("enterprise_id")));
                bits.add(period(r.get("from_date"), r.get("to_date")));
            }
            case "visit" -> {
                bits.add(text(r.get("visit_date")));
                bits.add(owner == Aggregate.ENTERPRISE ? name("instructor", r.get("instructor_id"))
                        : name("enterprise", r.get("enterprise_id")));
                bits.add(text(r.get("note")));
            }
            case "employment" -> {
                bits.add(r.get("enterprise_id") != null ? name("enterprise", r.get("enterprise_id")) : text(r.get("employer_text")));
                bits.add(period(r.get("start_date"), r.get("end_date")));
            }
            case "membership" -> {
                bits.add(value(table, "relation_status", r.get("relation_status")));
                bits.add(r.get("org_id") != null ? name("party_org", r.get("org_id"))
                        : r.get("org_text") != null ? text(r.get("org_text")) : text(r.get("home_org")));
            }
            case "org_life" -> {
                bits.add(owner == Aggregate.WORKER ? name("party_org", r.get("org_id")) : name("worker", r.get("worker_id")));
                bits.add(period(r.get("from_date"), r.get("to_date")));
            }
            case "double_report" -> {
                bits.add(text(r.get("community_name")));
                bits.add(text(r.get("report_date")));
            }
            case "designation" -> {
                bits.add(value(table, "kind", r.get("kind")));
                bits.add(text(r.get("title")));
                bits.add(text(r.get("year")));
            }
            case "worker_source" -> bits.add(value(table, "source", r.get("source")));
            default -> bits.add(r.toString());
        }
        bits.removeIf(String::isEmpty);
        return String.join(" · ", bits);
    }

    private static String period(Object from, Object to) {
        if (from == null && to == null) {
            return "";
        }
        return to == null ? Messages.get("history.since", text(from)) : Messages.get("history.period", text(from), text(to));
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    String value(String table, String col, Object v) {
        if (v == null || v.toString().isEmpty()) {
            return Messages.get("history.empty");
        }
        if (FLAGS.contains(col)) {
            return Messages.get(Long.valueOf(1).equals(v) ? "value.yes" : "value.no");
        }
        Class<? extends Enum<?>> type = ENUMS.get(table + "." + col);
        if (type != null) {
            try {
                return Messages.label(Enum.valueOf((Class) type, v.toString()));
            } catch (IllegalArgumentException unknown) {
                return v.toString();
            }
        }
        return switch (col) {
            case "id_number" -> mask ? Masking.idNumber(v.toString()) : v.toString();
            // A credit code may be 18 digits, which free-text masking would take for an ID number.
            case "credit_code" -> v.toString();
            case "parent_id" -> name(table, v);
            case "employer_id" -> name("enterprise", v);
            case "org_id" -> name("party_org", v);
            case "township_code", "region_code", "community_code" -> regionName(v.toString());
            // Contacts and notes are free text: "王经理 13812345678", an old ID number in a note.
            default -> mask ? Masking.inText(v.toString()) : v.toString();
        };
    }

    private String name(String table, Object id) {
        if (id == null) {
            return "";
        }
        return names.computeIfAbsent(table + "#" + id, k -> Sql.one(c, "SELECT name FROM " + table + " WHERE id = ?",
                rs -> rs.getString(1), id instanceof Number n ? n.longValue() : id.toString())
                .orElse(Messages.get("history.gone", id)));
    }

    private String regionName(String code) {
        return names.computeIfAbsent("region#" + code, k -> Sql.one(c, "SELECT name FROM region WHERE code = ?",
                rs -> rs.getString(1), code).orElse(code));
    }
}
