package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.CityCounting;
import org.xinye.ledger.domain.CityCounting.Source;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.store.Failures;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * Rebuilds a city ledger's record tables from the submissions it counts, by the rules of
 * {@link CityCounting}: of each scope the latest period's current submission; one unit per credit
 * code, taken from the claim the rules choose (the others point at it); one person per ID number,
 * taken from the first listing by status, then by submission (its jobs stay with the submissions that
 * list them, see {@link CityRecords}); party orgs, instructors and their links as each submission has
 * them. All in SQL, in
 * the caller's transaction; the person rows go in with their secondary indexes dropped and rebuilt
 * once at the end, which is several times faster than keeping them up to date row by row.
 */
public final class CityMerge {
    private static final System.Logger LOG = System.getLogger(CityMerge.class.getName());
    /** The page cache of a rebuild, in KiB (negative: SQLite's way of saying KiB, not pages). */
    private static final int REBUILD_CACHE_KIB = -192 * 1024;
    /** What the city counts now. */
    public record Result(int submissions, long units, long orgs, long workers, long listings) {
    }

    /** Record tables of a city ledger, children first: all of them are derived from the submissions. */
    private static final List<String> DERIVED = List.of("city_difference", "org_coverage", "visit", "assignment",
            "employment", "membership", "org_life", "double_report", "designation", "worker_source", "worker",
            "party_org", "instructor", "station", "enterprise", "rollup_unit", "rollup_claim");

    private CityMerge() {
    }

    /** The submissions counted now, in {@link CityCounting#SOURCE_ORDER}. */
    public static List<Source> counted(Session s) {
        List<Source> out = new ArrayList<>(Sql.list(s.connection(), """
                SELECT id, scope_kind, county_code, department, period FROM rollup_submission r
                WHERE state = 'CURRENT' AND period = (SELECT MAX(period) FROM rollup_submission x
                                                      WHERE x.scope_key = r.scope_key AND x.state = 'CURRENT')""",
                rs -> new Source(rs.getLong(1), LedgerScope.Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), YearMonth.parse(rs.getString(5)))));
        out.sort(CityCounting.SOURCE_ORDER);
        return out;
    }

    public static Result rebuild(Session s, Instant now) {
        Connection c = s.connection();
        // A city's people and their index pages are looked up in random order: with SQLite's default
        // 2 MB page cache most lookups go to the file. The cache is raised for the rebuild only (the
        // process stays well under 512 MB), and index builds may sort on a second thread.
        long cache = Sql.count(c, "PRAGMA cache_size");
        Sql.update(c, "PRAGMA cache_size = " + REBUILD_CACHE_KIB);
        Sql.count(c, "PRAGMA threads = 2");
        try {
            return rebuild(s, c, now);
        } finally {
            Sql.update(c, "PRAGMA cache_size = " + cache);
            Sql.count(c, "PRAGMA threads = 0");
        }
    }

    private static Result rebuild(Session s, Connection c, Instant now) {
        List<Source> sources = counted(s);
        StepTimer t = new StepTimer(LOG, "roll-up rebuild");
        for (String table : DERIVED) {
            Sql.update(c, "DELETE FROM " + table);
        }
        t.lap("cleared");
        Sql.update(c, "DROP TABLE IF EXISTS temp.counted");
        Sql.update(c, "CREATE TEMP TABLE counted(submission_id INTEGER PRIMARY KEY, rank INTEGER NOT NULL UNIQUE)");
        for (int i = 0; i < sources.size(); i++) {
            Sql.update(c, "INSERT INTO temp.counted VALUES (?, ?)", sources.get(i).id(), i);
        }
        units(c, sources);
        t.lap("units");
        orgsAndInstructors(c, now);
        t.lap("orgs and instructors");
        Runnable checksBack = s.withoutCheckConstraints();
        Runnable reindexWorkers = s.withoutSecondaryIndexes("worker");
        try {
            people(c, sources, t);
        } finally {
            checksBack.run();
        }
        reindexWorkers.run();
        t.lap("indexes");
        // After the indexes: people without pinyin (from a submission written before it) are found by its index.
        s.workers().fillPinyin();
        t.lap("pinyin");
        Result r = new Result(sources.size(), Sql.count(c, "SELECT COUNT(*) FROM enterprise"),
                Sql.count(c, "SELECT COUNT(*) FROM party_org"), Sql.count(c, "SELECT COUNT(*) FROM worker"),
                Sql.count(c, "SELECT COUNT(*) FROM sub_worker w JOIN temp.counted USING (submission_id)"));
        for (String temp : List.of("counted", "unit_map", "org_map", "instructor_map")) {
            Sql.update(c, "DROP TABLE IF EXISTS temp." + temp);
        }
        return r;
    }

    /** A unit as one counted submission lists it. */
    private record Claim(Source source, long srcId, String creditCode) implements CityCounting.Claim {
    }

    /** One city unit per credit code (the claim the rules choose), one per listing of a unit without one. */
    private static void units(Connection c, List<Source> sources) {
        Map<Long, Source> byId = new HashMap<>();
        sources.forEach(src -> byId.put(src.id(), src));
        List<Claim> claims = Sql.list(c, """
                SELECT e.submission_id, e.src_id, e.credit_code FROM sub_enterprise e
                JOIN temp.counted k ON k.submission_id = e.submission_id ORDER BY k.rank, e.src_id""",
                rs -> new Claim(byId.get(rs.getLong(1)), rs.getLong(2), rs.getString(3)));
        Map<String, List<Claim>> byCode = new HashMap<>();
        for (Claim cl : claims) {
            if (cl.creditCode() != null) {
                byCode.computeIfAbsent(cl.creditCode(), k -> new ArrayList<>()).add(cl);
            }
        }
        Map<String, Claim> winners = new HashMap<>();
        byCode.forEach((code, group) -> winners.put(code, CityCounting.countedClaim(code, group)));
        Map<String, Long> idOfCode = new HashMap<>();
        Map<Claim, Long> ids = new HashMap<>();
        long next = 1;
        for (Claim cl : claims) {
            if (cl.creditCode() == null || winners.get(cl.creditCode()) == cl) {
                ids.put(cl, next);
                if (cl.creditCode() != null) {
                    idOfCode.put(cl.creditCode(), next);
                }
                next++;
            }
        }
        Sql.update(c, "DROP TABLE IF EXISTS temp.unit_map");
        Sql.update(c, "CREATE TEMP TABLE unit_map(submission_id INTEGER NOT NULL, src_id INTEGER NOT NULL,"
                + " enterprise_id INTEGER NOT NULL, winner INTEGER NOT NULL, PRIMARY KEY (submission_id, src_id))"
                + " WITHOUT ROWID");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.unit_map VALUES (?,?,?,?)")) {
            for (Claim cl : claims) {
                Long own = ids.get(cl);
                Sql.bind(ps, cl.source().id(), cl.srcId(), own != null ? own : idOfCode.get(cl.creditCode()),
                        own != null ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
        Sql.update(c, """
                INSERT INTO enterprise(id, name, credit_code, kind, industry, parent_id, township_code, township_text,
                    address, declared_workers, status, in_scope, competent_dept, responsible_unit, party_in_charter,
                    cross_appointment, has_union, has_youth_league, has_womens_federation, contact_name, contact_phone,
                    notes, created_at, updated_at)
                SELECT m.enterprise_id, e.name, e.credit_code, e.kind, e.industry,
                    CASE WHEN p.enterprise_id = m.enterprise_id THEN NULL ELSE p.enterprise_id END,
                    e.township_code, e.township_text, e.address, e.declared_workers, e.status, e.in_scope,
                    e.competent_dept, e.responsible_unit, e.party_in_charter, e.cross_appointment, e.has_union,
                    e.has_youth_league, e.has_womens_federation, e.contact_name, e.contact_phone, e.notes,
                    e.updated_at, e.updated_at
                FROM temp.unit_map m
                JOIN sub_enterprise e ON e.submission_id = m.submission_id AND e.src_id = m.src_id
                LEFT JOIN temp.unit_map p ON p.submission_id = e.submission_id AND p.src_id = e.parent_src_id
                WHERE m.winner = 1 ORDER BY m.enterprise_id""");
        Sql.update(c, """
                INSERT INTO rollup_claim(submission_id, src_id, enterprise_id)
                SELECT submission_id, src_id, enterprise_id FROM temp.unit_map""");
        Sql.update(c, """
                INSERT INTO rollup_unit(enterprise_id, submission_id, src_id, claims)
                SELECT m.enterprise_id, m.submission_id, m.src_id, n.claims
                FROM temp.unit_map m
                JOIN (SELECT enterprise_id, COUNT(*) AS claims FROM temp.unit_map GROUP BY enterprise_id) n
                  ON n.enterprise_id = m.enterprise_id
                WHERE m.winner = 1""");
    }

    /** Party orgs and instructors as each submission has them, with their links mapped to the city's ids. */
    private static void orgsAndInstructors(Connection c, Instant now) {
        map(c, "org_map", "sub_party_org");
        map(c, "instructor_map", "sub_instructor");
        Sql.update(c, """
                INSERT INTO party_org(id, name, level, form, parent_id, region_code, secretary, contact, established,
                    active, notes, created_at, updated_at)
                SELECT m.id, o.name, o.level, o.form, p.id, o.region_code, o.secretary, o.contact, o.established,
                    o.active, o.notes, ?, ?
                FROM temp.org_map m JOIN sub_party_org o ON o.submission_id = m.submission_id AND o.src_id = m.src_id
                LEFT JOIN temp.org_map p ON p.submission_id = o.submission_id AND p.src_id = o.parent_src_id
                ORDER BY m.id""", now, now);
        Sql.update(c, """
                INSERT OR IGNORE INTO org_coverage(org_id, enterprise_id)
                SELECT om.id, um.enterprise_id FROM sub_org_coverage oc
                JOIN temp.org_map om ON om.submission_id = oc.submission_id AND om.src_id = oc.org_src_id
                JOIN temp.unit_map um ON um.submission_id = oc.submission_id AND um.src_id = oc.enterprise_src_id""");
        Sql.update(c, """
                INSERT INTO instructor(id, name, home_unit, role, full_time, mobile, active, notes, created_at, updated_at)
                SELECT m.id, i.name, i.home_unit, i.role, i.full_time, i.mobile, i.active, i.notes, ?, ?
                FROM temp.instructor_map m
                JOIN sub_instructor i ON i.submission_id = m.submission_id AND i.src_id = m.src_id ORDER BY m.id""",
                now, now);
        instructorLinks(c, "assignment", "from_date", "to_date");
        instructorLinks(c, "visit", "visit_date", "note");
    }

    /**
     * An instructor's links to units ({@code assignment}, {@code visit}) from their staged table
     * {@code sub_<table>}, with both ends mapped to the city's ids, in the order of the city's instructors.
     */
    private static void instructorLinks(Connection c, String table, String... columns) {
        Sql.update(c, "INSERT INTO " + table + "(instructor_id, enterprise_id, " + String.join(", ", columns) + ")"
                + " SELECT im.id, um.enterprise_id, x." + String.join(", x.", columns) + " FROM sub_" + table + " x"
                + " JOIN temp.instructor_map im ON im.submission_id = x.submission_id AND im.src_id = x.instructor_src_id"
                + " JOIN temp.unit_map um ON um.submission_id = x.submission_id AND um.src_id = x.enterprise_src_id"
                + " ORDER BY im.id, x.src_id");
    }

    /** City ids for the rows of a staged table, numbered in counting order. */
    private static void map(Connection c, String map, String table) {
        Sql.update(c, "DROP TABLE IF EXISTS temp." + map);
        Sql.update(c, "CREATE TEMP TABLE " + map + "(submission_id INTEGER NOT NULL, src_id INTEGER NOT NULL,"
                + " id INTEGER NOT NULL, PRIMARY KEY (submission_id, src_id)) WITHOUT ROWID");
        Sql.update(c, "INSERT INTO temp." + map + " SELECT t.submission_id, t.src_id,"
                + " ROW_NUMBER() OVER (ORDER BY k.rank, t.src_id) FROM " + table + " t"
                + " JOIN temp.counted k ON k.submission_id = t.submission_id");
    }

    /** The columns of a person the counted listing gives (besides the ID number, which is the key). */
    private static final List<String> PERSON = List.of("name", "gender", "birth_date", "mobile", "occupation",
            "employer_id", "employer_text", "township_code", "township_text", "political_status", "status", "notes",
            "created_at", "updated_at", "name_key", "name_py");

    /**
     * One person per ID number: listings are taken by status ({@link CityCounting#STATUS_ORDER}),
     * then submission by submission in counting order, and a person already in is left as they are.
     * Memberships follow the same order. Done in one pass over each submission's people, in counting
     * order: a listing whose person is already in replaces that person's row only when its status
     * comes earlier, which gives the same person as three passes (one per status) did.
     */
    private static void people(Connection c, List<Source> sources, StepTimer t) {
        String upsert = """
                INSERT INTO worker(id_number, %s)
                SELECT w.id_number, w.name, w.gender, w.birth_date, w.mobile, w.occupation, m.enterprise_id,
                    w.employer_text, w.township_code, w.township_text, w.political_status, w.status, w.notes,
                    w.updated_at, w.updated_at, w.name_key, w.name_py
                FROM sub_worker w
                LEFT JOIN temp.unit_map m ON m.submission_id = w.submission_id AND m.src_id = w.employer_src_id
                WHERE w.submission_id = ?
                ON CONFLICT(id_number) DO UPDATE SET %s WHERE %s < %s""".formatted(String.join(", ", PERSON),
                String.join(", ", PERSON.stream().map(col -> col + " = excluded." + col).toList()),
                statusRank("excluded.status"), statusRank("worker.status"));
        for (Source src : sources) {
            Sql.update(c, upsert, src.id());
        }
        t.lap("people");
        // Memberships in the rules' order (by the listing's status, then submission), in one pass: a person's
        // first is kept. Each membership's listing is looked up once, not once per status.
        Sql.update(c, """
                INSERT INTO membership(worker_id, org_id, relation_status, home_org, mobile_cert_no, mobile_cert_date,
                    last_annual_check, joined_date)
                SELECT w.id, o.id, m.relation_status, m.home_org, m.mobile_cert_no, m.mobile_cert_date,
                    m.last_annual_check, m.joined_date
                FROM sub_membership m
                JOIN temp.counted k ON k.submission_id = m.submission_id
                CROSS JOIN sub_worker sw ON sw.submission_id = m.submission_id AND sw.id_number = m.id_number
                JOIN worker w ON w.id_number = m.id_number
                LEFT JOIN temp.org_map o ON o.submission_id = m.submission_id AND o.src_id = m.org_src_id
                WHERE sw.status IN (%s)
                ORDER BY %s, k.rank
                ON CONFLICT(worker_id) DO NOTHING""".formatted(
                ScopeCheck.inList(CityCounting.STATUS_ORDER.stream().map(Enum::name).toList()),
                statusRank("sw.status")));
        t.lap("memberships");
    }

    /** The place of a status in {@link CityCounting#STATUS_ORDER}, as SQL over {@code column} (a status name). */
    private static String statusRank(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (int i = 0; i < CityCounting.STATUS_ORDER.size(); i++) {
            sql.append(" WHEN '").append(CityCounting.STATUS_ORDER.get(i).name()).append("' THEN ").append(i);
        }
        return sql.append(" ELSE ").append(CityCounting.STATUS_ORDER.size()).append(" END").toString();
    }
}
