package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CHECK constraints of the app's schema, read from its own migrations, and tested table by table. */
class CheckConstraintsTest {
    @Test
    void theExpressionsOfATableAreReadWholeQuotesAndCommentsSkipped() {
        assertEquals(List.of("a IN ('x', 'it''s (not) a check')", "length(b) = 18", "(a = 'x') = (b IS NOT NULL)"),
                CheckConstraints.of("""
                        CREATE TABLE t (
                            a TEXT CHECK (a IN ('x', 'it''s (not) a check')), -- check (not this)
                            "check b" TEXT, b TEXT CHECK(length(b) = 18), /* CHECK (nor this) */ key_check TEXT,
                            CHECK ((a = 'x') = (b IS NOT NULL))
                        )"""));
    }

    @Test
    void everyCheckOfTheWorkerTableIsFound() {
        List<String> worker = CheckConstraints.current().get("worker");
        assertEquals(6, worker.size(), worker.toString());
        assertTrue(worker.contains("length(id_number) = 18"), worker.toString());
        assertTrue(CheckConstraints.current().containsKey("enterprise"));
    }

    @Test
    void aSoundLedgerIsOkAndABrokenRowIsNamed() throws Exception {
        try (var c = Connections.memory()) {
            var script = new StringBuilder();
            for (Migrations.Migration m : Migrations.all()) {
                Migrations.split(m.sql()).forEach(st -> script.append(st).append('\n'));
            }
            assertEquals(0, ((org.sqlite.SQLiteConnection) c).getDatabase()._exec(script.toString()));
            assertEquals(List.of("ok"), CheckConstraints.quickCheck(c));
            Sql.update(c, "PRAGMA ignore_check_constraints = ON");
            Sql.update(c, "INSERT INTO worker(id_number, name, status, created_at, updated_at)"
                    + " VALUES ('150202199001011234', '张三', 'GONE', 'x', 'x')");
            Sql.update(c, "PRAGMA ignore_check_constraints = OFF");
            List<String> found = CheckConstraints.quickCheck(c);
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).contains("worker"), found.toString());
        }
    }
}
