package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * 差异清单: what the counted submissions disagree on, for the parties to sort out: people 在岗 in
 * more than one county, units claimed by more than one county, party members whose relation status
 * differs between counties, people a department lists that no county has, and units whose declared
 * head count (the enterprise's own 底册 figure) differs from the people the city counts there.
 * Every difference names each submission's own record (its ledger's record number), so each party
 * can find it in its ledger, also when ID numbers arrived hashed.
 */
public final class Differences {
    public enum Kind { MULTI_DISTRICT_PERSON, MULTI_CLAIMED_UNIT, RELATION_DISAGREES, DEPARTMENT_ONLY, ROSTER_MISMATCH }

    /** One submission's record in a difference: whose, its own record number there, and what it says. */
    public record Listing(String scopeKey, String scopeName, long srcId, String name, String says) {
    }

    /**
     * One difference: about a person ({@code key} is the ID number or its hash) or a unit ({@code key}
     * is the credit code); {@code listings} are the records of it; {@code alsoFor} names a party that
     * must act without a record of it (the county where a person only a department lists serves).
     */
    public record Difference(Kind kind, String subject, String key, List<Listing> listings, String alsoFor,
                             String alsoForName, String note) {
    }

    /**
     * The counted submissions (the latest period's current one of each scope) as a CTE; their ids are
     * this ledger's own row numbers, written into the query as numbers.
     */
    private static String counted(Session s) {
        String ids = CityMerge.counted(s).stream().map(src -> Long.toString(src.id()))
                .collect(java.util.stream.Collectors.joining(","));
        return "WITH counted AS (SELECT r.id, r.scope_key, r.scope_kind, r.scope_name, r.county_code"
                + " FROM rollup_submission r WHERE r.id IN (" + (ids.isEmpty() ? "NULL" : ids) + "))\n";
    }

    private Differences() {
    }

    /** The ID numbers 在岗 in more than one counted county submission (after {@link #counted}). */
    private static final String ACTIVE_IN_SEVERAL = """
            , dup AS (SELECT w.id_number FROM sub_worker w JOIN counted k ON k.id = w.submission_id
                      WHERE k.scope_kind = 'COUNTY' AND w.status = 'ACTIVE'
                      GROUP BY w.id_number HAVING COUNT(*) > 1)
            """;

    public static List<Difference> all(Session s) {
        String counted = counted(s);
        List<Difference> out = new ArrayList<>();
        out.addAll(people(s.connection(), counted, Kind.MULTI_DISTRICT_PERSON));
        out.addAll(units(s.connection(), counted));
        out.addAll(people(s.connection(), counted, Kind.RELATION_DISAGREES));
        out.addAll(departmentOnly(s.connection(), counted));
        out.addAll(rosterMismatches(s.connection(), counted));
        return out;
    }

    /** How many of each kind. */
    public static Map<Kind, Integer> counts(List<Difference> all) {
        Map<Kind, Integer> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            out.put(k, 0);
        }
        all.forEach(d -> out.merge(d.kind(), 1, Integer::sum));
        return out;
    }

    private record Row(String key, String scopeKey, String scopeName, long srcId, String name, String says) {
    }

    /** People 在岗 in several counties (with their employers), or party members whose relation differs. */
    private static List<Difference> people(Connection c, String counted, Kind kind) {
        String sql = kind == Kind.MULTI_DISTRICT_PERSON ? counted + ACTIVE_IN_SEVERAL + """
                SELECT w.id_number, k.scope_key, k.scope_name, w.src_id, w.name,
                       COALESCE(e.name, w.employer_text, '') || ' · ' || COALESCE(rg.name, '') AS says
                FROM dup JOIN counted k ON k.scope_kind = 'COUNTY'
                JOIN sub_worker w ON w.submission_id = k.id AND w.id_number = dup.id_number AND w.status = 'ACTIVE'
                LEFT JOIN sub_enterprise e ON e.submission_id = w.submission_id AND e.src_id = w.employer_src_id
                LEFT JOIN region rg ON rg.code = COALESCE(w.township_code, e.township_code)
                ORDER BY w.id_number, k.county_code""" : counted + """
                , dup AS (SELECT m.id_number FROM sub_membership m JOIN counted k ON k.id = m.submission_id
                          WHERE k.scope_kind = 'COUNTY'
                          GROUP BY m.id_number HAVING COUNT(DISTINCT m.relation_status) > 1)
                SELECT m.id_number, k.scope_key, k.scope_name, w.src_id, w.name, m.relation_status AS says
                FROM dup JOIN counted k ON k.scope_kind = 'COUNTY'
                JOIN sub_membership m ON m.submission_id = k.id AND m.id_number = dup.id_number
                JOIN sub_worker w ON w.submission_id = m.submission_id AND w.id_number = m.id_number
                ORDER BY m.id_number, k.county_code""";
        List<Row> rows = Sql.list(c, sql, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getString(6)));
        return group(kind, rows, kind == Kind.MULTI_DISTRICT_PERSON ? countedIn(c, counted) : null);
    }

    /** The county each person 在岗 in several counties is counted in: the county of the city record's street. */
    private static Map<String, String> countedIn(Connection c, String counted) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : Sql.list(c, counted + ACTIVE_IN_SEVERAL + """
                SELECT w.id_number, county.name FROM dup JOIN worker w ON w.id_number = dup.id_number
                JOIN region t ON t.code = w.township_code
                JOIN region county ON county.code = CASE t.level WHEN 'COUNTY' THEN t.code ELSE t.parent_code END""",
                rs -> Map.entry(rs.getString(1), rs.getString(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Units (by credit code) that more than one county lists. */
    private static List<Difference> units(Connection c, String counted) {
        List<Row> rows = Sql.list(c, counted + """
                , dup AS (SELECT e.credit_code FROM sub_enterprise e JOIN counted k ON k.id = e.submission_id
                          WHERE k.scope_kind = 'COUNTY' AND e.credit_code IS NOT NULL
                          GROUP BY e.credit_code HAVING COUNT(*) > 1)
                SELECT e.credit_code, k.scope_key, k.scope_name, e.src_id, e.name, COALESCE(rg.name, '') AS says
                FROM dup JOIN sub_enterprise e ON e.credit_code = dup.credit_code
                JOIN counted k ON k.id = e.submission_id AND k.scope_kind = 'COUNTY'
                LEFT JOIN region rg ON rg.code = e.township_code
                ORDER BY e.credit_code, k.county_code""", rs -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6)));
        Map<String, String> countedIn = new LinkedHashMap<>();
        for (var e : Sql.list(c, """
                SELECT e.credit_code, r.scope_name FROM rollup_unit u JOIN enterprise e ON e.id = u.enterprise_id
                JOIN rollup_submission r ON r.id = u.submission_id WHERE u.claims > 1""",
                rs -> Map.entry(rs.getString(1), rs.getString(2)))) {
            countedIn.put(e.getKey(), e.getValue());
        }
        return group(Kind.MULTI_CLAIMED_UNIT, rows, countedIn);
    }

    private static List<Difference> group(Kind kind, List<Row> rows, Map<String, String> notes) {
        List<Difference> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            String key = rows.get(i).key();
            List<Listing> listings = new ArrayList<>();
            for (; i < rows.size() && rows.get(i).key().equals(key); i++) {
                Row r = rows.get(i);
                String says = kind == Kind.RELATION_DISAGREES
                        ? Messages.label(RelationStatus.valueOf(r.says())) : r.says();
                listings.add(new Listing(r.scopeKey(), r.scopeName(), r.srcId(), r.name(), says));
            }
            out.add(new Difference(kind, listings.get(0).name(), key, listings, null, null,
                    notes == null ? null : notes.get(key)));
        }
        return out;
    }

    /** People a department lists that no county has, with the county where they serve (which should add them). */
    private static List<Difference> departmentOnly(Connection c, String counted) {
        record Only(String key, String scopeKey, String scopeName, long srcId, String name, String says,
                    String county, String countyName) {
        }
        List<Only> rows = Sql.list(c, counted + """
                SELECT w.id_number, k.scope_key, k.scope_name, w.src_id, w.name,
                       COALESCE(e.name, w.employer_text, '') || ' · ' || COALESCE(rg.name, ''),
                       cty.code, cty.name
                FROM counted k JOIN sub_worker w ON w.submission_id = k.id
                LEFT JOIN sub_enterprise e ON e.submission_id = w.submission_id AND e.src_id = w.employer_src_id
                LEFT JOIN region rg ON rg.code = COALESCE(w.township_code, e.township_code)
                LEFT JOIN region cty ON cty.code = rg.parent_code AND cty.level = 'COUNTY'
                WHERE k.scope_kind = 'DEPARTMENT'
                  AND NOT EXISTS (SELECT 1 FROM counted kc JOIN sub_worker x
                                  ON x.submission_id = kc.id AND x.id_number = w.id_number
                                  WHERE kc.scope_kind = 'COUNTY')
                ORDER BY cty.code, w.id_number""", rs -> new Only(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        List<Difference> out = new ArrayList<>();
        for (Only o : rows) {
            out.add(new Difference(Kind.DEPARTMENT_ONLY, o.name(), o.key(),
                    List.of(new Listing(o.scopeKey(), o.scopeName(), o.srcId(), o.name(), o.says())),
                    o.county() == null ? null : org.xinye.ledger.domain.LedgerScope.county(o.county()).key(),
                    o.countyName(), null));
        }
        return out;
    }

    /**
     * Units whose declared head count (the enterprise's own figure) differs from the people the counted
     * submissions list there, one person once however many list them, everyone not 离职 (the rule of
     * {@code reconcile}, across the parties), largest differences first, with each party's record.
     */
    private static List<Difference> rosterMismatches(Connection c, String counted) {
        String claims = counted + """
                , claim AS (
                  SELECT cl.submission_id, cl.src_id, cl.enterprise_id AS unit, k.scope_key, k.scope_name, e.name
                  FROM counted k JOIN rollup_claim cl ON cl.submission_id = k.id
                  JOIN sub_enterprise e ON e.submission_id = cl.submission_id AND e.src_id = cl.src_id)
                """;
        record Unit(long id, String name, String code, int declared, int listed) {
        }
        List<Unit> units = Sql.list(c, claims + """
                , listed AS (
                  SELECT cl.enterprise_id AS unit, COUNT(DISTINCT w.id_number) AS n
                  FROM counted k JOIN sub_worker w ON w.submission_id = k.id
                  JOIN rollup_claim cl ON cl.submission_id = w.submission_id AND cl.src_id = w.employer_src_id
                  WHERE w.status <> 'LEFT' GROUP BY cl.enterprise_id)
                SELECT e.id, e.name, e.credit_code, e.declared_workers, COALESCE(l.n, 0) AS n
                FROM enterprise e LEFT JOIN listed l ON l.unit = e.id
                WHERE e.declared_workers IS NOT NULL AND e.declared_workers <> COALESCE(l.n, 0)
                ORDER BY abs(e.declared_workers - COALESCE(l.n, 0)) DESC, e.name, e.id""",
                rs -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
        Map<Long, List<Listing>> byUnit = new java.util.HashMap<>();
        for (var e : Sql.list(c, claims + "SELECT unit, scope_key, scope_name, src_id, name FROM claim"
                + " ORDER BY scope_key, src_id", rs -> Map.entry(rs.getLong(1), new Listing(rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getString(5), null)))) {
            byUnit.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        List<Difference> out = new ArrayList<>();
        for (Unit u : units) {
            out.add(new Difference(Kind.ROSTER_MISMATCH, u.name(), u.code(), byUnit.getOrDefault(u.id(), List.of()),
                    null, null, u.declared() + "/" + u.listed()));
        }
        return out;
    }
}
