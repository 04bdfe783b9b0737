package org.xinye.ledger.domain;

/** A dispatched cadre: 党建指导员 or 驻企联络员. */
public record Instructor(Long id, String name, String homeUnit, InstructorRole role, boolean fullTime, String mobile,
                         boolean active, String notes) {
    public Instructor withId(Long newId) {
        return new Instructor(newId, name, homeUnit, role, fullTime, mobile, active, notes);
    }
}
