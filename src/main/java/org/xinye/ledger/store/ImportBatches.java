package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.ImportSource;

/**
 * The import history: one row per imported file (导入批次), with its checksum and counts. Its
 * id tags everything the import writes in the {@link ImportJournal}.
 */
public final class ImportBatches {
    private final Connection c;

    ImportBatches(Connection c) {
        this.c = c;
    }

    /** One row of the import history. */
    public record BatchRow(long id, String fileName, String sha256, String type, ImportSource source, String sheet,
                           Instant importedAt, int rows, int inserted, int updated, int unchanged, int moved,
                           int missing, int rejected, int warnings, boolean undone) {
    }

    /** The counts of a finished import, as {@link #finish} records them. */
    public record Counts(int rows, int inserted, int updated, int unchanged, int moved, int missing, int rejected,
                         int warnings) {
    }

    static BatchRow map(ResultSet rs) throws SQLException {
        return new BatchRow(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"), rs.getString("type"),
                Sql.enumOf(ImportSource.class, rs, "source"), rs.getString("sheet"), Sql.instant(rs, "imported_at"),
                rs.getInt("rows"), rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"),
                rs.getInt("moved"), rs.getInt("missing"), rs.getInt("rejected"), rs.getInt("warnings"),
                Sql.bool(rs, "undone"));
    }

    /**
     * Starts a batch (the file's checksum and the counts follow in {@link #finish}, in the
     * same transaction); its id tags everything the import writes.
     */
    public long begin(String fileName, String type, ImportSource source, String sheet, Instant at) {
        return Sql.insert(c, """
                INSERT INTO import_batch(file_name, sha256, type, source, sheet, imported_at, rows, inserted, updated,
                    unchanged, rejected, warnings) VALUES (?,'',?,?,?,?,0,0,0,0,0,0)""",
                fileName, type, source, sheet, at);
    }

    /** Records the checksum and the counts; {@code at} is when the import finished, after every row it wrote. */
    public void finish(long id, String sha256, Counts n, Instant at) {
        Sql.update(c, """
                UPDATE import_batch SET sha256 = ?, rows = ?, inserted = ?, updated = ?, unchanged = ?, moved = ?,
                    missing = ?, rejected = ?, warnings = ?, imported_at = ? WHERE id = ?""",
                sha256, n.rows(), n.inserted(), n.updated(), n.unchanged(), n.moved(), n.missing(), n.rejected(),
                n.warnings(), at, id);
    }

    public List<BatchRow> history() {
        return Sql.list(c, "SELECT * FROM import_batch ORDER BY id DESC", ImportBatches::map);
    }

    public Optional<BatchRow> get(long id) {
        return Sql.one(c, "SELECT * FROM import_batch WHERE id = ?", ImportBatches::map, id);
    }

    /** The newest batch not undone. */
    public Optional<BatchRow> lastActive() {
        return Sql.one(c, "SELECT * FROM import_batch WHERE undone = 0 ORDER BY id DESC LIMIT 1", ImportBatches::map);
    }

    /** Whether some batch of this type is not undone. */
    public boolean hasActive(String type) {
        return Sql.count(c, "SELECT EXISTS (SELECT 1 FROM import_batch WHERE type = ? AND undone = 0)", type) != 0;
    }

    /** An earlier batch, not undone, of the same file content and type. */
    public Optional<BatchRow> activeWithHash(String sha256, String type) {
        return Sql.one(c, "SELECT * FROM import_batch WHERE sha256 = ? AND type = ? AND undone = 0 ORDER BY id DESC "
                + "LIMIT 1", ImportBatches::map, sha256, type);
    }

    void markUndone(long id) {
        Sql.update(c, "UPDATE import_batch SET undone = 1 WHERE id = ?", id);
    }
}
