package org.xinye.ledger.report;

import java.util.Locale;
import org.xinye.ledger.domain.Messages;

/** The coverage charts; the command line names them in lower case. */
public enum ChartKind {
    /** Org-covered / work-covered / uncovered units, stacked per region. */
    STACKED,
    /** The three rates per region, grouped, against the target line. */
    RATES,
    /** Unit coverage per industry. */
    INDUSTRY,
    /** Party members per occupation. */
    OCCUPATION,
    /** The three rates over the monthly snapshots. */
    TREND;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return Messages.get("chart.kind." + cliName());
    }

    /** The kind of a command-line name, or null. */
    public static ChartKind ofCliName(String name) {
        for (ChartKind k : values()) {
            if (k.cliName().equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label();
    }
}
