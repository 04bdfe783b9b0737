package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.store.demo.DemoData;

/** What deleting a record takes along, and the pickers' choices, on the demo ledger. */
class ListingsTest {
    @TempDir
    static Path dir;
    private static Ledger ledger;

    @BeforeAll
    static void demo() {
        ledger = Ledger.open(dir.resolve("demo.xldb"), Ledger.Mode.WRITE);
        new DemoData(7, 600, LocalDate.of(2026, 11, 27)).fill(ledger, p -> { });
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static int count(Connection c, String table, String column, long id) {
        return (int) Sql.count(c, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", id);
    }

    @Test
    void aUnitsImpactCountsWhatRefersToIt() {
        ledger.read(s -> {
            Connection c = s.connection();
            for (long id : Sql.list(c, "SELECT id FROM enterprise ORDER BY id LIMIT 40", rs -> rs.getLong(1))) {
                assertEquals(new Listings.UnitImpact(count(c, "org_coverage", "enterprise_id", id),
                        count(c, "assignment", "enterprise_id", id), count(c, "visit", "enterprise_id", id),
                        count(c, "worker", "employer_id", id), count(c, "enterprise", "parent_id", id)),
                        s.listings().unitImpact(id));
            }
            return null;
        });
    }

    @Test
    void anOrgsImpactCountsWhatRefersToIt() {
        ledger.read(s -> {
            Connection c = s.connection();
            for (long id : Sql.list(c, "SELECT id FROM party_org ORDER BY id", rs -> rs.getLong(1))) {
                assertEquals(new Listings.OrgImpact(count(c, "org_coverage", "org_id", id), count(c, "membership", "org_id", id),
                        count(c, "org_life", "org_id", id), count(c, "party_org", "parent_id", id)), s.listings().orgImpact(id));
            }
            return null;
        });
    }

    @Test
    void aWorkersImpactCountsWhatRefersToThem() {
        ledger.read(s -> {
            Connection c = s.connection();
            List<Long> members = Sql.list(c, "SELECT worker_id FROM membership ORDER BY worker_id LIMIT 20", rs -> rs.getLong(1));
            assertFalse(members.isEmpty());
            for (long id : members) {
                assertEquals(new Listings.WorkerImpact(count(c, "employment", "worker_id", id), true,
                        count(c, "org_life", "worker_id", id), count(c, "double_report", "worker_id", id),
                        count(c, "designation", "worker_id", id)), s.listings().workerImpact(id));
            }
            assertFalse(s.listings().workerImpact(-1).membership());
            return null;
        });
    }

    @Test
    void unitAndInstructorChoicesSayWhereTheyAre() {
        ledger.read(s -> {
            var units = s.listings().unitChoices();
            assertEquals(Sql.count(s.connection(), "SELECT COUNT(*) FROM enterprise"), units.size());
            var first = units.get(0);
            assertEquals(first, s.listings().unitChoice(first.key()).orElseThrow());
            assertTrue(units.stream().anyMatch(u -> u.label().matches(".+（.+）")), "name（township）");
            var instructors = s.listings().instructorChoices();
            assertEquals(Sql.count(s.connection(), "SELECT COUNT(*) FROM instructor WHERE active = 1"), instructors.size());
            assertTrue(instructors.stream().allMatch(i -> !i.label().isBlank()));
            assertTrue(s.listings().unitChoice(null).isEmpty());
            return null;
        });
    }
}
