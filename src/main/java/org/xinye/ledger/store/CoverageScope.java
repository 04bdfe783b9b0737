package org.xinye.ledger.store;

import java.util.List;

/**
 * The units (and people) behind one row: a region code of the grouping, or
 * {@link RegionCoverage#UNASSIGNED} for the rest of that grouping, or {@link #ALL}.
 */
public record CoverageScope(Grouping grouping, String code) {
    /** How the rows of a table are grouped: by county or by township. */
    public enum Grouping { COUNTY, TOWNSHIP }

    public static final CoverageScope ALL = new CoverageScope(null, RegionCoverage.TOTAL);

    public static CoverageScope county(String code) {
        return new CoverageScope(Grouping.COUNTY, code);
    }

    public static CoverageScope township(String code) {
        return new CoverageScope(Grouping.TOWNSHIP, code);
    }

    /** SQL conditions on the region alias {@code r} of the place, each starting with AND. */
    String sql(List<Object> params) {
        if (grouping == null || RegionCoverage.TOTAL.equals(code)) {
            return "";
        }
        boolean rest = RegionCoverage.UNASSIGNED.equals(code);
        if (grouping == Grouping.COUNTY) {
            if (rest) {
                return " AND (r.parent_code IS NULL OR r.parent_code NOT IN (SELECT code FROM region WHERE level = 'COUNTY'))";
            }
            params.add(code);
            return " AND r.parent_code = ?";
        }
        if (rest) {
            return " AND (r.code IS NULL OR r.level <> 'TOWNSHIP')";
        }
        params.add(code);
        return " AND r.code = ?";
    }
}
