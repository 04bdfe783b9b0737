package org.xinye.ledger.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * state of what it updated; then marks it undone. Call inside one write transaction.
     */
    public Undone undo(long batchId) {
        ImportBatches batches = new ImportBatches(c);
        ImportBatches.BatchRow batch = batches.get(batchId)
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, batchId));
        record Change(String entity, long id, String action, String before, String key) {
        }
        List<Change> changes = Sql.list(c, "SELECT * FROM import_change WHERE batch_id = ? ORDER BY seq DESC",
                rs -> new Change(rs.getString("entity"), rs.getLong("entity_id"), rs.getString("action"),
                        rs.getString("before"), rs.getString("entity_key")), batchId);
        int deleted = 0;
        int restored = 0;
        for (Change ch : changes) {
            List<String> keyCols = ImportJournal.TABLES.get(ch.entity());
            if (keyCols == null) {
                throw new IllegalStateException("journal names an unknown table: " + ch.entity());
            }
            Map<String, Object> key = new LinkedHashMap<>();
            if (ch.key() != null) {
                key.putAll(RowJson.read(ch.key()));
            } else {
                key.put("id", ch.id());
            }
            if (key.containsKey(ImportJournal.RANGE_END)) {
                deleted += Sql.update(c, "DELETE FROM " + ch.entity() + " WHERE id BETWEEN ? AND ?", ch.id(),
                        key.get(ImportJournal.RANGE_END));
                continue;
            }
            String where = String.join(" = ? AND ", key.keySet()) + " = ?";
            if (ch.action().equals("INSERT")) {
                deleted += Sql.update(c, "DELETE FROM " + ch.entity() + " WHERE " + where, key.values().toArray());
            } else {
                restore(ch.entity(), key, RowJson.read(ch.before()), where);
                restored++;
            }
        }
        batches.markUndone(batchId);
        return new Undone(batch, deleted, restored);
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
