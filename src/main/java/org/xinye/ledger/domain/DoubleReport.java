package org.xinye.ledger.domain;

import java.time.LocalDate;

/** 双报到: a member ({@code workerId}) or an org ({@code orgId}) reports to a community. */
public record DoubleReport(Long id, Long workerId, Long orgId, String communityCode, String communityName, LocalDate date) {
}
