package org.xinye.ledger.domain;

import java.time.LocalDate;

/**
 * A person in the roster (新就业群体人员), keyed by ID number. Gender and birth date are
 * derived from the ID. {@code employerText}/{@code townshipText} keep what a sender typed
 * when it matched no record (单位待匹配 / 区划待匹配).
 */
public record Worker(
        Long id,
        String idNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        String mobile,
        Occupation occupation,
        Long employerId,
        String employerText,
        String townshipCode,
        String townshipText,
        PoliticalStatus politicalStatus,
        WorkerStatus status,
        String notes) {

    /** A new active worker; gender and birth date come from the ID. */
    public static Worker of(IdNumber id, String name) {
        return new Worker(null, id.value(), name, id.gender(), id.birthDate(), null, null, null, null, null, null,
                PoliticalStatus.MASSES, WorkerStatus.ACTIVE, null);
    }

    public Worker withId(Long newId) {
        return new Worker(newId, idNumber, name, gender, birthDate, mobile, occupation, employerId, employerText,
                townshipCode, townshipText, politicalStatus, status, notes);
    }

    public Worker withStatus(WorkerStatus newStatus) {
        return new Worker(id, idNumber, name, gender, birthDate, mobile, occupation, employerId, employerText,
                townshipCode, townshipText, politicalStatus, newStatus, notes);
    }

    public boolean isPartyMember() {
        return politicalStatus != null && politicalStatus.isPartyMember();
    }
}
