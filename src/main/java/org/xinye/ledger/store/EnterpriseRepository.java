package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.OperatingStatus;

/** Units (新业态企业/网点). */
public final class EnterpriseRepository extends RecordRepository<Enterprise> {
    static final String COLUMNS = "name, credit_code, kind, industry, parent_id, township_code, address, declared_workers, "
            + "status, in_scope, competent_dept, responsible_unit, party_in_charter, cross_appointment, has_union, "
            + "has_youth_league, has_womens_federation, contact_name, contact_phone, notes";
    EnterpriseRepository(Connection c) {
        super(c, "enterprise", COLUMNS, EnterpriseRepository::map);
    }

    public static Enterprise map(ResultSet rs) throws SQLException {
        return new Enterprise(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                Sql.enumOf(EnterpriseKind.class, rs, "kind"), Sql.enumOf(Industry.class, rs, "industry"),
                Sql.longOrNull(rs, "parent_id"), rs.getString("township_code"), rs.getString("address"),
                Sql.intOrNull(rs, "declared_workers"), Sql.enumOf(OperatingStatus.class, rs, "status"),
                Sql.bool(rs, "in_scope"), rs.getString("competent_dept"), rs.getString("responsible_unit"),
                Sql.bool(rs, "party_in_charter"), Sql.bool(rs, "cross_appointment"), Sql.bool(rs, "has_union"),
                Sql.bool(rs, "has_youth_league"), Sql.bool(rs, "has_womens_federation"), rs.getString("contact_name"),
                rs.getString("contact_phone"), rs.getString("notes"));
    }

    @Override
    long idOf(Enterprise e) {
        return e.id();
    }

    @Override
    Object[] values(Enterprise e) {
        return new Object[] {e.name(), e.creditCode(), e.kind(), e.industry(), e.parentId(), e.townshipCode(),
                e.address(), e.declaredWorkers(), e.status(), e.inScope(), e.competentDept(), e.responsibleUnit(),
                e.partyInCharter(), e.crossAppointment(), e.hasUnion(), e.hasYouthLeague(), e.hasWomensFederation(),
                e.contactName(), e.contactPhone(), e.notes()};
    }

    public List<Enterprise> all() {
        return Sql.list(c, "SELECT * FROM enterprise ORDER BY id", EnterpriseRepository::map);
    }

    public long count() {
        return Sql.count(c, "SELECT COUNT(*) FROM enterprise");
    }

    public Optional<Enterprise> byCreditCode(String code) {
        return Sql.one(c, "SELECT * FROM enterprise WHERE credit_code = ?", EnterpriseRepository::map, code);
    }

    public List<Enterprise> byName(String name) {
        return Sql.list(c, "SELECT * FROM enterprise WHERE name = ? ORDER BY id", EnterpriseRepository::map, name);
    }
}
