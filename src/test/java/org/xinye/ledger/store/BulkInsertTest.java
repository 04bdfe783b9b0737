package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows go in exactly as given, whichever columns share one value within a statement and whenever that changes. */
class BulkInsertTest {
    @Test
    void everyRowAsGivenWhileSharedColumnsComeAndGo() throws Exception {
        try (Connection c = Connections.memory()) {
            Sql.update(c, "CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c TEXT, d TEXT)");
            List<String> expected = new ArrayList<>();
            try (BulkInsert bulk = new BulkInsert(c, "t", List.of("id", "a", "b", "c", "d"), "")) {
                for (int i = 1; i <= 437; i++) {
                    // a: one value for a while, then another, then a value per row; b: null, then one number;
                    // c: always the same; d: a value per row, but one value in the last short run.
                    String a = i <= 150 ? "first" : i <= 300 ? "second" : "a" + i;
                    Long b = i <= 250 ? null : 7L;
                    String d = i > 400 ? "tail" : "d" + i;
                    bulk.add((long) i, a, b, "same", d);
                    expected.add(i + "|" + a + "|" + b + "|same|" + d);
                    if (i == 5 || i == 205) {
                        bulk.flush();
                    }
                }
            }
            List<String> stored = Sql.list(c, "SELECT id, a, b, c, d FROM t ORDER BY id",
                    rs -> rs.getLong(1) + "|" + rs.getString(2) + "|" + Sql.longOrNull(rs, "b") + "|" + rs.getString(4)
                            + "|" + rs.getString(5));
            assertEquals(expected, stored);
            assertEquals(List.of("integer", "null"), Sql.list(c, "SELECT DISTINCT typeof(b) FROM t ORDER BY 1",
                    rs -> rs.getString(1)));
        }
    }
}
