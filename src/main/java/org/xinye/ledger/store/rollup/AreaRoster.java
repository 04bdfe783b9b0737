package org.xinye.ledger.store.rollup;

import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * The roster of an area for reconciling a canvassing list (属地摸排) against it: everyone not 离职 who
 * serves in the area (their township, else their employer's), as coverage places people. The area is
 * a county or a township of the region tree; on a county's ledger it is that county unless narrowed.
 */
public final class AreaRoster {
    private AreaRoster() {
    }

    /**
     * The area a reconciliation without a unit covers: {@code code} when given (a region of the tree), else
     * the ledger's county; empty when neither (a ledger with no county scope reconciles against one unit).
     */
    public static Optional<String> areaOf(Session s, String code) {
        if (code != null) {
            String c = code.trim();
            if (s.regions().get(c).isEmpty()) {
                throw new InvalidValueException(Problem.of("region", "region.notFound", c));
            }
            return Optional.of(c);
        }
        return new ScopeStore(s).get().filter(sc -> sc.kind() == LedgerScope.Kind.COUNTY)
                .map(LedgerScope::countyCode);
    }

    public static List<ImportStore.RosterEntry> of(Session s, String area) {
        return Sql.list(s.connection(), """
                WITH RECURSIVE area(code) AS (SELECT ? UNION ALL SELECT r.code FROM region r JOIN area a ON r.parent_code = a.code)
                SELECT w.id, w.id_number, w.name, w.status FROM worker w
                LEFT JOIN enterprise e ON e.id = w.employer_id
                WHERE w.status <> 'LEFT' AND COALESCE(w.township_code, e.township_code) IN (SELECT code FROM area)
                ORDER BY w.name""", rs -> new ImportStore.RosterEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                WorkerStatus.valueOf(rs.getString(4))), area);
    }
}
