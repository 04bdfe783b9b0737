package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Designation;
import org.xinye.ledger.domain.DesignationKind;
import org.xinye.ledger.domain.DoubleReport;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.OrgLife;
import org.xinye.ledger.domain.RelationStatus;

/** What a party member carries: org relation, org-life participations, double reports, designations. */
public final class MembershipRepository {
    private final Connection c;

    MembershipRepository(Connection c) {
        this.c = c;
    }

    static Membership map(ResultSet rs) throws SQLException {
        return new Membership(rs.getLong("worker_id"), Sql.longOrNull(rs, "org_id"),
                Sql.enumOf(RelationStatus.class, rs, "relation_status"), rs.getString("home_org"),
                rs.getString("mobile_cert_no"), Sql.date(rs, "mobile_cert_date"), Sql.date(rs, "last_annual_check"),
                Sql.date(rs, "joined_date"), rs.getString("org_text"));
    }

    public Optional<Membership> get(long workerId) {
        return Sql.one(c, "SELECT * FROM membership WHERE worker_id = ?", MembershipRepository::map, workerId);
    }

    public void save(Membership m) {
        Sql.update(c, """
                INSERT INTO membership(worker_id, org_id, relation_status, home_org, mobile_cert_no, mobile_cert_date,
                    last_annual_check, joined_date, org_text) VALUES (?,?,?,?,?,?,?,?,?)
                ON CONFLICT(worker_id) DO UPDATE SET org_id = excluded.org_id,
                    relation_status = excluded.relation_status, home_org = excluded.home_org,
                    mobile_cert_no = excluded.mobile_cert_no, mobile_cert_date = excluded.mobile_cert_date,
                    last_annual_check = excluded.last_annual_check, joined_date = excluded.joined_date,
                    org_text = excluded.org_text""",
                m.workerId(), m.orgId(), m.relationStatus(), m.homeOrg(), m.mobileCertNo(), m.mobileCertDate(),
                m.lastAnnualCheck(), m.joinedDate(), m.orgText());
    }

    /** The relations of these workers, by worker id (those without one are absent). */
    public java.util.Map<Long, Membership> of(java.util.Collection<Long> workerIds) {
        java.util.Map<Long, Membership> out = new java.util.HashMap<>();
        InChunks.query(c, "SELECT * FROM membership WHERE worker_id IN IN_LIST", workerIds, rs -> {
            Membership m = map(rs);
            out.put(m.workerId(), m);
            return null;
        });
        return out;
    }

    public void delete(long workerId) {
        Sql.update(c, "DELETE FROM membership WHERE worker_id = ?", workerId);
    }

    public long addOrgLife(OrgLife l) {
        return Sql.insert(c, "INSERT INTO org_life(worker_id, org_id, from_date, to_date) VALUES (?,?,?,?)",
                l.workerId(), l.orgId(), l.from(), l.to());
    }

    public List<OrgLife> orgLife(long workerId) {
        return Sql.list(c, "SELECT * FROM org_life WHERE worker_id = ? ORDER BY from_date, id",
                rs -> new OrgLife(rs.getLong("id"), rs.getLong("worker_id"), rs.getLong("org_id"),
                        Sql.date(rs, "from_date"), Sql.date(rs, "to_date")), workerId);
    }

    public void deleteOrgLife(long id) {
        Sql.update(c, "DELETE FROM org_life WHERE id = ?", id);
    }

    public long addDoubleReport(DoubleReport r) {
        return Sql.insert(c, """
                INSERT INTO double_report(worker_id, org_id, community_code, community_name, report_date)
                VALUES (?,?,?,?,?)""", r.workerId(), r.orgId(), r.communityCode(), r.communityName(), r.date());
    }

    public List<DoubleReport> doubleReports(long workerId) {
        return Sql.list(c, "SELECT * FROM double_report WHERE worker_id = ? ORDER BY report_date, id",
                MembershipRepository::mapReport, workerId);
    }

    private static DoubleReport mapReport(ResultSet rs) throws SQLException {
        return new DoubleReport(rs.getLong("id"), Sql.longOrNull(rs, "worker_id"), Sql.longOrNull(rs, "org_id"),
                rs.getString("community_code"), rs.getString("community_name"), Sql.date(rs, "report_date"));
    }

    public void deleteDoubleReport(long id) {
        Sql.update(c, "DELETE FROM double_report WHERE id = ?", id);
    }

    public long addDesignation(Designation d) {
        return Sql.insert(c, "INSERT INTO designation(worker_id, kind, title, year, date, notes) VALUES (?,?,?,?,?,?)",
                d.workerId(), d.kind(), d.title(), d.year(), d.date(), d.notes());
    }

    public List<Designation> designations(long workerId) {
        return Sql.list(c, "SELECT * FROM designation WHERE worker_id = ? ORDER BY year, id",
                rs -> new Designation(rs.getLong("id"), rs.getLong("worker_id"),
                        Sql.enumOf(DesignationKind.class, rs, "kind"), rs.getString("title"), Sql.intOrNull(rs, "year"),
                        Sql.date(rs, "date"), rs.getString("notes")), workerId);
    }

    public void deleteDesignation(long id) {
        Sql.update(c, "DELETE FROM designation WHERE id = ?", id);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM membership");
    }
}
