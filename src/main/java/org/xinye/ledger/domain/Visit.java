package org.xinye.ledger.domain;

import java.time.LocalDate;

/** 走访记录: an instructor's visit to a unit. */
public record Visit(Long id, long instructorId, long enterpriseId, LocalDate date, String note) {
}
