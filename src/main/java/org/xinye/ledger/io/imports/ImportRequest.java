package org.xinye.ledger.io.imports;

import java.nio.file.Path;
import java.util.Map;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * What to import and how.
 *
 * @param sheet          sheet name, or null for the first visible sheet with a header
 * @param mapByHeader    header → field key (or {@code ignore}), as {@code --map} gives them
 * @param mapByColumn    column index → field (null value: not imported), as the wizard gives them
 * @param enterprise     roster mode: the unit (name or credit code) whose roster this is; null otherwise
 * @param reconcile      list the unit's workers missing from the roster
 * @param markMissing    what to set on those missing workers (LEFT or TO_VERIFY), or null to leave them
 * @param employerChoices employer text as typed → existing unit id, or {@link #CREATE} to create the unit
 * @param keepProblemRows keep every row with an issue for the report (the command line without
 *                        {@code --report} keeps only the rejected ones, so memory stays flat)
 */
public record ImportRequest(Path file, ImportType type, ImportSource source, String sheet,
                            Map<String, String> mapByHeader, Map<Integer, Field> mapByColumn, String enterprise,
                            boolean reconcile, WorkerStatus markMissing, boolean abortOnError, boolean dryRun,
                            Map<String, Long> employerChoices, boolean keepProblemRows) {
    /** In {@link #employerChoices}: create a new unit of that name. */
    public static final long CREATE = -1L;

    public ImportRequest {
        mapByHeader = Map.copyOf(mapByHeader);
        mapByColumn = mapByColumn == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(mapByColumn));
        employerChoices = Map.copyOf(employerChoices);
    }

    public static ImportRequest of(Path file, ImportType type, ImportSource source) {
        return new ImportRequest(file, type, source, null, Map.of(), Map.of(), null, false, null, true, false, Map.of(),
                true);
    }

    public ImportRequest dryRun(boolean d) {
        return new ImportRequest(file, type, source, sheet, mapByHeader, mapByColumn, enterprise, reconcile, markMissing,
                abortOnError, d, employerChoices, keepProblemRows);
    }
}
