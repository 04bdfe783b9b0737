package org.xinye.ledger.domain;

import java.time.LocalDate;

/** A party organization (党组织); {@code parentId} builds the org tree. */
public record PartyOrg(
        Long id,
        String name,
        OrgLevel level,
        OrgForm form,
        Long parentId,
        String regionCode,
        String secretary,
        String contact,
        LocalDate established,
        boolean active,
        String notes) {

    public static PartyOrg of(String name, OrgLevel level, OrgForm form, String regionCode) {
        return new PartyOrg(null, name, level, form, null, regionCode, null, null, null, true, null);
    }

    public PartyOrg withId(Long newId) {
        return new PartyOrg(newId, name, level, form, parentId, regionCode, secretary, contact, established, active, notes);
    }
}
