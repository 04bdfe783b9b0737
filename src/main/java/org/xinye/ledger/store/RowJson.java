package org.xinye.ledger.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table row as a flat JSON object ({@code {"id": 7, "name": "王芳", "mobile": null}}): how
 * the import journal keeps the state before an update, so undo can put back every column
 * exactly, timestamps included. Values are strings, integers, reals and null, as SQLite
 * stores them.
 */
final class RowJson {
    private RowJson() {
    }

    /** The current row of {@code rs}, every column. */
    static String of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            m.put(md.getColumnLabel(i), rs.getObject(i));
        }
        return write(m);
    }

    static String write(Map<String, ?> m) {
        return RecordJson.write(m);
    }

    /** Parses what {@link #write} wrote: integers come back as Long, reals as Double. */
    static Map<String, Object> read(String json) {
        return RecordJson.parseObject(json);
    }
}
