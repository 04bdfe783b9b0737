package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.TestDay;

class ChangeLogTest {
    @TempDir
    Path dir;
    private Ledger ledger;

    @BeforeEach
    void demo() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("changes.xldb"), Ledger.Mode.WRITE);
        new DemoData(5, 1500, TestDay.TODAY).fill(ledger, p -> { });
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ledger.close();
    }

    /** Every row of the tables a unit's deletion touches, as text, for before/after comparison. */
    private String dump() {
        return ledger.read(s -> {
            StringBuilder b = new StringBuilder();
            for (String sql : List.of("SELECT * FROM enterprise ORDER BY id", "SELECT * FROM org_coverage ORDER BY 1, 2",
                    "SELECT * FROM assignment ORDER BY id", "SELECT * FROM visit ORDER BY id",
                    "SELECT id, employer_id FROM worker ORDER BY id", "SELECT * FROM employment ORDER BY id",
                    "SELECT * FROM party_org ORDER BY id", "SELECT * FROM membership ORDER BY worker_id")) {
                for (Map<String, Object> r : Sql.list(s.connection(), sql, rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        m.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                    return m;
                })) {
                    b.append(r).append('\n');
                }
            }
            return b.toString();
        });
    }

    /** A unit that has everything a deletion takes along: org links, assignments, visits, workers, history, children. */
    private long richUnit() {
        return ledger.read(s -> Sql.one(s.connection(), """
                SELECT e.id FROM enterprise e
                WHERE EXISTS (SELECT 1 FROM org_coverage WHERE enterprise_id = e.id)
                  AND EXISTS (SELECT 1 FROM visit WHERE enterprise_id = e.id)
                  AND EXISTS (SELECT 1 FROM worker WHERE employer_id = e.id)
                  AND EXISTS (SELECT 1 FROM employment WHERE enterprise_id = e.id)
                ORDER BY e.id LIMIT 1""", rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void undoingADeleteBringsBackTheUnitWithEverythingThatCascadedOrWasUnlinked() {
        long id = richUnit();
        String before = dump();
        var coverageBefore = ledger.read(s -> s.coverage().total().counts());
        long change = ledger.write(s -> s.changes().delete(Key.of(Aggregate.ENTERPRISE, id)));
        assertTrue(change > 0);
        assertNotEquals(before, dump());
        assertTrue(ledger.read(s -> s.enterprises().get(id)).isEmpty());
        assertTrue(ledger.read(s -> s.workers().ofEmployer(id)).isEmpty(), "workers lost their employer");

        ChangeLog.Undone undone = ledger.write(s -> s.changes().undo(change));
        assertEquals(ChangeLog.DELETE, undone.action());
        assertEquals(before, dump(), "every row is back exactly, timestamps included");
        assertEquals(coverageBefore, ledger.read(s -> s.coverage().total().counts()));
    }

    @Test
    void undoingAnEditOfTwoRecordsRestoresBoth() {
        long unit = richUnit();
        long org = ledger.read(s -> s.orgs().all().stream().filter(o -> o.active()).findFirst().orElseThrow().id());
        String before = dump();
        List<Key> keys = List.of(Key.of(Aggregate.ENTERPRISE, unit), Key.of(Aggregate.PARTY_ORG, org));
        long change = ledger.write(s -> s.changes().edit("LINK_ORG", keys, () -> {
            s.orgs().cover(org, unit);
            Enterprise e = s.enterprises().get(unit).orElseThrow();
            s.enterprises().update(new Enterprise(e.id(), e.name() + "（改）", e.creditCode(), e.kind(), e.industry(),
                    e.parentId(), e.townshipCode(), e.address(), e.declaredWorkers(), e.status(), e.inScope(),
                    e.competentDept(), e.responsibleUnit(), e.partyInCharter(), e.crossAppointment(), e.hasUnion(),
                    e.hasYouthLeague(), e.hasWomensFederation(), e.contactName(), e.contactPhone(), e.notes()));
        }));
        assertEquals(2L, (long) ledger.read(s -> Sql.count(s.connection(), "SELECT COUNT(*) FROM audit_log WHERE change_id = ?", change)));
        ledger.write(s -> s.changes().undo(change));
        assertEquals(before, dump());
    }

    @Test
    void undoingACreateRemovesTheRecordAndAnEditThatChangedNothingIsNotLogged() {
        long auditBefore = ledger.read(s -> s.audit().count());
        ChangeLog.Created created = ledger.write(s -> s.changes().create(Aggregate.STATION, () -> s.stations().insert(
                new Station(null, "测试驿站", StationKind.WARM_STATION, null, null, null, null, null, null))));
        assertTrue(ledger.read(s -> s.stations().get(created.id())).isPresent());
        assertEquals(0L, (long) ledger.write(s -> s.changes().edit(ChangeLog.UPDATE,
                Key.of(Aggregate.STATION, created.id()), () -> { })));
        ledger.write(s -> s.changes().undo(created.changeId()));
        assertTrue(ledger.read(s -> s.stations().get(created.id())).isEmpty());
        assertEquals(auditBefore + 2, (long) ledger.read(s -> s.audit().count()), "the create and its undo");
    }

    @Test
    void undoIsRefusedWhenTheRecordChangedSinceOrWasUndoneAlready() {
        long id = ledger.read(s -> s.stations().all().get(0).id());
        long first = ledger.write(s -> s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.STATION, id),
                () -> s.stations().update(rename(s.stations().get(id).orElseThrow(), "甲"))));
        // Changed behind the log's back, as an import would.
        ledger.writing(s -> s.stations().update(rename(s.stations().get(id).orElseThrow(), "乙")));
        StoreException stale = assertThrows(StoreException.class, () -> ledger.write(s -> s.changes().undo(first)));
        assertEquals("changes.stale", stale.messageKey());
        assertEquals("乙", ledger.read(s -> s.stations().get(id).orElseThrow().name()));

        long second = ledger.write(s -> s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.STATION, id),
                () -> s.stations().update(rename(s.stations().get(id).orElseThrow(), "丙"))));
        ledger.write(s -> s.changes().undo(second));
        assertEquals("乙", ledger.read(s -> s.stations().get(id).orElseThrow().name()));
        StoreException again = assertThrows(StoreException.class, () -> ledger.write(s -> s.changes().undo(second)));
        assertEquals("changes.alreadyUndone", again.messageKey());
    }

    private static Station rename(Station s, String name) {
        return new Station(s.id(), name, s.kind(), s.host(), s.regionCode(), s.address(), s.facilities(),
                s.openingHours(), s.notes());
    }

    @Test
    void historyNamesFieldsAndLinksAndMasksPersonalNumbers() {
        long unit = richUnit();
        long org = ledger.read(s -> s.orgs().all().stream().filter(o -> o.active()).findFirst().orElseThrow().id());
        String orgName = ledger.read(s -> s.orgs().get(org).orElseThrow().name());
        ledger.write(s -> s.changes().edit("LINK_ORG", Key.of(Aggregate.ENTERPRISE, unit), () -> s.orgs().cover(org, unit)));
        long worker = ledger.read(s -> s.workers().ofEmployer(unit).get(0).id());
        ledger.write(s -> s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.WORKER, worker), () -> {
            var w = s.workers().get(worker).orElseThrow();
            s.workers().update(new Worker(w.id(), w.idNumber(), w.name(), w.gender(),
                    w.birthDate(), "13912345678", w.occupation(), w.employerId(), w.employerText(), w.townshipCode(),
                    w.townshipText(), w.politicalStatus(), w.status(), w.notes()));
        }));

        var unitHistory = ledger.read(s -> s.changes().history(Key.of(Aggregate.ENTERPRISE, unit)));
        assertEquals("LINK_ORG", unitHistory.get(0).action());
        assertTrue(unitHistory.get(0).notes().get(0).contains(orgName), unitHistory.get(0).notes().toString());

        var workerHistory = ledger.read(s -> s.changes().history(Key.of(Aggregate.WORKER, worker)));
        AuditLine.FieldChange mobile = workerHistory.get(0).fields().get(0);
        assertEquals(Messages.get("field.mobile"), mobile.column());
        assertEquals("139****5678", mobile.after());
        assertFalse(workerHistory.get(0).undone());
    }

    @Test
    void aNewRecordDoesNotInheritTheHistoryOfADeletedOneWithTheSameId() {
        long id = ledger.read(s -> Sql.count(s.connection(), "SELECT MAX(id) FROM station"));
        ledger.write(s -> s.changes().delete(Key.of(Aggregate.STATION, id)));
        ChangeLog.Created again = ledger.write(s -> s.changes().create(Aggregate.STATION, () -> s.stations().insert(
                new Station(null, "新驿站", StationKind.WARM_STATION, null, null, null, null, null, null))));
        assertEquals(id, again.id(), "SQLite reuses the last id");
        var history = ledger.read(s -> s.changes().history(Key.of(Aggregate.STATION, id)));
        assertEquals(1, history.size());
        assertEquals(ChangeLog.CREATE, history.get(0).action());
    }

    @Test
    void aggregatesCoverEveryForeignKeyThatPointsAtTheirRoot() {
        ledger.read(s -> {
            List<String> tables = Sql.list(s.connection(),
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", rs -> rs.getString(1));
            for (Aggregate a : Aggregate.values()) {
                Set<String> declared = new HashSet<>();
                a.parts().forEach(p -> declared.add(p.table() + "." + p.column() + "=CASCADE"));
                a.refs().forEach(r -> declared.add(r.table() + "." + r.column() + "=SET NULL"));
                Set<String> actual = new HashSet<>();
                for (String t : tables) {
                    for (String[] fk : Sql.list(s.connection(), "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)",
                            rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, t)) {
                        if (fk[0].equals(a.table())) {
                            actual.add(t + "." + fk[1] + "=" + fk[2]);
                        }
                    }
                }
                assertEquals(actual, declared, a + ": a new table pointing at " + a.table() + " must join its aggregate");
            }
            return null;
        });
    }

    @Test
    void revealIsLoggedWithoutBeingUndoable() {
        long worker = ledger.read(s -> Sql.count(s.connection(), "SELECT MIN(id) FROM worker"));
        ledger.writing(s -> s.changes().reveal(Key.of(Aggregate.WORKER, worker)));
        var entry = ledger.read(s -> s.audit().of("worker", worker)).get(0);
        assertEquals(ChangeLog.REVEAL, entry.action());
        assertNull(entry.before());
        assertEquals(0L, (long) ledger.read(s -> Sql.count(s.connection(),
                "SELECT COUNT(*) FROM audit_log WHERE id = ? AND change_id IS NOT NULL", entry.id())));
    }
}
