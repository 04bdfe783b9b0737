package org.xinye.ledger.store;

/**
 * Which coverage rows a table of coverage holds: by county, or by township of one county (or
 * of all), over the units {@code units} admits. The coverage export's filter.
 */
public record CoverageBreakdown(boolean byTownship, String county, CoverageQueries.Filter units)
        implements TableFilter {
    public static final CoverageBreakdown BY_COUNTY = new CoverageBreakdown(false, null, CoverageQueries.Filter.NONE);

    public CoverageBreakdown {
        units = units == null ? CoverageQueries.Filter.NONE : units;
    }
}
