package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.ImportBatch;
import org.xinye.ledger.domain.ImportSource;

/** Import batches: one row per imported file. */
public final class ImportBatchRepository {
    private final Connection c;

    ImportBatchRepository(Connection c) {
        this.c = c;
    }

    static ImportBatch map(ResultSet rs) throws SQLException {
        return new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"), rs.getString("type"),
                Sql.enumOf(ImportSource.class, rs, "source"), Sql.instant(rs, "imported_at"), rs.getInt("rows"),
                rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"),
                rs.getInt("warnings"), Sql.bool(rs, "undone"));
    }

    public long insert(ImportBatch b) {
        return Sql.insert(c, """
                INSERT INTO import_batch(file_name, sha256, type, source, imported_at, rows, inserted, updated,
                    unchanged, rejected, warnings, undone) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                b.fileName(), b.sha256(), b.type(), b.source(), b.importedAt(), b.rows(), b.inserted(), b.updated(),
                b.unchanged(), b.rejected(), b.warnings(), b.undone());
    }

    public List<ImportBatch> all() {
        return Sql.list(c, "SELECT * FROM import_batch ORDER BY id DESC", ImportBatchRepository::map);
    }

    public Optional<ImportBatch> get(long id) {
        return Sql.one(c, "SELECT * FROM import_batch WHERE id = ?", ImportBatchRepository::map, id);
    }

    /** The newest batch not yet undone. */
    public Optional<ImportBatch> lastActive() {
        return Sql.one(c, "SELECT * FROM import_batch WHERE undone = 0 ORDER BY id DESC LIMIT 1", ImportBatchRepository::map);
    }

    public void markUndone(long id) {
        Sql.update(c, "UPDATE import_batch SET undone = 1 WHERE id = ?", id);
    }
}
