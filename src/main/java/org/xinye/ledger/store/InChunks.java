package org.xinye.ledger.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A query over a long list of keys, a few hundred at a time: {@code IN (?,?,…)} with one
 * parameter per key, as SQLite bounds the parameters of one statement.
 */
final class InChunks {
    private static final int CHUNK = 500;

    private InChunks() {
    }

    /**
     * Runs {@code sql} once per chunk, with {@code (?,…)} in place of {@code IN_LIST} and the
     * chunk's keys after {@code leading}; {@code row} sees every row of every chunk.
     */
    static void query(Connection c, String sql, Collection<?> keys, Sql.RowMapper<?> row, Object... leading) {
        List<Object> list = new ArrayList<>(keys);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<Object> part = list.subList(i, Math.min(list.size(), i + CHUNK));
            List<Object> params = new ArrayList<>(List.of(leading));
            params.addAll(part);
            Sql.list(c, sql.replace("IN_LIST", "(" + marks(part.size()) + ")"), row, params.toArray());
        }
    }

    /** {@code ?,?,?} for {@code n} parameters. */
    static String marks(int n) {
        return "?,".repeat(n - 1) + "?";
    }
}
