package org.xinye.ledger.io.imports;

import java.util.List;
import java.util.Map;
import org.xinye.ledger.store.ImportStore;

/**
 * What an import found and did. {@code rows} counts data rows; {@code inserted + updated +
 * unchanged + rejected = rows}, and {@code moved} counts the updated rows whose employer
 * changed. {@code problemRows} are the rows with errors or warnings, for the report sent back
 * to the sender. {@code written} is false for a dry run and when nothing was committed (a refusal
 * under abort-on-error, or the same file again with nothing to change). {@code groups} are all the
 * issues grouped by rule and column, with exact counts even where the issues themselves were not kept;
 * {@code unmatchedOrgs} the 党组织 named by members that matched no org, with how many rows name each;
 * {@code employerStreets} the street (township code) to suggest for each unmatched employer.
 */
public record ImportResult(String fileName, String sha256, String format, String sheet, Layout layout, int rows,
                           int inserted, int updated, int unchanged, int moved, int rejected, int warnings,
                           List<Issue> errors, List<Issue> warningList, List<ParsedRow> problemRows,
                           List<ImportStore.RosterEntry> missing, Map<String, Integer> unmatchedEmployers,
                           Long batchId, boolean written, Long alreadyImportedBatch, boolean abortOnError,
                           boolean dryRun, List<IssueGroup> groups, Map<String, Integer> unmatchedOrgs,
                           Map<String, String> employerStreets) {

    /** Exit code of the command line: 0 all accepted, 1 rows rejected, 2 nothing written because of abort. */
    public int exitCode() {
        if (rejected == 0) {
            return 0;
        }
        return abortOnError ? 2 : 1;
    }
}
