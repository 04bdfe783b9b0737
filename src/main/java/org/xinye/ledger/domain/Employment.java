package org.xinye.ledger.domain;

import java.time.LocalDate;

/** One stint with an employer; riders change platforms often and "moved" is a fact worth keeping. */
public record Employment(Long id, long workerId, Long enterpriseId, String employerText, LocalDate from, LocalDate to) {
}
