package org.xinye.ledger.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinye.ledger.domain.Messages;

/**
 * Names and values read back out of a ledger's own rows (the import journal, the change log's
 * JSON) are data, never SQL. Before a table or column name taken from them is put into a
 * statement it is checked against the schema this build writes; values are only ever bound. A
 * name the schema does not have, or an entry not in the form the app writes, refuses the whole
 * undo before anything is changed: the file was altered outside the app.
 */
final class StoredNames {
    /** Where a stored name came from: the import journal. */
    static final String JOURNAL = "journal";
    /** Where a stored name came from: the change log of the record pages. */
    static final String CHANGE_LOG = "changeLog";

    private StoredNames() {
    }

    /** {@code name}, when it is one of {@code known}; otherwise the refusal naming it. */
    static String table(String where, String name, Collection<String> known) {
        if (name == null || !known.contains(name)) {
            throw unknownName(where, name);
        }
        return name;
    }

    /** Checks that every one of {@code names} is a column of {@code table} in the schema this build writes. */
    static void columns(String where, String table, Collection<String> names) {
        Set<String> have = LedgerSchema.expectedColumns(Migrations.current(), table).stream()
                .map(LedgerSchema.Column::name).collect(Collectors.toSet());
        for (String name : names) {
            if (name == null || !have.contains(name)) {
                throw unknownName(where, name);
            }
        }
    }

    /**
     * {@code row} as a map of column names of {@code table} to plain values (text, integer, real,
     * null), checked; anything else is the refusal.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> row(String where, String table, Object row) {
        if (!(row instanceof Map<?, ?> m)) {
            throw malformed(where);
        }
        for (Object v : m.values()) {
            if (v != null && !(v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean)) {
                throw malformed(where);
            }
        }
        columns(where, table, (Set<String>) m.keySet());
        return (Map<String, Object>) m;
    }

    /** {@code json} parsed as an object, or the refusal when it is not one. */
    static Map<String, Object> object(String where, String json) {
        try {
            return RecordJson.parseObject(json);
        } catch (RuntimeException e) {
            throw malformed(where);
        }
    }

    /** {@code value} as a list, or the refusal when it is something else. */
    @SuppressWarnings("unchecked")
    static List<Object> list(String where, Object value) {
        if (!(value instanceof List<?>)) {
            throw malformed(where);
        }
        return (List<Object>) value;
    }

    /** {@code value} as an object, or the refusal when it is something else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String where, Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw malformed(where);
        }
        return (Map<String, Object>) value;
    }

    static StoreException unknownName(String where, String name) {
        return new StoreException(StoreException.Kind.FOREIGN, "store.storedName", null,
                Messages.get("store.stored." + where), SchemaCheck.shown(String.valueOf(name)));
    }

    static StoreException malformed(String where) {
        return new StoreException(StoreException.Kind.FOREIGN, "store.storedData", null,
                Messages.get("store.stored." + where));
    }
}
