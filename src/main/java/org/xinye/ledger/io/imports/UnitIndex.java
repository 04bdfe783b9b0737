package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.ImportStore;

/**
 * The ledger's units by credit code and by name, loaded once per import so no row costs a
 * query. A credit code decides; a name decides only when exactly one unit bears it.
 */
final class UnitIndex {
    /** How a unit reference in a row resolved. */
    record Match(Long id, int candidates) {
        boolean found() {
            return id != null;
        }
    }

    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, List<Long>> byName = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    UnitIndex(List<ImportStore.UnitKey> units) {
        for (ImportStore.UnitKey u : units) {
            add(u.id(), u.name(), u.creditCode());
        }
    }

    void add(long id, String name, String code) {
        if (code != null) {
            byCode.put(code, id);
        }
        byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(id);
        names.put(id, name);
    }

    static String key(String name) {
        return Text.compact(name);
    }

    Match match(String code, String name) {
        if (code != null) {
            Long id = byCode.get(code);
            if (id != null) {
                return new Match(id, 1);
            }
        }
        if (name == null) {
            return new Match(null, 0);
        }
        List<Long> ids = byName.getOrDefault(key(name), List.of());
        return new Match(ids.size() == 1 ? ids.get(0) : null, ids.size());
    }

    /** Another unit than {@code id} that bears exactly this name, if there is one. */
    Long otherNamed(String name, long id) {
        return byName.getOrDefault(key(name), List.of()).stream().filter(o -> o != id).findFirst().orElse(null);
    }

    String name(Long id) {
        return id == null ? null : names.get(id);
    }
}
