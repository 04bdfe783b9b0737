package org.xinye.ledger.io.imports;

import java.time.LocalDate;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * What a workers row says; null means the row says nothing about that field (it never erases).
 * {@code idGender} and {@code idBirth} are what the ID number itself says; {@code partyOrg},
 * {@code relation} and {@code joinedParty} are a party member's 组织关系.
 */
public record WorkerValues(String idNumber, Gender idGender, LocalDate idBirth, String name, Gender gender, LocalDate birthDate, String mobile,
                           Occupation occupation, String employerText, String employerCode, String county,
                           String township, PoliticalStatus political, WorkerStatus status, LocalDate startDate,
                           String notes, String partyOrg, RelationStatus relation, LocalDate joinedParty) {

    /** Whether the row says anything about the person's 组织关系: then the person is a party member. */
    boolean membershipSaid() {
        return partyOrg != null || relation != null || joinedParty != null;
    }
}
