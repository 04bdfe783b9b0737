package org.xinye.ledger.store;

import java.util.List;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.OperatingStatus;

/**
 * The 企业 table's filter; every field optional (null). {@code text} searches the name,
 * credit code and address; {@code ids} the rows a page lists (its search and column filters
 * run over the list in memory, so its export names the rows it shows).
 */
public record UnitFilter(String text, String name, EnterpriseKind kind, Industry industry, OperatingStatus status,
                         Boolean inScope, CoverageStatus coverage, Long parentId, String townshipCode, String county,
                         List<Long> ids) implements TableFilter {
    public static final UnitFilter NONE = new UnitFilter(null, null, null, null, null, null, null, null, null, null,
            null);

    public UnitFilter {
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** Exactly these units. */
    public static UnitFilter ids(List<Long> ids) {
        return new UnitFilter(null, null, null, null, null, null, null, null, null, null, ids);
    }

    /** The conditions on the aliases {@code e} (enterprise) and {@code uc} (its coverage, left-joined). */
    public Where where() {
        Where w = new Where();
        TextSearch.anyContains(w, text, "e.name", "e.credit_code", "e.address");
        TextSearch.contains(w, name, "e.name");
        return w.equal("e.kind", kind).equal("e.industry", industry).equal("e.status", status)
                .equal("e.in_scope", inScope).equal("uc.status", coverage).equal("e.parent_id", parentId)
                .equal("e.township_code", townshipCode).inCounty("e.township_code", county).idIn("e.id", ids);
    }
}
