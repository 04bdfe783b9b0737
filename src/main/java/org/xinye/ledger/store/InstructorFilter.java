package org.xinye.ledger.store;

import java.util.List;
import org.xinye.ledger.domain.InstructorRole;

/** The 指导员 table's filter; every field optional (null). {@code text} searches the name and the home unit. */
public record InstructorFilter(String text, String name, InstructorRole role, Boolean active, List<Long> ids)
        implements TableFilter {
    public static final InstructorFilter NONE = new InstructorFilter(null, null, null, null, null);

    public InstructorFilter {
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** Exactly these instructors. */
    public static InstructorFilter ids(List<Long> ids) {
        return new InstructorFilter(null, null, null, null, ids);
    }

    /** The conditions on the alias {@code i} (instructor). */
    public Where where() {
        Where w = new Where();
        TextSearch.anyContains(w, text, "i.name", "i.home_unit");
        TextSearch.contains(w, name, "i.name");
        return w.equal("i.role", role).equal("i.active", active).idIn("i.id", ids);
    }
}
