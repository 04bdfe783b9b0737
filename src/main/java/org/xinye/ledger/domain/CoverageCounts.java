package org.xinye.ledger.domain;

/**
 * Coverage counts of a set of units (a township, a county, the whole ledger) and the three
 * rates over the in-scope units.
 */
public record CoverageCounts(int inScope, int orgSingle, int orgJoint, int orgArea, int workCovered, int uncovered,
                             int workers, int partyMembers) {

    public static final CoverageCounts ZERO = new CoverageCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** 组织覆盖 units: single, joint and area/industry together. */
    public int orgCovered() {
        return orgSingle + orgJoint + orgArea;
    }

    /** 组织覆盖率 = org-covered / in-scope. */
    public double orgRate() {
        return CoverageRules.rate(orgCovered(), inScope);
    }

    /** 工作覆盖率 = (org-covered + work-covered) / in-scope. */
    public double workRate() {
        return CoverageRules.rate(orgCovered() + workCovered, inScope);
    }

    /** 单独组建率 = single-org units / in-scope. */
    public double singleRate() {
        return CoverageRules.rate(orgSingle, inScope);
    }

    public CoverageCounts plus(CoverageCounts o) {
        return new CoverageCounts(inScope + o.inScope, orgSingle + o.orgSingle, orgJoint + o.orgJoint,
                orgArea + o.orgArea, workCovered + o.workCovered, uncovered + o.uncovered,
                workers + o.workers, partyMembers + o.partyMembers);
    }

    /** Adds one unit of the given status. */
    public CoverageCounts plus(CoverageStatus status) {
        if (status == CoverageStatus.OUT_OF_SCOPE) {
            return this;
        }
        return new CoverageCounts(inScope + 1,
                orgSingle + (status == CoverageStatus.ORG_SINGLE ? 1 : 0),
                orgJoint + (status == CoverageStatus.ORG_JOINT ? 1 : 0),
                orgArea + (status == CoverageStatus.ORG_AREA ? 1 : 0),
                workCovered + (status == CoverageStatus.WORK ? 1 : 0),
                uncovered + (status == CoverageStatus.UNCOVERED ? 1 : 0),
                workers, partyMembers);
    }

    public CoverageCounts withPeople(int newWorkers, int newPartyMembers) {
        return new CoverageCounts(inScope, orgSingle, orgJoint, orgArea, workCovered, uncovered, newWorkers, newPartyMembers);
    }
}
