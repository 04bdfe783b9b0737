package org.xinye.ledger.domain;

/** A unit counted for coverage (新业态企业/网点). {@code id} is null until stored. */
public record Enterprise(
        Long id,
        String name,
        String creditCode,
        EnterpriseKind kind,
        Industry industry,
        Long parentId,
        String townshipCode,
        String address,
        Integer declaredWorkers,
        OperatingStatus status,
        boolean inScope,
        String competentDept,
        String responsibleUnit,
        boolean partyInCharter,
        boolean crossAppointment,
        boolean hasUnion,
        boolean hasYouthLeague,
        boolean hasWomensFederation,
        String contactName,
        String contactPhone,
        String notes) {

    /** A new operating, in-scope unit with the given essentials and nothing else. */
    public static Enterprise of(String name, EnterpriseKind kind, Industry industry, String townshipCode) {
        return new Enterprise(null, name, null, kind, industry, null, townshipCode, null, null,
                OperatingStatus.OPERATING, true, null, null, false, false, false, false, false, null, null, null);
    }

    public Enterprise withId(Long newId) {
        return new Enterprise(newId, name, creditCode, kind, industry, parentId, townshipCode, address,
                declaredWorkers, status, inScope, competentDept, responsibleUnit, partyInCharter, crossAppointment,
                hasUnion, hasYouthLeague, hasWomensFederation, contactName, contactPhone, notes);
    }
}
