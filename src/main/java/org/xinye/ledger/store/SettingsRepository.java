package org.xinye.ledger.store;

import java.sql.Connection;
import java.util.Optional;

/** Settings stored in the ledger itself (they travel with the file). */
public final class SettingsRepository {
    public static final String MASS_ORG_COUNTS_AS_WORK = "rules.massOrgCountsAsWork";
    /** The 组织覆盖率 target drawn on the rates chart, in percent. */
    public static final String ORG_RATE_TARGET = "rules.orgRateTarget";
    public static final int DEFAULT_ORG_RATE_TARGET = 80;
    /** The issuing unit printed on reports (制发单位), e.g. 中共××区委组织部; asked once. */
    public static final String ISSUING_UNIT = "report.issuingUnit";
    /** Prefix of a superior's form's remembered mapping; the form's signature follows. */
    public static final String FORM_MAPPING = "report.form.";
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

    /** The 组织覆盖率 target in percent (0–100); 80 until set. */
    public int orgRateTarget() {
        try {
            int v = Integer.parseInt(get(ORG_RATE_TARGET).orElse("").trim());
            return v >= 0 && v <= 100 ? v : DEFAULT_ORG_RATE_TARGET;
        } catch (NumberFormatException e) {
            return DEFAULT_ORG_RATE_TARGET;
        }
    }

    public void setOrgRateTarget(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("target out of range: " + percent);
        }
        put(ORG_RATE_TARGET, Integer.toString(percent));
    }

    /** The issuing unit for reports, empty until set. */
    public String issuingUnit() {
        return get(ISSUING_UNIT).map(String::strip).orElse("");
    }

    public void setIssuingUnit(String unit) {
        put(ISSUING_UNIT, unit == null ? "" : unit.strip());
    }
}
