package org.xinye.ledger.domain;

import java.time.LocalDate;

/** 组织关系 of a party member: which org holds the relation, and mobile-member certificate facts. */
public record Membership(
        long workerId,
        Long orgId,
        RelationStatus relationStatus,
        String homeOrg,
        String mobileCertNo,
        LocalDate mobileCertDate,
        LocalDate lastAnnualCheck,
        LocalDate joinedDate) {

    /** A relation is recorded when an org holds it or the home org (流出地党组织) is named. */
    public boolean isRecorded() {
        return orgId != null || !Text.isBlank(homeOrg);
    }
}
