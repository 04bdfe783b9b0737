package org.xinye.ledger.domain;

import java.time.LocalDate;

/** A pioneer post, responsibility zone, honour, 四亮 or grassroots-governance participation of a member. */
public record Designation(Long id, long workerId, DesignationKind kind, String title, Integer year, LocalDate date, String notes) {
}
