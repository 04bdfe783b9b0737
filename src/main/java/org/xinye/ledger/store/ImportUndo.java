package org.xinye.ledger.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes an import back from its {@link ImportJournal}: in reverse order, deletes what it
 * inserted and puts back the full prior state of what it updated.
 */
public final class ImportUndo {
    private final Connection c;

    ImportUndo(Connection c) {
        this.c = c;
    }

    /** What asking to undo the last import came to. */
    public sealed interface Outcome permits NothingToUndo, EditedSince, Undone {
    }

    /** No import is left to undo. */
    public record NothingToUndo() implements Outcome {
    }

    /** Not undone: {@code edited} records the import wrote were changed after it (undo with force overwrites them). */
    public record EditedSince(ImportBatches.BatchRow batch, int edited) implements Outcome {
    }

    /** What undoing a batch did. */
    public record Undone(ImportBatches.BatchRow batch, int deleted, int restored) implements Outcome {
    }

    /**
     * Undoes the newest import not yet undone: what it inserted is deleted and what it updated
     * gets back its exact prior state, recorded in the audit log. Not when there is none, or
     * (unless {@code force}) when records it wrote were edited afterwards. Call inside one
     * write transaction.
     */
    public Outcome undoLast(boolean force) {
        ImportBatches.BatchRow batch = new ImportBatches(c).lastActive().orElse(null);
        if (batch == null) {
            return new NothingToUndo();
        }
        int edited = editedSince(batch.id());
        if (edited > 0 && !force) {
            return new EditedSince(batch, edited);
        }
        Undone u = undo(batch.id());
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("file", batch.fileName());
        note.put("deleted", u.deleted());
        note.put("restored", u.restored());
        new AuditRepository(c).append("import_batch", batch.id(), "UNDO", null, RecordJson.write(note));
        return u;
    }

    /** Rows of the batch changed by someone after it: undoing would overwrite those edits. */
    public int editedSince(long batchId) {
        return (int) Sql.count(c, """
                SELECT COUNT(*) FROM import_change ch JOIN import_batch b ON b.id = ch.batch_id
                WHERE ch.batch_id = ? AND (
                   (ch.entity IN ('worker', 'membership') AND EXISTS (SELECT 1 FROM worker w
                        WHERE w.id = ch.entity_id AND w.updated_at > b.imported_at))
                OR (ch.entity = 'enterprise' AND EXISTS (SELECT 1 FROM enterprise e WHERE e.id = ch.entity_id
                        AND e.updated_at > b.imported_at)))""", batchId);
    }

    /**
     * Undoes a batch: in reverse order, deletes what it inserted and puts back the full prior
     * state of what it updated; then marks it undone. Call inside one write transaction. Every
     * table and column name the journal holds is checked against the schema before the first
     * statement ({@link StoredNames}): a journal altered outside the app refuses the undo and
     * nothing is changed.
     */
    public Undone undo(long batchId) {
        ImportBatches batches = new ImportBatches(c);
        ImportBatches.BatchRow batch = batches.get(batchId)
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, batchId));
        List<Step> steps = Sql.list(c, "SELECT * FROM import_change WHERE batch_id = ? ORDER BY seq DESC",
                rs -> step(rs.getString("entity"), rs.getLong("entity_id"), rs.getString("action"),
                        rs.getString("before"), rs.getString("entity_key")), batchId);
        int deleted = 0;
        int restored = 0;
        for (Step st : steps) {
            String where = String.join(" = ? AND ", st.key().keySet()) + " = ?";
            if (st.range()) {
                deleted += Sql.update(c, "DELETE FROM " + st.table() + " WHERE id BETWEEN ? AND ?", st.id(),
                        st.key().get(ImportJournal.RANGE_END));
            } else if (st.before() == null) {
                deleted += Sql.update(c, "DELETE FROM " + st.table() + " WHERE " + where, st.key().values().toArray());
            } else {
                restore(st.table(), st.key(), st.before(), where);
                restored++;
            }
        }
        batches.markUndone(batchId);
        return new Undone(batch, deleted, restored);
    }

    /** One journal entry, its names checked: a range of inserted ids, an inserted row (no before) or an updated one. */
    private record Step(String table, long id, boolean range, Map<String, Object> key, Map<String, Object> before) {
    }

    private static Step step(String entity, long id, String action, String before, String entityKey) {
        String j = StoredNames.JOURNAL;
        String table = StoredNames.table(j, entity, ImportJournal.TABLES.keySet());
        Map<String, Object> key = new LinkedHashMap<>();
        if (entityKey != null) {
            key.putAll(StoredNames.object(j, entityKey));
        } else {
            key.put("id", id);
        }
        boolean insert = "INSERT".equals(action);
        if (key.keySet().equals(Set.of(ImportJournal.RANGE_END))) {
            if (!insert || !(key.get(ImportJournal.RANGE_END) instanceof Long)) {
                throw StoredNames.malformed(j);
            }
            return new Step(table, id, true, key, null);
        }
        // The key names exactly the table's key columns (no other condition can ride along).
        StoredNames.row(j, table, key);
        if (!key.keySet().equals(Set.copyOf(ImportJournal.TABLES.get(table)))) {
            throw StoredNames.unknownName(j, String.join(", ", key.keySet()));
        }
        if (insert) {
            return new Step(table, id, false, key, null);
        }
        if (!"UPDATE".equals(action) || before == null) {
            throw StoredNames.malformed(j);
        }
        return new Step(table, id, false, key, StoredNames.row(j, table, StoredNames.object(j, before)));
    }

    /** Puts a row back as it was before the import; a row deleted after the import is inserted again. */
    private void restore(String table, Map<String, Object> key, Map<String, Object> before, String where) {
        List<String> cols = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, Object> e : before.entrySet()) {
            if (!key.containsKey(e.getKey())) {
                cols.add(e.getKey() + " = ?");
                params.add(e.getValue());
            }
        }
        params.addAll(key.values());
        int n = Sql.update(c, "UPDATE " + table + " SET " + String.join(", ", cols) + " WHERE " + where,
                params.toArray());
        if (n == 0) {
            List<String> names = new ArrayList<>(before.keySet());
            Sql.update(c, "INSERT INTO " + table + "(" + String.join(", ", names) + ") VALUES ("
                    + InChunks.marks(names.size()) + ")", before.values().toArray());
        }
    }
}
