package org.xinye.ledger.io.imports;

import java.util.Locale;

/** What a file holds: a roster of workers, or a list of units (which may carry coverage facts). */
public enum ImportType {
    WORKERS, ENTERPRISES;

    /** The name used on the command line and stored on the batch: {@code workers}, {@code enterprises}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportType of(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
