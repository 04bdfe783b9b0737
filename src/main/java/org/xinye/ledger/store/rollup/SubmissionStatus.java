package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinye.ledger.domain.CityCounting;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * 报送情况: for a period, every party that reports to the city (each county of the region tree, and
 * each department that has ever submitted) with its submission or the fact that it is missing, and
 * what changed since its previous period: people new (在岗 now, not before), left (在岗 before, not
 * now) and moved (在岗 both times, with another employer).
 */
public final class SubmissionStatus {
    /** A scope's submission for the period; {@code submission} is null when it is missing. */
    public record Row(String scopeKey, LedgerScope.Kind kind, String name, Submission submission, Changes changes) {
        public boolean missing() {
            return submission == null;
        }

        /** The changes since the previous period as people read them; a first submission says so; a missing one is blank. */
        public String changesText() {
            if (missing()) {
                return "";
            }
            return changes == null ? Messages.get("rollup.status.firstPeriod") : Messages.get("rollup.status.changes",
                    changes.since().toString(), changes.added(), changes.left(), changes.moved());
        }
    }

    /** One submission as the city received it. */
    public record Submission(long id, YearMonth period, Instant createdAt, Instant receivedAt, String appVersion,
                             String fileName, long units, long workers, long partyMembers, boolean counted,
                             Long replacedId) {
    }

    /** People new, left and moved since the scope's previous period; null when there is no earlier period. */
    public record Changes(YearMonth since, long added, long left, long moved) {
    }

    private SubmissionStatus() {
    }

    /** The latest period any submission is for, if any. */
    public static Optional<YearMonth> latestPeriod(Session s) {
        return Sql.one(s.connection(), "SELECT MAX(period) FROM rollup_submission WHERE state = 'CURRENT'",
                rs -> rs.getString(1)).map(p -> p == null ? null : YearMonth.parse(p));
    }

    public static List<Row> of(Session s, YearMonth period) {
        Connection c = s.connection();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Region county : s.regions().byLevel(RegionLevel.COUNTY)) {
            String key = LedgerScope.county(county.code()).key();
            rows.put(key, new Row(key, LedgerScope.Kind.COUNTY, county.name(), null, null));
        }
        for (var d : Sql.list(c, "SELECT DISTINCT scope_key, scope_name FROM rollup_submission"
                + " WHERE scope_kind = 'DEPARTMENT' AND state IN ('CURRENT','REPLACED') ORDER BY scope_name",
                rs -> Map.entry(rs.getString(1), rs.getString(2)))) {
            rows.put(d.getKey(), new Row(d.getKey(), LedgerScope.Kind.DEPARTMENT, d.getValue(), null, null));
        }
        List<Long> counted = CityMerge.counted(s).stream().map(CityCounting.Source::id).toList();
        for (Submission sub : Sql.list(c, """
                SELECT id, scope_key, period, created_at, received_at, app_version, file_name, units, workers,
                       party_members, replaced_id FROM rollup_submission WHERE state = 'CURRENT' AND period = ?""",
                rs -> new Submission(rs.getLong("id"), YearMonth.parse(rs.getString("period")),
                        Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("received_at")),
                        rs.getString("app_version"), rs.getString("file_name"), rs.getLong("units"),
                        rs.getLong("workers"), rs.getLong("party_members"), false,
                        Sql.longOrNull(rs, "replaced_id")), period)) {
            String key = Sql.one(c, "SELECT scope_key FROM rollup_submission WHERE id = ?", rs -> rs.getString(1),
                    sub.id()).orElseThrow();
            Row row = rows.get(key);
            Submission withCounted = new Submission(sub.id(), sub.period(), sub.createdAt(), sub.receivedAt(),
                    sub.appVersion(), sub.fileName(), sub.units(), sub.workers(), sub.partyMembers(),
                    counted.contains(sub.id()), sub.replacedId());
            String name = row != null ? row.name() : Sql.one(c, "SELECT scope_name FROM rollup_submission WHERE id = ?",
                    rs -> rs.getString(1), sub.id()).orElse(key);
            rows.put(key, new Row(key, row != null ? row.kind() : kindOf(key), name, withCounted,
                    changes(c, key, sub.id(), period)));
        }
        return new ArrayList<>(rows.values());
    }

    private static LedgerScope.Kind kindOf(String key) {
        return LedgerScope.Kind.valueOf(key.substring(0, key.indexOf(':')));
    }

    private static Changes changes(Connection c, String key, long id, YearMonth period) {
        record Previous(long id, YearMonth period) {
        }
        Optional<Previous> previous = Sql.one(c, """
                SELECT id, period FROM rollup_submission WHERE scope_key = ? AND state = 'CURRENT' AND period < ?
                ORDER BY period DESC LIMIT 1""", rs -> new Previous(rs.getLong(1), YearMonth.parse(rs.getString(2))),
                key, period);
        if (previous.isEmpty()) {
            return null;
        }
        long prev = previous.get().id();
        YearMonth since = previous.get().period();
        long added = Sql.count(c, """
                SELECT COUNT(*) FROM sub_worker a
                LEFT JOIN sub_worker b ON b.submission_id = ? AND b.id_number = a.id_number
                WHERE a.submission_id = ? AND a.status = 'ACTIVE' AND (b.id_number IS NULL OR b.status <> 'ACTIVE')""",
                prev, id);
        long left = Sql.count(c, """
                SELECT COUNT(*) FROM sub_worker b
                LEFT JOIN sub_worker a ON a.submission_id = ? AND a.id_number = b.id_number
                WHERE b.submission_id = ? AND b.status = 'ACTIVE' AND (a.id_number IS NULL OR a.status <> 'ACTIVE')""",
                id, prev);
        long moved = Sql.count(c, """
                SELECT COUNT(*) FROM sub_worker a
                JOIN sub_worker b ON b.submission_id = ? AND b.id_number = a.id_number AND b.status = 'ACTIVE'
                LEFT JOIN sub_enterprise ea ON ea.submission_id = a.submission_id AND ea.src_id = a.employer_src_id
                LEFT JOIN sub_enterprise eb ON eb.submission_id = b.submission_id AND eb.src_id = b.employer_src_id
                WHERE a.submission_id = ? AND a.status = 'ACTIVE'
                  AND COALESCE(ea.credit_code, ea.name, a.employer_text, '') <> COALESCE(eb.credit_code, eb.name, b.employer_text, '')""",
                prev, id);
        return new Changes(since, added, left, moved);
    }
}
