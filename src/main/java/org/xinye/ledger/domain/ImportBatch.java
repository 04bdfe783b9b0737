package org.xinye.ledger.domain;

import java.time.Instant;

/** One imported file and what it did. */
public record ImportBatch(Long id, String fileName, String sha256, String type, ImportSource source, Instant importedAt,
                          int rows, int inserted, int updated, int unchanged, int rejected, int warnings, boolean undone) {
}
