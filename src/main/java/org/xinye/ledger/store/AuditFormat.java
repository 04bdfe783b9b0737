package org.xinye.ledger.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.AuditEntry;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;

/**
 * Writes each audit entry as a sentence (see {@link AuditLine}). An entry about a record names
 * it (a person by name and masked ID number) and lists its fields before and after; an entry
 * about the whole ledger (an import and its undo, an export, the demo data, a restore, a region
 * list, a submission, a roll-up) gives its counts. No JSON and no internal code reaches the
 * reader: an entry of a kind this class does not know yet still reads as its action, its
 * object and the facts it has a label for ({@code audit.key.*}).
 */
public final class AuditFormat {
    /**
     * The facts each whole-ledger event puts into its sentence ({@code audit.sentence.ENTITY.ACTION}),
     * in the pattern's order.
     */
    private static final Map<String, List<String>> SENTENCES = Map.ofEntries(
            kind("import_batch", "IMPORT", List.of("type", "file", "rows", "inserted", "updated", "unchanged",
                    "rejected")),
            kind("import_batch", "UNDO", List.of("file", "deleted", "restored")),
            kind("export", "EXPORT", List.of("table", "rows", "file")),
            kind("export", "EXPORT_UNMASKED", List.of("table", "rows", "file")),
            kind("ledger", "RESTORE", List.of("from", "backup")),
            kind("ledger", "DEMO", List.of("units", "orgs", "instructors", "stations", "workers", "partyMembers")),
            kind("ledger", "SUBMIT", List.of("scope", "period", "units", "workers", "file")),
            kind("ledger", "SCOPE", List.of("scope")),
            kind("region", "IMPORT", List.of("file", "regions", "added", "updated", "removed")),
            kind("rollup", "ROLLUP", List.of("submissions", "units", "workers")),
            kind("rollup", "ROLLUP_UNDO", List.of("submissions")),
            kind("city_difference", "IMPORT", List.of("file", "period", "rows", "unmatched")),
            kind("setting", "MASKING_ON", List.of()),
            kind("setting", "MASKING_OFF", List.of()));
    private static Map.Entry<String, List<String>> kind(String entity, String action, List<String> facts) {
        return Map.entry(entity + "." + action, facts);
    }

    /** Facts whose value is a code, shown by its label {@code prefix.CODE}. */
    private static final Map<String, String> CODES = Map.of("type", "import.ui.type", "table", "export.table",
            "source", "enum.ImportSource");

    private final Session s;
    private final HistoryFormat history;
    private final boolean mask;

    /** Masks personal numbers while the ledger's privacy setting is on, as everywhere in the window. */
    public AuditFormat(Session s) {
        this(s, Privacy.masking(s));
    }

    /** @param mask whether to mask personal numbers in values (a record's name always shows the ID masked) */
    public AuditFormat(Session s, boolean mask) {
        this.s = s;
        this.mask = mask;
        this.history = new HistoryFormat(s.connection(), mask);
    }

    /** The entry as a sentence; {@code undoneBy} is the entry that undid it, if any. */
    public AuditLine line(AuditEntry e, Long changeId, Long undoneBy) {
        Aggregate record = aggregate(e.entity());
        if (record != null) {
            // Parsed once: a person's logged aggregate holds every part of the record.
            Map<String, Object> before = HistoryFormat.parse(e.before());
            Map<String, Object> after = HistoryFormat.parse(e.after());
            HistoryFormat.Diff diff = history.describe(record, before, after);
            String subject = subject(record, after != null ? after : before, e.entityId());
            String entity = Messages.has("audit.noun." + e.entity()) ? Messages.get("audit.noun." + e.entity())
                    : Messages.auditEntity(e.entity());
            String key = "audit.sentence." + e.action();
            String sentence = Messages.has(key) ? Messages.get(key, entity, subject)
                    : Messages.get("audit.sentence.record", Messages.auditAction(e.action()), entity, subject);
            return new AuditLine(e.id(), e.at(), e.who(), e.entity(), e.entityId(), e.action(),
                    undoneBy == null ? sentence : Messages.get("history.undone", sentence), subject, diff.fields(),
                    diff.links(), changeId, undoneBy != null);
        }
        Map<String, Object> facts = facts(e);
        List<String> told = SENTENCES.getOrDefault(e.entity() + "." + e.action(), List.of());
        return new AuditLine(e.id(), e.at(), e.who(), e.entity(), e.entityId(), e.action(), ledgerSentence(e, facts), "",
                List.of(), notes(facts, told), changeId, undoneBy != null);
    }

    private static Aggregate aggregate(String entity) {
        for (Aggregate a : Aggregate.values()) {
            if (a.table().equals(entity)) {
                return a;
            }
        }
        return null;
    }

    /** The record's name as it was (deleted records too); a person with the masked ID number. */
    @SuppressWarnings("unchecked")
    private String subject(Aggregate record, Map<String, Object> state, Long entityId) {
        Map<String, Object> row = state == null ? null : (Map<String, Object>) state.get("row");
        if (row == null) {
            row = Sql.one(s.connection(), "SELECT * FROM " + record.table() + " WHERE id = ?", ChangeLog::row,
                    entityId).orElse(null);
        }
        if (row == null || row.get("name") == null) {
            return Messages.get("history.gone", entityId);
        }
        String name = row.get("name").toString();
        Object id = row.get("id_number");
        return id == null ? name : Messages.get("audit.person", name, Masking.idNumber(id.toString()));
    }

    private String ledgerSentence(AuditEntry e, Map<String, Object> facts) {
        String kind = e.entity() + "." + e.action();
        List<String> wanted = SENTENCES.get(kind);
        if (wanted == null || !Messages.has("audit.sentence." + kind)) {
            return Messages.get("audit.sentence.other", Messages.auditAction(e.action()), Messages.auditEntity(e.entity()));
        }
        Object[] args = new Object[wanted.size()];
        for (int i = 0; i < args.length; i++) {
            String fact = wanted.get(i);
            args[i] = shown(wanted.get(i), facts.get(wanted.get(i)));
        }
        return Messages.get("audit.sentence." + kind, args);
    }

    /** The facts of a whole-ledger event its sentence does not give, those with a label, in the order written. */
    private List<String> notes(Map<String, Object> facts, List<String> told) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> f : facts.entrySet()) {
            if (!told.contains(f.getKey()) && Messages.has("audit.key." + f.getKey()) && f.getValue() != null) {
                out.add(Messages.get("history.fact", Messages.get("audit.key." + f.getKey()), shown(f.getKey(), f.getValue())));
            }
        }
        return out;
    }

    private static Map<String, Object> facts(AuditEntry e) {
        Map<String, Object> after = HistoryFormat.parse(e.after());
        Map<String, Object> before = after == null ? HistoryFormat.parse(e.before()) : null;
        return after != null ? after : before != null ? before : Map.of();
    }

    /** A fact as text: codes by their labels, numbers as numbers, yes/no, lists joined, personal numbers masked. */
    private Object shown(String fact, Object v) {
        String codes = CODES.get(fact);
        if (codes != null && v != null && Messages.has(codes + "." + v)) {
            return Messages.get(codes + "." + v);
        }
        return shown(v);
    }

    private Object shown(Object v) {
        if (v == null) {
            return Messages.get("history.empty");
        }
        if (v instanceof Number) {
            return v;
        }
        if (v instanceof Boolean b) {
            return Messages.get(b ? "value.yes" : "value.no");
        }
        if (v instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(String.valueOf(shown(x))));
            return String.join(Messages.get("audit.listSeparator"), parts);
        }
        return mask ? Masking.inText(v.toString()) : v.toString();
    }
}
