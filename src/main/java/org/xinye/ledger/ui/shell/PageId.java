package org.xinye.ledger.ui.shell;

/** The pages of the left navigation, in order; labels come from {@code nav.<name>}. */
public enum PageId {
    DASHBOARD, UNITS, ORGS, PEOPLE, INSTRUCTORS, STATIONS, FOLLOW_UPS, IMPORT, COVERAGE, REPORTS, AUDIT;

    public String labelKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
