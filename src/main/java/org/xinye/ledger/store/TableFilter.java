package org.xinye.ledger.store;

/**
 * The filter of one table, typed: what its page shows, what its export writes and what
 * {@code export --filter} asks for are the same rows because they are the same filter,
 * turned into SQL by its own {@code where()} through {@link Where} and {@link TextSearch}.
 */
public sealed interface TableFilter permits WorkerListing.Filter, UnitFilter, OrgFilter, InstructorFilter,
        StationFilter, AuditSearch.Filter, CoverageBreakdown {
}
