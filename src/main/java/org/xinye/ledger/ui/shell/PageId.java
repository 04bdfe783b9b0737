package org.xinye.ledger.ui.shell;

import java.util.Locale;

/** The pages of the left navigation, in order; labels come from {@code nav.<name>}, icons from Material Design. */
public enum PageId {
    DASHBOARD("mdi2v-view-dashboard-outline"),
    UNITS("mdi2o-office-building-outline"),
    ORGS("mdi2f-flag-outline"),
    PEOPLE("mdi2a-account-group-outline"),
    INSTRUCTORS("mdi2a-account-tie-outline"),
    STATIONS("mdi2h-home-heart"),
    FOLLOW_UPS("mdi2c-clipboard-check-outline"),
    IMPORT("mdi2f-file-import-outline"),
    COVERAGE("mdi2c-chart-bar"),
    REPORTS("mdi2f-file-document-outline"),
    ROLLUP("mdi2s-sigma"),
    AUDIT("mdi2h-history");

    private final String icon;

    PageId(String icon) {
        this.icon = icon;
    }

    public String labelKey() {
        return "nav." + name().toLowerCase(Locale.ROOT);
    }

    /** The page a command line names ({@code people}, {@code follow_ups} or {@code follow-ups}, any case). */
    public static java.util.Optional<PageId> parse(String name) {
        String key = name.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (PageId id : values()) {
            if (id.name().equals(key)) {
                return java.util.Optional.of(id);
            }
        }
        return java.util.Optional.empty();
    }

    /** The names {@link #parse} takes, as a command line spells them. */
    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** Ikonli icon literal. */
    public String icon() {
        return icon;
    }
}
