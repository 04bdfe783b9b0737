package org.xinye.ledger.domain;

import java.time.Instant;

/** 操作日志: who changed what and when; before/after are JSON of the record. */
public record AuditEntry(Long id, Instant at, String who, String entity, Long entityId, String action,
                         String before, String after) {
}
