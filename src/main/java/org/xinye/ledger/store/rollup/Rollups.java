package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.store.AuditRepository;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;

/**
 * The roll-up (汇总) of a city ledger, in steps: {@link #begin} opens a run, each checked submission
 * is staged ({@link Staging}), {@link #finish} makes them count in one transaction (replacing the
 * previous submission of the same scope and period, which is kept) and rebuilds the city's records.
 * {@link #undoLast} takes the last run back. A failure before {@link #finish} commits leaves the
 * city as it was: staged rows of an unfinished run are removed by the next {@link #begin}.
 */
public final class Rollups {
    /** One submission taken in, and the one it replaced (null: none). */
    public record Taken(long submissionId, Received received, Long replacedId) {
    }

    private Rollups() {
    }

    /**
     * Opens a run on a city ledger. A ledger whose scope is not set and that holds no records
     * becomes the city's; any other ledger is refused.
     */
    public static long begin(Ledger city, Instant now) {
        return city.write(s -> {
            ScopeStore scopes = new ScopeStore(s);
            Optional<LedgerScope> scope = scopes.get();
            if (scope.isEmpty()) {
                if (scopes.holdsRecords()) {
                    throw new StoreException(StoreException.Kind.NOT_EMPTY, "rollup.notCity", null, city.file());
                }
                scopes.set(LedgerScope.city());
            } else if (scope.get().kind() != LedgerScope.Kind.CITY) {
                throw new StoreException(StoreException.Kind.NOT_EMPTY, "rollup.notCityScope", null, city.file(),
                        scopes.describe(scope.get()));
            }
            Connection c = s.connection();
            List<Long> stale = Sql.list(c, "SELECT id FROM rollup_submission WHERE state = 'STAGED'", rs -> rs.getLong(1));
            for (long id : stale) {
                dropStaged(c, id);
                Sql.update(c, "DELETE FROM rollup_submission WHERE id = ?", id);
            }
            Sql.update(c, "DELETE FROM rollup_run WHERE undone = 0 AND id NOT IN (SELECT run_id FROM rollup_submission)");
            return Sql.insert(c, "INSERT INTO rollup_run(at, who) VALUES (?, ?)", now, AuditRepository.currentUser());
        });
    }

    /** Counts the staged submissions of the run, replacing earlier ones of the same scope and period, and rebuilds. */
    public static CityMerge.Result finish(Ledger city, long runId, List<Long> staged, Instant now) {
        return city.writeUnchecked(s -> {
            Connection c = s.connection();
            if (staged.isEmpty()) {
                Sql.update(c, "DELETE FROM rollup_run WHERE id = ?", runId);
                return null;
            }
            for (long id : staged) {
                Optional<Long> previous = Sql.one(c, """
                        SELECT p.id FROM rollup_submission p JOIN rollup_submission n ON n.id = ?
                        WHERE p.scope_key = n.scope_key AND p.period = n.period AND p.state = 'CURRENT'""",
                        rs -> rs.getLong(1), id);
                previous.ifPresent(p -> Sql.update(c, "UPDATE rollup_submission SET state = 'REPLACED' WHERE id = ?", p));
                Sql.update(c, "UPDATE rollup_submission SET state = 'CURRENT', replaced_id = ? WHERE id = ?",
                        previous.orElse(null), id);
            }
            CityMerge.Result merged = CityMerge.rebuild(s, now);
            s.audit().append("rollup", runId, "ROLLUP", null, RecordJson.write(Map.of("submissions", Sql.list(c,
                    "SELECT scope_name || ' ' || period FROM rollup_submission WHERE run_id = ? ORDER BY id",
                    rs -> rs.getString(1), runId), "units", merged.units(), "workers", merged.workers())));
            return merged;
        });
    }

    /** Forgets an unfinished run: its staged submissions are removed, nothing else changes. */
    public static void abandon(Ledger city, long runId) {
        city.writing(s -> {
            Connection c = s.connection();
            for (long id : Sql.list(c, "SELECT id FROM rollup_submission WHERE run_id = ? AND state = 'STAGED'",
                    rs -> rs.getLong(1), runId)) {
                dropStaged(c, id);
                Sql.update(c, "DELETE FROM rollup_submission WHERE id = ?", id);
            }
            Sql.update(c, "DELETE FROM rollup_run WHERE id = ? AND id NOT IN (SELECT run_id FROM rollup_submission)", runId);
        });
    }

    /** The staged ids' replacements, for the report: submission id → the id it replaced. */
    public static List<Taken> taken(Ledger city, List<Long> ids, List<Received> received) {
        return city.read(s -> {
            List<Taken> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                List<Long> replaced = Sql.list(s.connection(), "SELECT replaced_id FROM rollup_submission WHERE id = ?",
                        rs -> Sql.longOrNull(rs, "replaced_id"), ids.get(i));
                out.add(new Taken(ids.get(i), received.get(i), replaced.isEmpty() ? null : replaced.get(0)));
            }
            return out;
        });
    }

    /** What undoing the last roll-up did. */
    public record Undone(long runId, Instant at, List<String> submissions, CityMerge.Result merged) {
    }

    /**
     * Takes the last roll-up back: its submissions stop counting (their rows are removed) and the
     * ones they replaced count again; the records are rebuilt. Empty when there is nothing to undo.
     */
    public static Optional<Undone> undoLast(Ledger city, Instant now) {
        return city.writeUnchecked(s -> {
            Connection c = s.connection();
            Optional<Long> run = Sql.one(c, """
                    SELECT r.id FROM rollup_run r WHERE r.undone = 0
                    AND EXISTS (SELECT 1 FROM rollup_submission x WHERE x.run_id = r.id) ORDER BY r.id DESC LIMIT 1""",
                    rs -> rs.getLong(1));
            if (run.isEmpty()) {
                return Optional.<Undone>empty();
            }
            long runId = run.get();
            List<String> names = new ArrayList<>();
            record Sub(long id, String name, Long replaced, long run) {
            }
            List<Sub> subs = Sql.list(c, """
                    SELECT s.id, s.scope_name || ' ' || s.period, s.replaced_id, COALESCE(p.run_id, -1)
                    FROM rollup_submission s LEFT JOIN rollup_submission p ON p.id = s.replaced_id
                    WHERE s.run_id = ? AND s.state IN ('CURRENT','REPLACED') ORDER BY s.id DESC""",
                    rs -> new Sub(rs.getLong(1), rs.getString(2), Sql.longOrNull(rs, "replaced_id"), rs.getLong(4)),
                    runId);
            for (Sub sub : subs) {
                names.add(0, sub.name());
                Sql.update(c, "UPDATE rollup_submission SET state = 'UNDONE' WHERE id = ?", sub.id());
                if (sub.replaced() != null && sub.run() != runId) {
                    Sql.update(c, "UPDATE rollup_submission SET state = 'CURRENT' WHERE id = ?", sub.replaced());
                }
                dropStaged(c, sub.id());
            }
            Sql.update(c, "UPDATE rollup_run SET undone = 1 WHERE id = ?", runId);
            CityMerge.Result merged = CityMerge.rebuild(s, now);
            Instant at = Sql.one(c, "SELECT at FROM rollup_run WHERE id = ?", rs -> Instant.parse(rs.getString(1)), runId)
                    .orElse(now);
            s.audit().append("rollup", runId, "ROLLUP_UNDO", RecordJson.write(Map.of("submissions", names)), null);
            return Optional.of(new Undone(runId, at, names, merged));
        });
    }

    /** Removes the staged rows of one submission (its entry and figures stay, for the history). */
    static void dropStaged(Connection c, long submissionId) {
        for (String table : List.of("sub_enterprise", "sub_party_org", "sub_org_coverage", "sub_instructor",
                "sub_assignment", "sub_visit", "sub_worker", "sub_employment", "sub_membership")) {
            Sql.update(c, "DELETE FROM " + table + " WHERE submission_id = ?", submissionId);
        }
    }
}
