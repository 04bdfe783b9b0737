package org.xinye.ledger.store;

import java.util.Set;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageStatus;

/** A count of the coverage table that can be opened as its list of units. */
public enum CoverageCount {
    IN_SCOPE(CoverageStatus.ORG_SINGLE, CoverageStatus.ORG_JOINT, CoverageStatus.ORG_AREA, CoverageStatus.WORK,
            CoverageStatus.UNCOVERED),
    ORG(CoverageStatus.ORG_SINGLE, CoverageStatus.ORG_JOINT, CoverageStatus.ORG_AREA),
    ORG_SINGLE(CoverageStatus.ORG_SINGLE),
    ORG_JOINT(CoverageStatus.ORG_JOINT),
    ORG_AREA(CoverageStatus.ORG_AREA),
    WORK(CoverageStatus.WORK),
    UNCOVERED(CoverageStatus.UNCOVERED);

    private final Set<CoverageStatus> statuses;

    CoverageCount(CoverageStatus... statuses) {
        this.statuses = Set.of(statuses);
    }

    public Set<CoverageStatus> statuses() {
        return statuses;
    }

    /** This count in a row of counts. */
    public int of(CoverageCounts k) {
        return switch (this) {
            case IN_SCOPE -> k.inScope();
            case ORG -> k.orgCovered();
            case ORG_SINGLE -> k.orgSingle();
            case ORG_JOINT -> k.orgJoint();
            case ORG_AREA -> k.orgArea();
            case WORK -> k.workCovered();
            case UNCOVERED -> k.uncovered();
        };
    }
}
