package org.xinye.ledger.store;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Pinyin;
import org.xinye.ledger.domain.OrgForm;

/**
 * The follow-up lists (待办) of the developer guide ({@code src/site/markdown/developer-guide.md},
 * §4.1). SQL narrows the candidates; the decision is {@link CoverageRules}', so the thresholds
 * live in one place.
 */
public final class FollowUpQueries {
    private final Connection c;

    FollowUpQueries(Connection c) {
        this.c = c;
    }

    /** 应建未建: an in-scope unit with ≥ 3 正式党员 among its active workers and no single org. */
    public record ShouldBuild(long enterpriseId, String name, String townshipName, int formalMembers,
                              CoverageStatus status) {
    }

    public record JointOverLimit(long orgId, String name, int units) {
    }

    public record OverdueVisit(long assignmentId, long instructorId, String instructorName, long enterpriseId,
                               String enterpriseName, LocalDate assignedFrom, LocalDate lastVisit) {
    }

    public record AnnualCheckDue(long workerId, String name, String certNo, LocalDate certDate, LocalDate dueDate) {
    }

    public record MissingRelation(long workerId, String name, String employerName) {
    }

    private record OrgUnits(JointOverLimit row, OrgForm form) {
    }

    private record MemberRow(Membership membership, String name) {
    }

    public record Counts(int shouldBuild, int jointOverLimit, int overdueVisits, int annualChecksDue,
                         int missingRelations) {
        public int total() {
            return shouldBuild + jointOverLimit + overdueVisits + annualChecksDue + missingRelations;
        }
    }

    public List<ShouldBuild> shouldBuild() {
        return thenBy(Pinyin.sorted(shouldBuildRows(), ShouldBuild::name),
                java.util.Comparator.comparingInt(ShouldBuild::formalMembers).reversed());
    }

    private List<ShouldBuild> shouldBuildRows() {
        return Sql.list(c, """
                SELECT e.id, e.name, r.name AS township, uc.status, m.formal
                FROM (SELECT employer_id, COUNT(*) AS formal FROM worker
                      WHERE status = 'ACTIVE' AND political_status = 'MEMBER' AND employer_id IS NOT NULL
                      GROUP BY employer_id HAVING COUNT(*) >= ?) m
                JOIN enterprise e ON e.id = m.employer_id
                JOIN unit_coverage uc ON uc.enterprise_id = e.id
                LEFT JOIN region r ON r.code = e.township_code
                ORDER BY m.formal DESC, e.name""",
                rs -> new ShouldBuild(rs.getLong("id"), rs.getString("name"), rs.getString("township"),
                        rs.getInt("formal"), CoverageStatus.valueOf(rs.getString("status"))),
                CoverageRules.FORMAL_MEMBERS_TO_BUILD)
                .stream().filter(s -> CoverageRules.shouldBuildOrg(s.status(), s.formalMembers())).toList();
    }

    public List<JointOverLimit> jointOrgsOverLimit() {
        return thenBy(Pinyin.sorted(jointOrgsOverLimitRows(), JointOverLimit::name),
                java.util.Comparator.comparingInt(JointOverLimit::units).reversed());
    }

    private List<JointOverLimit> jointOrgsOverLimitRows() {
        return Sql.list(c, """
                SELECT o.id, o.name, o.form, COUNT(oc.enterprise_id) AS units
                FROM party_org o JOIN org_coverage oc ON oc.org_id = o.id
                WHERE o.active = 1 GROUP BY o.id ORDER BY units DESC, o.name""",
                rs -> new OrgUnits(new JointOverLimit(rs.getLong("id"), rs.getString("name"), rs.getInt("units")),
                        OrgForm.valueOf(rs.getString("form"))))
                .stream()
                .filter(r -> CoverageRules.jointOrgOverLimit(r.form(), r.row().units()))
                .map(OrgUnits::row).toList();
    }

    public List<OverdueVisit> overdueVisits(LocalDate today) {
        return thenBy(Pinyin.sorted(overdueVisitRows(today), OverdueVisit::enterpriseName), java.util.Comparator
                .comparing(OverdueVisit::lastVisit, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    }

    private List<OverdueVisit> overdueVisitRows(LocalDate today) {
        return Sql.list(c, """
                SELECT a.id, a.instructor_id, i.name AS instructor, a.enterprise_id, e.name AS enterprise, a.from_date,
                       (SELECT MAX(v.visit_date) FROM visit v
                        WHERE v.instructor_id = a.instructor_id AND v.enterprise_id = a.enterprise_id) AS last_visit
                FROM assignment a JOIN instructor i ON i.id = a.instructor_id JOIN enterprise e ON e.id = a.enterprise_id
                WHERE i.active = 1 AND (a.from_date IS NULL OR a.from_date <= ?) AND (a.to_date IS NULL OR a.to_date >= ?)
                ORDER BY last_visit, i.name""",
                rs -> new OverdueVisit(rs.getLong("id"), rs.getLong("instructor_id"), rs.getString("instructor"),
                        rs.getLong("enterprise_id"), rs.getString("enterprise"), Sql.date(rs, "from_date"),
                        Sql.date(rs, "last_visit")), today, today)
                .stream().filter(v -> CoverageRules.visitOverdue(v.lastVisit(), v.assignedFrom(), today)).toList();
    }

    /** {@code rows} (in pinyin order) sorted by {@code first}, rows it ranks equal keeping their order. */
    private static <T> List<T> thenBy(List<T> rows, java.util.Comparator<T> first) {
        List<T> out = new java.util.ArrayList<>(rows);
        out.sort(first);
        return out;
    }

    public List<AnnualCheckDue> annualChecksDue(LocalDate today) {
        return annualCheckRows(today)
                .sorted(java.util.Comparator.comparing(MemberRow::name, Pinyin.ORDER))
                .map(r -> {
                    Membership m = r.membership();
                    return new AnnualCheckDue(m.workerId(), r.name(), m.mobileCertNo(), m.mobileCertDate(),
                            CoverageRules.annualCheckDueDate(m.mobileCertDate(), m.lastAnnualCheck()));
                })
                .sorted(java.util.Comparator.comparing(AnnualCheckDue::dueDate,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private java.util.stream.Stream<MemberRow> annualCheckRows(LocalDate today) {
        return Sql.list(c, """
                SELECT m.*, w.name FROM membership m JOIN worker w ON w.id = m.worker_id
                WHERE m.relation_status = 'MOBILE' AND w.status <> 'LEFT' ORDER BY w.name""",
                rs -> new MemberRow(MembershipRepository.map(rs), rs.getString("name")))
                .stream()
                .filter(r -> CoverageRules.annualCheckDue(r.membership(), today));
    }

    /** Party members (not left) with no membership row, or one naming neither an org nor a home org. */
    public List<MissingRelation> missingRelations() {
        return Pinyin.sorted(Sql.list(c, "SELECT w.id, w.name, COALESCE(e.name, w.employer_text) AS employer"
                        + MISSING_RELATIONS + " ORDER BY w.name",
                rs -> new MissingRelation(rs.getLong("id"), rs.getString("name"), rs.getString("employer"))),
                MissingRelation::name);
    }

    private static final String MISSING_RELATIONS = """
             FROM worker w LEFT JOIN membership m ON m.worker_id = w.id LEFT JOIN enterprise e ON e.id = w.employer_id
            WHERE w.political_status IN ('MEMBER','PROBATIONARY') AND w.status <> 'LEFT'
              AND (m.worker_id IS NULL OR (m.org_id IS NULL AND COALESCE(trim(m.home_org), '') = ''))""";

    /** How long each list is, as the lists above count (the dashboard's figures): no pinyin sorting of rows only counted. */
    public Counts counts(LocalDate today) {
        return new Counts(shouldBuildRows().size(), jointOrgsOverLimitRows().size(), overdueVisitRows(today).size(),
                (int) annualCheckRows(today).count(), (int) Sql.count(c, "SELECT COUNT(*)" + MISSING_RELATIONS));
    }

    /**
     * Where the items of the lists sit, for counting them by county or street: the township
     * code of every unit, of every party member (the street they serve, else their employer's)
     * and the region of every party org. A code may be missing or null: not placed.
     */
    public record Places(Map<Long, String> units, Map<Long, String> members, Map<Long, String> orgs) {
    }

    public Places places() {
        return new Places(codes("SELECT id, township_code FROM enterprise"),
                codes("""
                        SELECT w.id, COALESCE(w.township_code, e.township_code)
                        FROM worker w LEFT JOIN enterprise e ON e.id = w.employer_id
                        WHERE w.political_status IN ('MEMBER','PROBATIONARY')"""),
                codes("SELECT id, region_code FROM party_org"));
    }

    private Map<Long, String> codes(String sql) {
        Map<Long, String> out = new HashMap<>();
        for (var e : Sql.list(c, sql, rs -> Map.entry(rs.getLong(1), java.util.Objects.toString(rs.getString(2), "")))) {
            out.put(e.getKey(), e.getValue().isEmpty() ? null : e.getValue());
        }
        return out;
    }
}
