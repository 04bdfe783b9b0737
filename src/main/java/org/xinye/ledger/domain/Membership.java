package org.xinye.ledger.domain;

import java.time.LocalDate;

/**
 * 组织关系 of a party member: which org holds the relation, and mobile-member certificate facts.
 * {@code orgText} is the org a roster named when it matched none in the ledger (党组织待匹配).
 */
public record Membership(
        long workerId,
        Long orgId,
        RelationStatus relationStatus,
        String homeOrg,
        String mobileCertNo,
        LocalDate mobileCertDate,
        LocalDate lastAnnualCheck,
        LocalDate joinedDate,
        String orgText) {

    /** A relation entered by hand: any org named is one of the ledger's. */
    public Membership(long workerId, Long orgId, RelationStatus relationStatus, String homeOrg, String mobileCertNo,
                      LocalDate mobileCertDate, LocalDate lastAnnualCheck, LocalDate joinedDate) {
        this(workerId, orgId, relationStatus, homeOrg, mobileCertNo, mobileCertDate, lastAnnualCheck, joinedDate, null);
    }

    /** A relation is recorded when an org holds it or the home org (流出地党组织) is named. */
    public boolean isRecorded() {
        return orgId != null || !Text.isBlank(homeOrg);
    }
}
