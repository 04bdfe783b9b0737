package org.xinye.ledger.io.imports;

import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;

/** What an enterprises row says, with its coverage facts; null means nothing said. */
public record UnitValues(String name, String creditCode, EnterpriseKind kind, Industry industry, String parent,
                         String county, String township, String address, Integer declaredWorkers,
                         OperatingStatus status, Boolean inScope, String competentDept, String responsibleUnit,
                         Boolean partyInCharter, Boolean crossAppointment, String contactName, String contactPhone,
                         String orgName, OrgForm orgForm, String instructor, String liaison, Boolean union,
                         Boolean youthLeague, Boolean womensFederation, String notes) {
}
