package org.xinye.ledger.domain;

import java.time.LocalDate;

/** 一方隶属、参加多重组织生活: a member attends org life in an org other than the one holding the relation. */
public record OrgLife(Long id, long workerId, long orgId, LocalDate from, LocalDate to) {
}
