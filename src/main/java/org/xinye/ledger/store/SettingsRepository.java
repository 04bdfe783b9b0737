package org.xinye.ledger.store;

import java.sql.Connection;
import java.util.Optional;
import org.xinye.ledger.domain.CoverageRules;

/** Settings stored in the ledger itself (they travel with the file). */
public final class SettingsRepository {
    public static final String MASS_ORG_COUNTS_AS_WORK = "rules.massOrgCountsAsWork";
    private final Connection c;

    SettingsRepository(Connection c) {
        this.c = c;
    }

    public Optional<String> get(String key) {
        return Sql.one(c, "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        Sql.update(c, "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    public boolean flag(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    public CoverageRules.Settings coverageSettings() {
        return new CoverageRules.Settings(flag(MASS_ORG_COUNTS_AS_WORK, true));
    }
}
