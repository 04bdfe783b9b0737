package org.xinye.ledger.domain;

/** How a unit is covered, with the sub-kind of organizational coverage. */
public enum CoverageStatus {
    /** 单独组建: an org covers only this unit. */
    ORG_SINGLE,
    /** 联合组建: an org covers this unit and others. */
    ORG_JOINT,
    /** 区域/行业覆盖: an AREA or INDUSTRY org covers it. */
    ORG_AREA,
    /** 工作覆盖: no org, but an instructor/liaison or a mass organization. */
    WORK,
    UNCOVERED,
    /** Not counted: not operating or not flagged in scope. */
    OUT_OF_SCOPE;

    public boolean isOrgCovered() {
        return this == ORG_SINGLE || this == ORG_JOINT || this == ORG_AREA;
    }
}
