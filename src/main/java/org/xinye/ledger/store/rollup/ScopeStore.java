package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.RegionRepository;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;

/** The ledger's scope (table {@code ledger_scope}): whose ledger this is. */
public final class ScopeStore {
    private final Session s;
    private final Connection c;

    public ScopeStore(Session s) {
        this.s = s;
        this.c = s.connection();
    }

    /** The scope, or empty while it has not been set. */
    public Optional<LedgerScope> get() {
        return Sql.one(c, "SELECT kind, county_code, department, industries FROM ledger_scope WHERE id = 1",
                rs -> new LedgerScope(LedgerScope.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        industries(rs.getString(4))));
    }

    /**
     * Sets the scope, recorded in the 操作日志. A county must be a county of the region tree. A ledger
     * that holds roll-ups stays the city's; a ledger that holds records of its own cannot become the
     * city's, whose records are replaced by every roll-up.
     */
    public void set(LedgerScope scope) {
        if (scope.kind() == LedgerScope.Kind.COUNTY) {
            s.regions().county(scope.countyCode());
        }
        Optional<LedgerScope> before = get();
        if (before.equals(Optional.of(scope))) {
            return;
        }
        boolean rolledUp = Sql.count(c, "SELECT COUNT(*) FROM rollup_submission") > 0;
        if (rolledUp && scope.kind() != LedgerScope.Kind.CITY) {
            throw new StoreException(StoreException.Kind.NOT_EMPTY, "scope.cityHoldsRollups", null);
        }
        if (scope.kind() == LedgerScope.Kind.CITY && !rolledUp && holdsRecords()) {
            throw new StoreException(StoreException.Kind.NOT_EMPTY, "scope.cityNeedsEmpty", null);
        }
        Sql.update(c, """
                INSERT INTO ledger_scope(id, kind, county_code, department, industries) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, county_code = excluded.county_code,
                    department = excluded.department, industries = excluded.industries""",
                scope.kind(), scope.countyCode(), scope.department(), scope.industriesText());
        s.audit().append("ledger", null, "SCOPE", before.map(b -> RecordJson.write(Map.of("scope", describe(b))))
                .orElse(null), RecordJson.write(Map.of("scope", describe(scope))));
    }

    /** Whether the ledger holds units, party orgs or people. */
    public boolean holdsRecords() {
        return Sql.count(c, "SELECT (SELECT COUNT(*) FROM enterprise) + (SELECT COUNT(*) FROM worker)"
                + " + (SELECT COUNT(*) FROM party_org)") > 0;
    }

    /** The scope as people read it: 包头市（市级汇总）, 昆都仑区, 市邮政管理局（快递、外卖）. */
    public String describe(LedgerScope scope) {
        return switch (scope.kind()) {
            case CITY -> Messages.get("scope.describe.city",
                    s.regions().city().map(Region::name).orElse(Messages.get("scope.kind.CITY")));
            case COUNTY -> Messages.get("scope.describe.county", countyName(scope.countyCode()));
            case DEPARTMENT -> Messages.get("scope.describe.department", scope.department(), scope.industriesLabel());
        };
    }

    /** The short name of a scope's party: the county's name or the department's. */
    public String partyName(LedgerScope scope) {
        return switch (scope.kind()) {
            case CITY -> s.regions().city().map(Region::name).orElse(Messages.get("scope.kind.CITY"));
            case COUNTY -> countyName(scope.countyCode());
            case DEPARTMENT -> scope.department();
        };
    }

    private String countyName(String code) {
        RegionRepository regions = s.regions();
        return regions.get(code).map(Region::name).orElse(code);
    }

    static java.util.Set<Industry> industries(String text) {
        java.util.Set<Industry> out = java.util.EnumSet.noneOf(Industry.class);
        if (text != null) {
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    out.add(Industry.valueOf(name.strip()));
                }
            }
        }
        return out;
    }
}
