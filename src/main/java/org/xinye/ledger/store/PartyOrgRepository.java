package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PartyOrg;

/** Party organizations (党组织) and the units each covers. */
public final class PartyOrgRepository {
    private final Connection c;

    PartyOrgRepository(Connection c) {
        this.c = c;
    }

    public static PartyOrg map(ResultSet rs) throws SQLException {
        return new PartyOrg(rs.getLong("id"), rs.getString("name"), Sql.enumOf(OrgLevel.class, rs, "level"),
                Sql.enumOf(OrgForm.class, rs, "form"), Sql.longOrNull(rs, "parent_id"), rs.getString("region_code"),
                rs.getString("secretary"), rs.getString("contact"), Sql.date(rs, "established"),
                Sql.bool(rs, "active"), rs.getString("notes"));
    }

    public long insert(PartyOrg o) {
        String now = Instant.now().toString();
        return Sql.insert(c, """
                INSERT INTO party_org(name, level, form, parent_id, region_code, secretary, contact, established,
                    active, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                o.name(), o.level(), o.form(), o.parentId(), o.regionCode(), o.secretary(), o.contact(),
                o.established(), o.active(), o.notes(), now, now);
    }

    public void update(PartyOrg o) {
        int n = Sql.update(c, """
                UPDATE party_org SET name = ?, level = ?, form = ?, parent_id = ?, region_code = ?, secretary = ?,
                    contact = ?, established = ?, active = ?, notes = ?, updated_at = ? WHERE id = ?""",
                o.name(), o.level(), o.form(), o.parentId(), o.regionCode(), o.secretary(), o.contact(),
                o.established(), o.active(), o.notes(), Instant.now().toString(), o.id());
        if (n != 1) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "store.recordGone", null, o.id());
        }
    }

    public void delete(long id) {
        Sql.update(c, "DELETE FROM party_org WHERE id = ?", id);
    }

    public Optional<PartyOrg> get(long id) {
        return Sql.one(c, "SELECT * FROM party_org WHERE id = ?", PartyOrgRepository::map, id);
    }

    public List<PartyOrg> all() {
        return Sql.list(c, "SELECT * FROM party_org ORDER BY id", PartyOrgRepository::map);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM party_org");
    }

    public List<PartyOrg> byName(String name) {
        return Sql.list(c, "SELECT * FROM party_org WHERE name = ? ORDER BY id", PartyOrgRepository::map, name);
    }

    /** Links an org to a unit it covers; linking twice is harmless. */
    public void cover(long orgId, long enterpriseId) {
        Sql.update(c, "INSERT OR IGNORE INTO org_coverage(org_id, enterprise_id) VALUES (?, ?)", orgId, enterpriseId);
    }

    public void uncover(long orgId, long enterpriseId) {
        Sql.update(c, "DELETE FROM org_coverage WHERE org_id = ? AND enterprise_id = ?", orgId, enterpriseId);
    }

    public List<Enterprise> coveredUnits(long orgId) {
        return Sql.list(c, """
                SELECT e.* FROM enterprise e JOIN org_coverage oc ON oc.enterprise_id = e.id
                WHERE oc.org_id = ? ORDER BY e.name""", EnterpriseRepository::map, orgId);
    }

    public List<PartyOrg> coveringOrgs(long enterpriseId) {
        return Sql.list(c, """
                SELECT o.* FROM party_org o JOIN org_coverage oc ON oc.org_id = o.id
                WHERE oc.enterprise_id = ? ORDER BY o.name""", PartyOrgRepository::map, enterpriseId);
    }

    public int coveredCount(long orgId) {
        return (int) Sql.count(c, "SELECT COUNT(*) FROM org_coverage WHERE org_id = ?", orgId);
    }
}
