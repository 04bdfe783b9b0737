package org.xinye.ledger.store;

import java.util.List;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;

/** The 党组织 table's filter; every field optional (null). {@code text} searches the name and the secretary. */
public record OrgFilter(String text, String name, OrgLevel level, OrgForm form, Boolean active, String regionCode,
                        String county, List<Long> ids) implements TableFilter {
    public static final OrgFilter NONE = new OrgFilter(null, null, null, null, null, null, null, null);

    public OrgFilter {
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** Exactly these orgs. */
    public static OrgFilter ids(List<Long> ids) {
        return new OrgFilter(null, null, null, null, null, null, null, ids);
    }

    /** The conditions on the alias {@code o} (party_org). */
    public Where where() {
        Where w = new Where();
        TextSearch.anyContains(w, text, "o.name", "o.secretary");
        TextSearch.contains(w, name, "o.name");
        return w.equal("o.level", level).equal("o.form", form).equal("o.active", active)
                .equal("o.region_code", regionCode).inCounty("o.region_code", county).idIn("o.id", ids);
    }
}
