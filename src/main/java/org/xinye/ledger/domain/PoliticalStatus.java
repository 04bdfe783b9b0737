package org.xinye.ledger.domain;

/** 政治面貌: 中共党员, 中共预备党员, 共青团员, 群众. Stored by name; labels come from the bundle. */
public enum PoliticalStatus {
    MEMBER, PROBATIONARY, LEAGUE, MASSES;

    /** 中共党员 or 中共预备党员: counted as party members and given an org relation. */
    public boolean isPartyMember() {
        return this == MEMBER || this == PROBATIONARY;
    }
}
