package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.DesignationKind;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.Pinyin;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.StationKind;

/**
 * What the record pages list: rows joined with the names and counts a table shows, and the
 * choices of the pickers (their queries are in {@link PickerChoices}). Each is one query;
 * nothing here writes.
 */
public final class Listings {
    private final Connection c;
    private final PickerChoices choices;

    Listings(Connection c) {
        this.c = c;
        this.choices = new PickerChoices(c);
    }

    /** A row of the 企业 table. {@code instructors} and {@code orgs} are names joined with 、. */
    public record UnitRow(long id, String name, String creditCode, EnterpriseKind kind, Industry industry,
                          String county, String township, int workers, int partyMembers, CoverageStatus coverage,
                          OperatingStatus status, String instructors, String orgs) {
    }

    public List<UnitRow> units() {
        return Pinyin.sorted(Sql.list(c, """
                SELECT e.id, e.name, e.credit_code, e.kind, e.industry, e.status AS op_status, t.name AS township,
                       cty.name AS county, uc.status AS coverage, COALESCE(p.workers, 0) AS workers,
                       COALESCE(p.members, 0) AS members,
                       (SELECT group_concat(i.name, '、') FROM assignment a JOIN instructor i ON i.id = a.instructor_id
                        WHERE a.enterprise_id = e.id AND i.active = 1
                          AND (a.from_date IS NULL OR a.from_date <= date('now','localtime'))
                          AND (a.to_date IS NULL OR a.to_date >= date('now','localtime'))) AS instructors,
                       (SELECT group_concat(o.name, '、') FROM org_coverage oc JOIN party_org o ON o.id = oc.org_id
                        WHERE oc.enterprise_id = e.id AND o.active = 1) AS orgs
                FROM enterprise e
                JOIN unit_coverage uc ON uc.enterprise_id = e.id
                LEFT JOIN region t ON t.code = e.township_code
                LEFT JOIN region cty ON cty.code = t.parent_code
                LEFT JOIN (SELECT employer_id, COUNT(*) AS workers,
                                  SUM(political_status IN ('MEMBER','PROBATIONARY')) AS members
                           FROM worker WHERE status = 'ACTIVE' AND employer_id IS NOT NULL GROUP BY employer_id) p
                       ON p.employer_id = e.id
                ORDER BY e.name, e.id""",
                rs -> new UnitRow(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                        Sql.enumOf(EnterpriseKind.class, rs, "kind"), Sql.enumOf(Industry.class, rs, "industry"),
                        rs.getString("county"), rs.getString("township"), rs.getInt("workers"), rs.getInt("members"),
                        CoverageStatus.valueOf(rs.getString("coverage")), Sql.enumOf(OperatingStatus.class, rs, "op_status"),
                        nz(rs.getString("instructors")), nz(rs.getString("orgs")))), UnitRow::name);
    }

    /** What deleting a unit takes along or unlinks, for the question before it is deleted. */
    public record UnitImpact(int orgLinks, int assignments, int visits, int workers, int childUnits) {
    }

    public UnitImpact unitImpact(long enterpriseId) {
        int[] n = references(enterpriseId, "org_coverage(enterprise_id)", "assignment(enterprise_id)",
                "visit(enterprise_id)", "worker(employer_id)", "enterprise(parent_id)");
        return new UnitImpact(n[0], n[1], n[2], n[3], n[4]);
    }

    /** A row of the 党组织 tree. */
    public record OrgRow(long id, String name, OrgLevel level, OrgForm form, Long parentId, String region,
                         String secretary, int coveredUnits, int members, boolean active) {
    }

    public List<OrgRow> orgs() {
        return Pinyin.sorted(Sql.list(c, """
                SELECT o.id, o.name, o.level, o.form, o.parent_id, r.name AS region, o.secretary, o.active,
                       (SELECT COUNT(*) FROM org_coverage oc WHERE oc.org_id = o.id) AS units,
                       (SELECT COUNT(*) FROM membership m WHERE m.org_id = o.id) AS members
                FROM party_org o LEFT JOIN region r ON r.code = o.region_code
                ORDER BY o.name, o.id""",
                rs -> new OrgRow(rs.getLong("id"), rs.getString("name"), Sql.enumOf(OrgLevel.class, rs, "level"),
                        Sql.enumOf(OrgForm.class, rs, "form"), Sql.longOrNull(rs, "parent_id"), rs.getString("region"),
                        rs.getString("secretary"), rs.getInt("units"), rs.getInt("members"), Sql.bool(rs, "active"))), OrgRow::name);
    }

    /** What deleting an org takes along or unlinks. */
    public record OrgImpact(int coveredUnits, int members, int orgLife, int childOrgs) {
    }

    public OrgImpact orgImpact(long orgId) {
        int[] n = references(orgId, "org_coverage(org_id)", "membership(org_id)", "org_life(org_id)", "party_org(parent_id)");
        return new OrgImpact(n[0], n[1], n[2], n[3]);
    }

    /** An org that covers a unit, with how many units it covers in all. */
    public record OrgLinkRow(long orgId, String name, OrgForm form, int units, boolean active) {
    }

    public List<OrgLinkRow> coveringOrgs(long enterpriseId) {
        return Pinyin.sorted(Sql.list(c, """
                SELECT o.id, o.name, o.form, o.active,
                       (SELECT COUNT(*) FROM org_coverage x WHERE x.org_id = o.id) AS units
                FROM party_org o JOIN org_coverage oc ON oc.org_id = o.id
                WHERE oc.enterprise_id = ? ORDER BY o.name""",
                rs -> new OrgLinkRow(rs.getLong("id"), rs.getString("name"), Sql.enumOf(OrgForm.class, rs, "form"),
                        rs.getInt("units"), Sql.bool(rs, "active")), enterpriseId), OrgLinkRow::name);
    }

    /** A unit an org covers, with its township and coverage status. */
    public record CoveredUnitRow(long id, String name, String township, CoverageStatus coverage) {
    }

    public List<CoveredUnitRow> coveredUnits(long orgId) {
        return Pinyin.sorted(Sql.list(c, """
                SELECT e.id, e.name, t.name AS township, uc.status
                FROM org_coverage oc JOIN enterprise e ON e.id = oc.enterprise_id
                JOIN unit_coverage uc ON uc.enterprise_id = e.id
                LEFT JOIN region t ON t.code = e.township_code
                WHERE oc.org_id = ? ORDER BY e.name""",
                rs -> new CoveredUnitRow(rs.getLong("id"), rs.getString("name"), nz(rs.getString("township")),
                        CoverageStatus.valueOf(rs.getString("status"))), orgId), CoveredUnitRow::name);
    }

    /** A member whose relation an org holds, or who attends its org life. */
    public record MemberRow(long workerId, String name, PoliticalStatus politicalStatus, RelationStatus relation,
                            String employer, LocalDate joined, boolean orgLifeOnly) {
    }

    public List<MemberRow> members(long orgId) {
        return Sql.list(c, """
                SELECT w.id, w.name, w.political_status, m.relation_status, COALESCE(e.name, w.employer_text) AS employer,
                       m.joined_date, 0 AS life_only
                FROM membership m JOIN worker w ON w.id = m.worker_id LEFT JOIN enterprise e ON e.id = w.employer_id
                WHERE m.org_id = ?
                UNION ALL
                SELECT w.id, w.name, w.political_status, m.relation_status, COALESCE(e.name, w.employer_text),
                       m.joined_date, 1
                FROM org_life l JOIN worker w ON w.id = l.worker_id LEFT JOIN membership m ON m.worker_id = w.id
                LEFT JOIN enterprise e ON e.id = w.employer_id
                WHERE l.org_id = ? AND (l.to_date IS NULL OR l.to_date >= date('now','localtime'))
                ORDER BY 7, 2""",
                rs -> new MemberRow(rs.getLong(1), rs.getString(2), Sql.enumOf(PoliticalStatus.class, rs, "political_status"),
                        Sql.enumOf(RelationStatus.class, rs, "relation_status"), nz(rs.getString(5)),
                        Sql.date(rs, "joined_date"), rs.getInt(7) == 1), orgId, orgId);
    }

    /** A row of the 指导员 list. */
    public record InstructorRow(long id, String name, InstructorRole role, boolean fullTime, String homeUnit,
                                int activeUnits, LocalDate lastVisit, boolean active) {
    }

    public List<InstructorRow> instructors() {
        return activeFirst(Pinyin.sorted(Sql.list(c, """
                SELECT i.id, i.name, i.role, i.full_time, i.home_unit, i.active,
                       (SELECT COUNT(*) FROM assignment a WHERE a.instructor_id = i.id
                          AND (a.to_date IS NULL OR a.to_date >= date('now','localtime'))) AS units,
                       (SELECT MAX(v.visit_date) FROM visit v WHERE v.instructor_id = i.id) AS last_visit
                FROM instructor i ORDER BY i.active DESC, i.name, i.id""",
                rs -> new InstructorRow(rs.getLong("id"), rs.getString("name"), Sql.enumOf(InstructorRole.class, rs, "role"),
                        Sql.bool(rs, "full_time"), nz(rs.getString("home_unit")), rs.getInt("units"),
                        Sql.date(rs, "last_visit"), Sql.bool(rs, "active"))), InstructorRow::name), InstructorRow::active);
    }

    /**
     * An assignment with both names and its last visit; {@code overdue} is the rule's
     * verdict for an active assignment on {@code today}.
     */
    public record AssignmentRow(long id, long instructorId, String instructor, long enterpriseId, String unit,
                                LocalDate from, LocalDate to, LocalDate lastVisit, boolean current, boolean overdue) {
    }

    private static final String ASSIGNMENTS = """
            SELECT a.id, a.instructor_id, i.name AS instructor, a.enterprise_id, e.name AS unit, a.from_date, a.to_date,
                   i.active AS instructor_active,
                   (SELECT MAX(v.visit_date) FROM visit v
                    WHERE v.instructor_id = a.instructor_id AND v.enterprise_id = a.enterprise_id) AS last_visit
            FROM assignment a JOIN instructor i ON i.id = a.instructor_id JOIN enterprise e ON e.id = a.enterprise_id
            """;

    public List<AssignmentRow> assignmentsOfInstructor(long instructorId, LocalDate today) {
        return openFirst(Pinyin.sorted(Sql.list(c, ASSIGNMENTS + " WHERE a.instructor_id = ? ORDER BY a.to_date IS NOT NULL, e.name",
                rs -> assignment(rs, today), instructorId), AssignmentRow::unit));
    }

    public List<AssignmentRow> assignmentsOfUnit(long enterpriseId, LocalDate today) {
        return openFirst(Pinyin.sorted(Sql.list(c, ASSIGNMENTS + " WHERE a.enterprise_id = ? ORDER BY a.to_date IS NOT NULL, i.name",
                rs -> assignment(rs, today), enterpriseId), AssignmentRow::instructor));
    }

    private static AssignmentRow assignment(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = Sql.date(rs, "from_date");
        LocalDate to = Sql.date(rs, "to_date");
        LocalDate last = Sql.date(rs, "last_visit");
        boolean current = Sql.bool(rs, "instructor_active") && (from == null || !from.isAfter(today))
                && (to == null || !to.isBefore(today));
        return new AssignmentRow(rs.getLong("id"), rs.getLong("instructor_id"), rs.getString("instructor"),
                rs.getLong("enterprise_id"), rs.getString("unit"), from, to, last, current,
                current && CoverageRules.visitOverdue(last, from, today));
    }

    /** One visit of the log, newest first. */
    public record VisitRow(long id, LocalDate date, long enterpriseId, String unit, String note) {
    }

    public List<VisitRow> visits(long instructorId) {
        return Sql.list(c, """
                SELECT v.id, v.visit_date, v.enterprise_id, e.name AS unit, v.note
                FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
                WHERE v.instructor_id = ? ORDER BY v.visit_date DESC, v.id DESC""",
                rs -> new VisitRow(rs.getLong("id"), Sql.date(rs, "visit_date"), rs.getLong("enterprise_id"),
                        rs.getString("unit"), nz(rs.getString("note"))), instructorId);
    }

    /** A row of the 阵地 list. */
    public record StationRow(long id, String name, StationKind kind, String host, String region, String address,
                             String openingHours) {
    }

    public List<StationRow> stations() {
        return Pinyin.sorted(Sql.list(c, """
                SELECT s.id, s.name, s.kind, s.host, r.name AS region, s.address, s.opening_hours
                FROM station s LEFT JOIN region r ON r.code = s.region_code ORDER BY s.name, s.id""",
                rs -> new StationRow(rs.getLong("id"), rs.getString("name"), Sql.enumOf(StationKind.class, rs, "kind"),
                        nz(rs.getString("host")), nz(rs.getString("region")), nz(rs.getString("address")),
                        nz(rs.getString("opening_hours")))), StationRow::name);
    }

    /** What deleting a worker takes along. */
    public record WorkerImpact(int employments, boolean membership, int orgLife, int doubleReports, int designations) {
    }

    public WorkerImpact workerImpact(long workerId) {
        int[] n = references(workerId, "employment(worker_id)", "membership(worker_id)", "org_life(worker_id)",
                "double_report(worker_id)", "designation(worker_id)");
        return new WorkerImpact(n[0], n[1] > 0, n[2], n[3], n[4]);
    }

    /** How many rows refer to {@code id} in each of {@code columns} ("table(column)", names written here), in one query. */
    private int[] references(long id, String... columns) {
        StringJoiner sql = new StringJoiner(", ", "SELECT ", "");
        for (String column : columns) {
            int open = column.indexOf('(');
            sql.add("(SELECT COUNT(*) FROM " + column.substring(0, open) + " WHERE "
                    + column.substring(open + 1, column.length() - 1) + " = ?1)");
        }
        return Sql.one(c, sql.toString(), rs -> {
            int[] n = new int[columns.length];
            for (int i = 0; i < n.length; i++) {
                n[i] = rs.getInt(i + 1);
            }
            return n;
        }, id).orElseThrow();
    }

    // ---- a worker's own lists ----

    /** A stint with an employer, with the employer's name (or the text kept when it matched no unit). */
    public record EmploymentRow(long id, String employer, LocalDate from, LocalDate to) {
    }

    public List<EmploymentRow> employments(long workerId) {
        var city = org.xinye.ledger.store.rollup.CityRecords.employments(c, workerId);
        if (city.isPresent()) {
            return city.get();
        }
        return Sql.list(c, """
                SELECT m.id, COALESCE(e.name, m.employer_text) AS employer, m.start_date, m.end_date
                FROM employment m LEFT JOIN enterprise e ON e.id = m.enterprise_id
                WHERE m.worker_id = ? ORDER BY m.start_date DESC, m.id DESC""",
                rs -> new EmploymentRow(rs.getLong("id"), nz(rs.getString("employer")), Sql.date(rs, "start_date"),
                        Sql.date(rs, "end_date")), workerId);
    }

    public record OrgLifeRow(long id, long orgId, String org, LocalDate from, LocalDate to) {
    }

    public List<OrgLifeRow> orgLife(long workerId) {
        return Sql.list(c, """
                SELECT l.id, l.org_id, o.name, l.from_date, l.to_date
                FROM org_life l JOIN party_org o ON o.id = l.org_id WHERE l.worker_id = ? ORDER BY l.from_date, l.id""",
                rs -> new OrgLifeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Sql.date(rs, "from_date"),
                        Sql.date(rs, "to_date")), workerId);
    }

    public record DoubleReportRow(long id, String community, LocalDate date) {
    }

    public List<DoubleReportRow> doubleReports(long workerId) {
        return Sql.list(c, """
                SELECT d.id, COALESCE(r.name, d.community_name) AS community, d.report_date
                FROM double_report d LEFT JOIN region r ON r.code = d.community_code
                WHERE d.worker_id = ? ORDER BY d.report_date, d.id""",
                rs -> new DoubleReportRow(rs.getLong(1), rs.getString(2), Sql.date(rs, "report_date")), workerId);
    }

    public record DesignationRow(long id, DesignationKind kind, String title, Integer year, LocalDate date) {
    }

    public List<DesignationRow> designations(long workerId) {
        return Sql.list(c, "SELECT * FROM designation WHERE worker_id = ? ORDER BY year DESC, id",
                rs -> new DesignationRow(rs.getLong("id"), Sql.enumOf(DesignationKind.class, rs, "kind"),
                        rs.getString("title"), Sql.intOrNull(rs, "year"), Sql.date(rs, "date")), workerId);
    }

    // ---- picker choices ----

    /** Something a picker offers: its key and what the user reads. */
    public record Choice<K>(K key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Units as "name（township）", so two outlets of one brand can be told apart. */
    public List<Choice<Long>> unitChoices() {
        return choices.units();
    }

    public Optional<Choice<Long>> unitChoice(Long id) {
        return choices.unit(id);
    }

    /** Party orgs, active ones first. */
    public List<Choice<Long>> orgChoices() {
        return choices.orgs();
    }

    public Optional<Choice<Long>> orgChoice(Long id) {
        return choices.org(id);
    }

    /** Active instructors and liaisons, as "name（home unit）". */
    public List<Choice<Long>> instructorChoices() {
        return choices.instructors();
    }

    /** Townships of the region tree as "county › township", in tree order. */
    public List<Choice<String>> townshipChoices() {
        return choices.townships();
    }

    /** Counties and townships (an org or a station may sit at either level), in tree order. */
    public List<Choice<String>> regionChoices() {
        return choices.regions();
    }

    /** Any region by its code, labelled as the pickers label it. */
    public Optional<Choice<String>> regionChoice(String code) {
        return choices.region(code);
    }

    /** {@code rows} with the active ones first, each part in the order it had (pinyin). */
    static <T> List<T> activeFirst(List<T> rows, java.util.function.Predicate<T> active) {
        List<T> out = new ArrayList<>(rows);
        out.sort(java.util.Comparator.comparing(r -> !active.test(r)));
        return out;
    }

    /** Assignments still open first, each part in the order it had (pinyin). */
    private static List<AssignmentRow> openFirst(List<AssignmentRow> rows) {
        List<AssignmentRow> out = new ArrayList<>(rows);
        out.sort(java.util.Comparator.comparing(a -> a.to() != null));
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
