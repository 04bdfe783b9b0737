package org.xinye.ledger.store;

import java.util.List;
import org.xinye.ledger.domain.StationKind;

/** The 阵地 table's filter; every field optional (null). {@code text} searches the name, host and address. */
public record StationFilter(String text, String name, StationKind kind, String regionCode, String county,
                            List<Long> ids) implements TableFilter {
    public static final StationFilter NONE = new StationFilter(null, null, null, null, null, null);

    public StationFilter {
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** Exactly these stations. */
    public static StationFilter ids(List<Long> ids) {
        return new StationFilter(null, null, null, null, null, ids);
    }

    /** The conditions on the alias {@code st} (station). */
    public Where where() {
        Where w = new Where();
        TextSearch.anyContains(w, text, "st.name", "st.host", "st.address");
        TextSearch.contains(w, name, "st.name");
        return w.equal("st.kind", kind).equal("st.region_code", regionCode).inCounty("st.region_code", county)
                .idIn("st.id", ids);
    }
}
