package org.xinye.ledger.store.rollup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.sqlite.Function;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.IdHash;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.store.Failures;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.SettingsRepository;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;

/**
 * Writes the database of a submission (上报): a consistent copy of a county's or department's
 * ledger with the app's own schema, holding the records of its scope (units, party orgs with
 * their coverage, instructors with assignments and visits, people with employments and
 * memberships), the scope, period, time and version ({@code submission_info}), and the coverage
 * figures computed on that very copy ({@code submission_figure}). What is not submitted (the
 * 操作日志, import history, sources, snapshots, org life, designations, stations, settings other
 * than the coverage rules) is removed and the file rewritten, so none of it lingers in free pages.
 * Records outside the scope refuse the whole submission, with the list.
 */
public final class SubmissionBuilder {
    /** Submit which period, with IDs hashed under a key ({@code null}: as recorded), as which version, when. */
    public record Request(YearMonth period, IdHash hash, String appVersion, Instant now, LocalDate today) {
    }

    /** What was written. */
    public record Built(LedgerScope scope, String scopeName, YearMonth period, long units, long workers,
                        CoverageCounts total, boolean hashed) {
    }

    /** The ledger holds records outside its scope; nothing was written. */
    public static final class OutOfScopeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<OutOfScope> records;
        private final String scopeName;

        OutOfScopeException(List<OutOfScope> records, String scopeName) {
            super(records.size() + " records outside " + scopeName);
            this.records = List.copyOf(records);
            this.scopeName = scopeName;
        }

        public List<OutOfScope> records() {
            return records;
        }

        public String scopeName() {
            return scopeName;
        }
    }

    private static final List<String> NOT_SUBMITTED = List.of("audit_log", "import_change", "worker_source",
            "import_batch", "coverage_snapshot", "org_life", "double_report", "designation", "station",
            "city_difference", "ledger_scope");

    private SubmissionBuilder() {
    }

    /** The scope a ledger submits as: set, and a county's or a department's. */
    public static LedgerScope scopeOf(Ledger ledger) {
        LedgerScope scope = ledger.read(s -> new ScopeStore(s).get())
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_EMPTY, "submit.noScope", null));
        if (scope.kind() == LedgerScope.Kind.CITY) {
            throw new StoreException(StoreException.Kind.NOT_EMPTY, "submit.cityDoesNotSubmit", null);
        }
        return scope;
    }

    /**
     * Writes the submission database to {@code target} (a new file; the caller seals it into the
     * {@code .xlsub}). Throws {@link OutOfScopeException} with every record outside the scope.
     */
    public static Built build(Ledger ledger, Path target, Request r) {
        LedgerScope scope = scopeOf(ledger);
        String name = ledger.read(s -> new ScopeStore(s).partyName(scope));
        List<OutOfScope> outside = ledger.read(s -> ScopeCheck.outOfScope(s, scope));
        if (!outside.isEmpty()) {
            throw new OutOfScopeException(outside, name);
        }
        Path dir = TempFiles.folder("xinye-submit-");
        Path work = dir.resolve("work.xldb");
        try {
            ledger.copyTo(work);
            Built built;
            try (Ledger copy = Ledger.open(work, Ledger.Mode.WRITE)) {
                built = copy.write(s -> fill(s, scope, name, r));
                copy.copyTo(target);
            }
            return built;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    private static Built fill(Session s, LedgerScope scope, String name, Request r) {
        Connection c = s.connection();
        for (String table : NOT_SUBMITTED) {
            Sql.update(c, "DELETE FROM " + table);
        }
        Sql.update(c, "DELETE FROM setting WHERE key <> ?", SettingsRepository.MASS_ORG_COUNTS_AS_WORK);
        s.settings().put(SubmissionFigures.AS_OF, r.today().toString());
        if (r.hash() != null) {
            hashIds(c, r.hash());
        }
        long units = Sql.count(c, "SELECT COUNT(*) FROM enterprise");
        long workers = Sql.count(c, "SELECT COUNT(*) FROM worker");
        Sql.update(c, """
                INSERT INTO submission_info(id, scope_kind, county_code, department, industries, scope_name, period,
                    created_at, app_version, key_check, units, workers) VALUES (1,?,?,?,?,?,?,?,?,?,?,?)""",
                scope.kind(), scope.countyCode(), scope.department(), scope.industriesText(), name, r.period(), r.now(),
                r.appVersion(), r.hash() == null ? null : r.hash().check(), units, workers);
        Map<String, CoverageCounts> figures = SubmissionFigures.compute(s);
        SubmissionFigures.write(c, figures);
        return new Built(scope, name, r.period(), units, workers, figures.get(RegionCoverage.TOTAL), r.hash() != null);
    }

    /**
     * Replaces every ID number by its keyed hash, and drops what would identify a person as well
     * (mobile numbers, notes). Done in SQL through a function bound to this connection only.
     */
    private static void hashIds(Connection c, IdHash hash) {
        try {
            Function.create(c, "xl_id_hash", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(hash.of(value_text(0)));
                }
            });
            try {
                Sql.update(c, "UPDATE worker SET id_number = xl_id_hash(id_number), mobile = NULL, notes = NULL");
            } finally {
                Function.destroy(c, "xl_id_hash");
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }
}
