package org.xinye.ledger.store;

import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.RegionLevel;

/**
 * Coverage of one region. {@link #UNASSIGNED} collects units and people with no township
 * recorded; {@link #TOTAL} is the whole ledger.
 */
public record RegionCoverage(String code, String name, RegionLevel level, CoverageCounts counts) {
    public static final String UNASSIGNED = "unassigned";
    public static final String TOTAL = "total";
}
