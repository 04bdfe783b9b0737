package org.xinye.ledger.store;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.ImportSource;

/**
 * 对账: the sources that confirm each worker side by side — who only one source knows, where
 * sources disagree, units whose declared head count differs from the ledger, and workers whose
 * employer or township is still only text.
 */
public final class ReconcileQueries {
    private final Connection c;

    ReconcileQueries(Connection c) {
        this.c = c;
    }

    /** A worker confirmed by a single source. */
    public record SingleSource(long workerId, String name, String idNumber, String employer, ImportSource source,
                               Instant confirmedAt) {
    }

    /** A worker whose sources disagree on employer or phone. */
    public record Disagreement(long workerId, String name, String idNumber, List<ImportStore.SourceRow> sources) {
    }

    /** A unit whose workers in the ledger differ in number from the count it declared. */
    public record CountMismatch(long enterpriseId, String name, int declared, int inLedger) {
    }

    /** A worker whose employer or township is still only text (单位待匹配 / 区划待匹配). */
    public record Unmatched(long workerId, String name, String idNumber, String employerText, String townshipText) {
    }

    public List<SingleSource> singleSource() {
        return Sql.list(c, """
                SELECT w.id, w.name, w.id_number, COALESCE(e.name, w.employer_text) AS employer, s.source, s.confirmed_at
                FROM worker_source s JOIN worker w ON w.id = s.worker_id LEFT JOIN enterprise e ON e.id = w.employer_id
                WHERE w.status <> 'LEFT'
                  AND s.worker_id IN (SELECT worker_id FROM worker_source GROUP BY worker_id HAVING COUNT(*) = 1)
                ORDER BY s.source, employer, w.name""",
                rs -> new SingleSource(rs.getLong("id"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("employer"), Sql.enumOf(ImportSource.class, rs, "source"),
                        Sql.instant(rs, "confirmed_at")));
    }

    public List<Disagreement> disagreements() {
        record Line(long workerId, String name, String idNumber, ImportStore.SourceRow source) {
        }
        List<Line> lines = Sql.list(c, """
                SELECT w.name, w.id_number, s.* FROM worker_source s JOIN worker w ON w.id = s.worker_id
                WHERE s.worker_id IN (SELECT worker_id FROM worker_source GROUP BY worker_id
                    HAVING COUNT(DISTINCT employer_text) > 1 OR COUNT(DISTINCT mobile) > 1)
                ORDER BY w.name, w.id, s.source""",
                rs -> new Line(rs.getLong("worker_id"), rs.getString("name"), rs.getString("id_number"),
                        new ImportStore.SourceRow(rs.getLong("worker_id"), Sql.enumOf(ImportSource.class, rs, "source"),
                                Sql.longOrNull(rs, "batch_id"), Sql.instant(rs, "confirmed_at"),
                                rs.getString("employer_text"), rs.getString("mobile"))));
        Map<Long, Disagreement> out = new LinkedHashMap<>();
        for (Line l : lines) {
            out.computeIfAbsent(l.workerId(), k -> new Disagreement(l.workerId(), l.name(), l.idNumber(),
                    new ArrayList<>())).sources().add(l.source());
        }
        return List.copyOf(out.values());
    }

    public List<CountMismatch> countMismatches() {
        return Sql.list(c, """
                SELECT e.id, e.name, e.declared_workers,
                       (SELECT COUNT(*) FROM worker w WHERE w.employer_id = e.id AND w.status <> 'LEFT') AS n
                FROM enterprise e WHERE e.declared_workers IS NOT NULL
                  AND e.declared_workers <> (SELECT COUNT(*) FROM worker w WHERE w.employer_id = e.id
                                             AND w.status <> 'LEFT')
                ORDER BY abs(e.declared_workers - n) DESC, e.name""",
                rs -> new CountMismatch(rs.getLong("id"), rs.getString("name"), rs.getInt("declared_workers"),
                        rs.getInt("n")));
    }

    public List<Unmatched> unmatched() {
        return Sql.list(c, """
                SELECT id, name, id_number, employer_text, township_text FROM worker
                WHERE status <> 'LEFT' AND ((employer_id IS NULL AND employer_text IS NOT NULL)
                   OR (township_code IS NULL AND township_text IS NOT NULL))
                ORDER BY employer_text, name""",
                rs -> new Unmatched(rs.getLong("id"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("employer_text"), rs.getString("township_text")));
    }
}
