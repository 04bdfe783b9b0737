package org.xinye.ledger.store.rollup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.store.RegionCoverage;

/**
 * A submission file that passed every check: what its {@code submission_info} says, the figures it
 * carries (equal to those its records give), and the database to copy from.
 */
public record Received(Path file, Path database, String sha256, LedgerScope scope, String scopeName, YearMonth period,
                       Instant createdAt, String appVersion, int schemaVersion, String keyCheck, long units,
                       long workers, Map<String, CoverageCounts> figures) {
    public Received {
        figures = Map.copyOf(figures);
    }

    public CoverageCounts total() {
        return figures.getOrDefault(RegionCoverage.TOTAL, CoverageCounts.ZERO);
    }
}
