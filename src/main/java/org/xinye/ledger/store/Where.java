package org.xinye.ledger.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The conditions of one query, joined with AND, with their parameters in order: the one way
 * a table's filter becomes SQL, for its page and for its export alike. Each table's filter
 * adds its terms in {@code where(Where)}; text typed into a search box goes through
 * {@link TextSearch}.
 */
public final class Where {
    private final List<String> terms = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** A condition, with one parameter per {@code ?} in it. */
    public Where and(String term, Object... values) {
        terms.add(term);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** {@code column = value}, only when a value is given. */
    public Where equal(String column, Object value) {
        return value == null ? this : and(column + " = ?", value);
    }

    /** The 12-digit region code's county (its first 6 digits) is the county of {@code code}, when one is given. */
    public Where inCounty(String codeColumn, String code) {
        return code == null ? this : and("substr(" + codeColumn + ", 1, 6) = substr(?, 1, 6)", code);
    }

    /** The row's id is one of {@code ids}, when a list is given (an empty list keeps no row). */
    public Where idIn(String idColumn, List<Long> ids) {
        return ids == null ? this : and(idColumn + " IN (SELECT value FROM json_each(?))", RecordJson.write(ids));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** {@code ""} or {@code " WHERE (a) AND (b)"}. */
    public String sql() {
        return terms.isEmpty() ? "" : " WHERE (" + String.join(") AND (", terms) + ")";
    }

    public Object[] params() {
        return params.toArray();
    }

    /** The parameters followed by {@code more} (a page's LIMIT and OFFSET). */
    Object[] params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
