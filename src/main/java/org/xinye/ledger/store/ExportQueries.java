package org.xinye.ledger.store;

import java.util.Arrays;
import java.util.List;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * The rows of each table as its export writes them, filtered by the table's own
 * {@link TableFilter}: the values of each row in the order of the export's columns, as the
 * domain has them. Formatting (labels, masking) is the export's.
 */
public final class ExportQueries {
    private final Session s;

    ExportQueries(Session s) {
        this.s = s;
    }

    /**
     * Workers: ID number, name, gender, birth date, mobile, occupation, employer, township,
     * political status, status, org, relation status, notes.
     */
    public TableRows workers(WorkerListing.Filter f) {
        return rows("""
                SELECT w.*, COALESCE(e.name, w.employer_text) AS employer_name,
                       COALESCE(r.name, w.township_text) AS township_name, o.name AS org_name, m.relation_status
                FROM worker w LEFT JOIN enterprise e ON e.id = w.employer_id
                LEFT JOIN region r ON r.code = w.township_code
                LEFT JOIN membership m ON m.worker_id = w.id LEFT JOIN party_org o ON o.id = m.org_id""",
                f.where(), " ORDER BY w.id", rs -> row(rs.getString("id_number"), rs.getString("name"),
                        Sql.enumOf(Gender.class, rs, "gender"), Sql.date(rs, "birth_date"), rs.getString("mobile"),
                        Sql.enumOf(Occupation.class, rs, "occupation"), rs.getString("employer_name"),
                        rs.getString("township_name"), Sql.enumOf(PoliticalStatus.class, rs, "political_status"),
                        Sql.enumOf(WorkerStatus.class, rs, "status"), rs.getString("org_name"),
                        Sql.enumOf(RelationStatus.class, rs, "relation_status"), rs.getString("notes")));
    }

    /**
     * Units: name, credit code, kind, industry, parent, township, township code, address,
     * declared workers, operating status, in scope, coverage, competent department,
     * responsible unit, contact name, contact phone, notes.
     */
    public TableRows units(UnitFilter f) {
        return rows("""
                SELECT e.*, p.name AS parent_name, r.name AS township_name, uc.status AS coverage
                FROM enterprise e LEFT JOIN enterprise p ON p.id = e.parent_id
                LEFT JOIN region r ON r.code = e.township_code
                LEFT JOIN unit_coverage uc ON uc.enterprise_id = e.id""",
                f.where(), " ORDER BY e.id", rs -> row(rs.getString("name"), rs.getString("credit_code"),
                        Sql.enumOf(EnterpriseKind.class, rs, "kind"), Sql.enumOf(Industry.class, rs, "industry"),
                        rs.getString("parent_name"), rs.getString("township_name"), rs.getString("township_code"),
                        rs.getString("address"), Sql.intOrNull(rs, "declared_workers"),
                        Sql.enumOf(OperatingStatus.class, rs, "status"), Sql.bool(rs, "in_scope"),
                        Sql.enumOf(CoverageStatus.class, rs, "coverage"), rs.getString("competent_dept"),
                        rs.getString("responsible_unit"), rs.getString("contact_name"), rs.getString("contact_phone"),
                        rs.getString("notes")));
    }

    /**
     * Party orgs: name, level, form, parent org, region, region code, secretary, contact,
     * established, units covered, active, notes.
     */
    public TableRows orgs(OrgFilter f) {
        return rows("""
                SELECT o.*, p.name AS parent_name, r.name AS region_name,
                       (SELECT COUNT(*) FROM org_coverage oc WHERE oc.org_id = o.id) AS units
                FROM party_org o LEFT JOIN party_org p ON p.id = o.parent_id
                LEFT JOIN region r ON r.code = o.region_code""",
                f.where(), " ORDER BY o.id", rs -> row(rs.getString("name"), Sql.enumOf(OrgLevel.class, rs, "level"),
                        Sql.enumOf(OrgForm.class, rs, "form"), rs.getString("parent_name"), rs.getString("region_name"),
                        rs.getString("region_code"), rs.getString("secretary"), rs.getString("contact"),
                        Sql.date(rs, "established"), rs.getInt("units"), Sql.bool(rs, "active"), rs.getString("notes")));
    }

    /**
     * Instructors: name, home unit, role, full time, mobile, active, assigned units, last
     * visit, notes.
     */
    public TableRows instructors(InstructorFilter f) {
        return rows("""
                SELECT i.*, (SELECT COUNT(*) FROM assignment a WHERE a.instructor_id = i.id) AS units,
                       (SELECT MAX(v.visit_date) FROM visit v WHERE v.instructor_id = i.id) AS last_visit
                FROM instructor i""",
                f.where(), " ORDER BY i.id", rs -> row(rs.getString("name"), rs.getString("home_unit"),
                        Sql.enumOf(InstructorRole.class, rs, "role"), Sql.bool(rs, "full_time"), rs.getString("mobile"),
                        Sql.bool(rs, "active"), rs.getInt("units"), Sql.date(rs, "last_visit"), rs.getString("notes")));
    }

    /** Stations: name, kind, host, region, region code, address, facilities, opening hours, notes. */
    public TableRows stations(StationFilter f) {
        return rows("SELECT st.*, r.name AS region_name FROM station st LEFT JOIN region r ON r.code = st.region_code",
                f.where(), " ORDER BY st.id", rs -> row(rs.getString("name"), Sql.enumOf(StationKind.class, rs, "kind"),
                        rs.getString("host"), rs.getString("region_name"), rs.getString("region_code"),
                        rs.getString("address"), rs.getString("facilities"), rs.getString("opening_hours"),
                        rs.getString("notes")));
    }

    /**
     * Audit entries, newest first, worded as on the 操作日志 page ({@link AuditFormat}): time, who,
     * what was done (the sentence), the changes field by field, the object, its id. Values come
     * whole; the export masks them unless full values were asked for.
     */
    public TableRows audit(AuditSearch.Filter f) {
        AuditFormat format = new AuditFormat(s, false);
        return rows("SELECT * FROM audit_log", f.where(), " ORDER BY id DESC", rs -> {
            AuditLine line = format.line(AuditRepository.map(rs), Sql.longOrNull(rs, "change_id"),
                    Sql.longOrNull(rs, "undone_by"));
            return row(line.at(), line.who(), line.sentence(), line.changes(), line.entity(), line.entityId());
        });
    }

    private TableRows rows(String select, Where where, String order, Sql.RowMapper<List<Object>> mapper) {
        return new TableRows(s, select + where.sql() + order, where.params(), mapper);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
