package org.xinye.ledger.store;

import java.sql.Connection;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rows of one record table written by its column list: insert, update, delete and get
 * by id, with the {@code created_at} and {@code updated_at} stamps every record table carries.
 */
public abstract class RecordRepository<T> {
    protected final Connection c;
    private final String table;
    private final String columns;
    private final Sql.RowMapper<T> mapper;

    /** @param columns the written columns, comma separated, in the order of {@link #values} */
    RecordRepository(Connection c, String table, String columns, Sql.RowMapper<T> mapper) {
        this.c = c;
        this.table = table;
        this.columns = columns;
        this.mapper = mapper;
    }

    /** The record's values in the order of the columns. */
    abstract Object[] values(T record);

    abstract long idOf(T record);

    /** Inserts the record; gives its id. */
    public long insert(T record) {
        Object[] values = values(record);
        String now = Instant.now().toString();
        Object[] params = Arrays.copyOf(values, values.length + 2);
        params[values.length] = now;
        params[values.length + 1] = now;
        return Sql.insert(c, "INSERT INTO " + table + "(" + columns + ", created_at, updated_at) VALUES ("
                + "?,".repeat(values.length + 1) + "?)", params);
    }

    /** Writes the record over its row; a row that is gone is refused. */
    public void update(T record) {
        Object[] values = values(record);
        long id = idOf(record);
        Object[] params = Arrays.copyOf(values, values.length + 2);
        params[values.length] = Instant.now().toString();
        params[values.length + 1] = id;
        String set = String.join(" = ?, ", columns.split(", ")) + " = ?, updated_at = ?";
        if (Sql.update(c, "UPDATE " + table + " SET " + set + " WHERE id = ?", params) != 1) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, id);
        }
    }

    public void delete(long id) {
        Sql.update(c, "DELETE FROM " + table + " WHERE id = ?", id);
    }

    public Optional<T> get(long id) {
        return Sql.one(c, "SELECT * FROM " + table + " WHERE id = ?", mapper, id);
    }
}
