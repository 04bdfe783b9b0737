package org.xinye.ledger.store.rollup;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * What a city ledger already holds that decides whether a submission can be taken in: its region
 * tree, the files taken, the submission counted for each scope and period, and whether ID numbers
 * are plain or hashed (and under which key). Files of one roll-up are checked against it in turn,
 * each accepted one added, so two files of the same roll-up are weighed against each other too.
 */
public final class CityContext {
    private final Map<String, Region> regions = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Instant> counted = new HashMap<>();
    /** Empty: nothing counted yet; else the key check of what is counted ("" for plain ID numbers). */
    private Optional<String> keyCheck;

    private CityContext() {
    }

    public static CityContext of(Session s) {
        CityContext ctx = new CityContext();
        s.regions().all().forEach(r -> ctx.regions.put(r.code(), r));
        ctx.taken.addAll(Sql.list(s.connection(),
                "SELECT sha256 FROM rollup_submission WHERE state IN ('CURRENT','REPLACED')", rs -> rs.getString(1)));
        for (var e : Sql.list(s.connection(), "SELECT scope_key || '@' || period, created_at FROM rollup_submission"
                + " WHERE state = 'CURRENT'", rs -> Map.entry(rs.getString(1), Instant.parse(rs.getString(2))))) {
            ctx.counted.put(e.getKey(), e.getValue());
        }
        ctx.keyCheck = Sql.one(s.connection(), "SELECT COALESCE(key_check, '') FROM rollup_submission"
                + " WHERE state = 'CURRENT' LIMIT 1", rs -> rs.getString(1));
        return ctx;
    }

    Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** Whether the region lies in the county (is it, or below it) in this city's tree. */
    boolean inCounty(String code, String county) {
        Region r = regions.get(code);
        for (int depth = 0; r != null && depth < 8; depth++) {
            if (r.code().equals(county)) {
                return true;
            }
            r = r.parentCode() == null ? null : regions.get(r.parentCode());
        }
        return false;
    }

    boolean isCounty(String code) {
        Region r = regions.get(code);
        return r != null && r.level() == RegionLevel.COUNTY;
    }

    boolean taken(String sha256) {
        return taken.contains(sha256);
    }

    /** When the submission counted now for this scope and period was written, if there is one. */
    Optional<Instant> countedAt(String scopeKey, String period) {
        return Optional.ofNullable(counted.get(scopeKey + "@" + period));
    }

    Optional<String> keyCheck() {
        return keyCheck;
    }

    /** Adds a file just accepted, for the checks of the files after it. */
    public void accept(Received r) {
        taken.add(r.sha256());
        counted.put(r.scope().key() + "@" + r.period(), r.createdAt());
        if (keyCheck.isEmpty()) {
            keyCheck = Optional.of(r.keyCheck() == null ? "" : r.keyCheck());
        }
    }
}
