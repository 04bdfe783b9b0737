package org.xinye.ledger.domain;

import java.time.LocalDate;

/** An instructor assigned to a unit; active while {@code to} is empty or not yet past. */
public record Assignment(Long id, long instructorId, long enterpriseId, LocalDate from, LocalDate to) {
    public boolean isActiveOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
