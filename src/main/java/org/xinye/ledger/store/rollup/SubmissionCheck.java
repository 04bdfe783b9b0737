package org.xinye.ledger.store.rollup;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.store.CheckConstraints;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.LedgerSchema;
import org.xinye.ledger.store.SchemaCheck;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.rollup.SubmissionRefused.Reason;

/**
 * Every check a received submission passes before anything of it is copied, in this order: the
 * database's structure (the app's schema, sound pages, valid values), then what it says it is
 * (one submission, a county of this city or a department, a valid period), then that its records
 * lie within that scope by this city's own region tree, then that the figures it carries are those
 * its records give ({@link #check}, which only reads the city's region tree, so files can be checked
 * side by side); then, file after file, that it fits what the city holds ({@link #fit}). The first
 * failure refuses the file with its reason.
 */
public final class SubmissionCheck {
    private SubmissionCheck() {
    }

    /** Checks the submission database {@code db} (a private copy) of the file {@code file}. */
    public static Received check(Path file, Path db, String sha256, CityContext city) {
        verifyStructure(file, db);
        try (Ledger sub = Ledger.open(db, Ledger.Mode.INSPECT)) {
            return sub.read(s -> check(file, db, sha256, city, s));
        } catch (StoreException e) {
            throw refusalOf(file, e);
        }
    }

    /**
     * The one place where a submission's database is verified as a database before anything reads
     * it: header, identity, schema version, the exact schema of that version (nothing planted or
     * changed, {@link LedgerSchema#verify}) and SQLite's own check of pages and constraints
     * ({@link CheckConstraints#quickCheck}: CHECK constraints table by table, only once the schema is verified).
     */
    private static void verifyStructure(Path file, Path db) {
        try (Ledger sub = Ledger.open(db, Ledger.Mode.INSPECT)) {
            int version = sub.read(Session::userVersion);
            if (version < Ledger.schemaVersion()) {
                throw new SubmissionRefused(Reason.OLDER_VERSION, null, file, version, Ledger.schemaVersion());
            }
            // Before any of its rows is read: a planted trigger, view or index would run in the city's queries.
            SchemaCheck schema = sub.read(s -> LedgerSchema.verify(s.connection()));
            if (!schema.ok()) {
                throw new SubmissionRefused(Reason.ALTERED, null, file, schema.listing());
            }
            List<String> problems = sub.read(s -> CheckConstraints.quickCheck(s.connection()));
            if (!(problems.size() == 1 && "ok".equals(problems.get(0)))) {
                throw new SubmissionRefused(Reason.DAMAGED, null, file, String.join("; ", problems));
            }
        } catch (StoreException e) {
            throw refusalOf(file, e);
        }
    }

    private static SubmissionRefused refusalOf(Path file, StoreException e) {
        return switch (e.kind()) {
            case NEWER_VERSION -> new SubmissionRefused(Reason.NEWER_VERSION, e, file, e.args().length > 1 ? e.args()[1]
                    : "?", Ledger.schemaVersion());
            case NOT_A_LEDGER -> new SubmissionRefused(Reason.NOT_A_SUBMISSION, e, file);
            default -> new SubmissionRefused(Reason.DAMAGED, e, file, e.getLocalizedMessage());
        };
    }

    private static Received check(Path file, Path db, String sha256, CityContext city, Session s) {
        Connection c = s.connection();
        if (Sql.count(c, "SELECT COUNT(*) FROM submission_info") != 1) {
            throw new SubmissionRefused(Reason.NOT_A_SUBMISSION, null, file);
        }
        record Info(String kind, String county, String department, String industries, String name, String period,
                    String createdAt, String version, String keyCheck, long units, long workers) {
        }
        Info i = Sql.one(c, "SELECT scope_kind, county_code, department, industries, scope_name, period, created_at,"
                + " app_version, key_check, units, workers FROM submission_info", rs -> new Info(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getLong(10), rs.getLong(11))).orElseThrow();
        LedgerScope scope;
        YearMonth period;
        Instant created;
        try {
            scope = new LedgerScope(LedgerScope.Kind.valueOf(i.kind()), i.county(), i.department(),
                    ScopeStore.industries(i.industries()));
            period = YearMonth.parse(i.period());
            created = Instant.parse(i.createdAt());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new SubmissionRefused(Reason.DAMAGED, e, file, e.getMessage());
        }
        if (scope.kind() == LedgerScope.Kind.COUNTY && !city.isCounty(scope.countyCode())) {
            throw new SubmissionRefused(Reason.FOREIGN, null, file, i.name(), scope.countyCode());
        }
        List<String> outside = outside(c, scope, city);
        if (!outside.isEmpty()) {
            throw new SubmissionRefused(Reason.WRONG_SCOPE, null, file, i.name(), outside.size(),
                    String.join(org.xinye.ledger.domain.Messages.get("scope.separator"), outside.subList(0, Math.min(10, outside.size()))));
        }
        if (Sql.count(c, "SELECT COUNT(*) FROM enterprise") != i.units()
                || Sql.count(c, "SELECT COUNT(*) FROM worker") != i.workers()) {
            throw new SubmissionRefused(Reason.FIGURES_DIFFER, null, file, i.name());
        }
        Map<String, CoverageCounts> carried = SubmissionFigures.carried(s);
        if (!carried.equals(SubmissionFigures.compute(s))) {
            throw new SubmissionRefused(Reason.FIGURES_DIFFER, null, file, i.name());
        }
        return new Received(file, db, sha256, scope, i.name(), period, created, i.version(), s.userVersion(),
                i.keyCheck(), i.units(), i.workers(), carried);
    }

    /**
     * Whether a checked submission fits what the city holds (and the files of the same roll-up taken
     * before it): not taken before, not older than the one counted for its scope and period, ID numbers
     * hashed alike. Checked in the order the files are taken in; a file that fits is added to the city.
     */
    public static void fit(Received r, CityContext city) {
        if (city.taken(r.sha256())) {
            throw new SubmissionRefused(Reason.ALREADY_TAKEN, null, r.file(), r.scopeName(), r.period());
        }
        var counted = city.countedAt(r.scope().key(), r.period().toString());
        if (counted.isPresent() && !r.createdAt().isAfter(counted.get())) {
            throw new SubmissionRefused(Reason.OLDER_THAN_COUNTED, null, r.file(), r.scopeName(), r.period(),
                    r.createdAt(), counted.get());
        }
        String key = r.keyCheck() == null ? "" : r.keyCheck();
        if (city.keyCheck().isPresent() && !city.keyCheck().get().equals(key)) {
            throw new SubmissionRefused(Reason.OTHER_KEY, null, r.file(), r.scopeName());
        }
        city.accept(r);
    }

    /**
     * The places and industries of the file's records that lie outside its scope, by this city's
     * region tree (never the file's own): every township of a unit, person or party org must be in the
     * county (a county's submission) or in the city (a department's); a department's units must be of
     * its industries.
     */
    private static List<String> outside(Connection c, LedgerScope scope, CityContext city) {
        List<String> out = new ArrayList<>();
        List<String> places = Sql.list(c, """
                SELECT township_code FROM enterprise UNION SELECT township_code FROM worker
                UNION SELECT region_code FROM party_org""", rs -> rs.getString(1));
        for (String code : places) {
            if (code == null) {
                if (scope.kind() == LedgerScope.Kind.COUNTY
                        && Sql.count(c, "SELECT COUNT(*) FROM enterprise WHERE township_code IS NULL") > 0) {
                    out.add("—");
                }
                continue;
            }
            boolean ok = scope.kind() == LedgerScope.Kind.COUNTY ? city.inCounty(code, scope.countyCode())
                    : city.region(code).isPresent();
            if (!ok) {
                out.add(city.region(code).map(r -> r.name() + "（" + code + "）").orElse(code));
            }
        }
        if (scope.kind() == LedgerScope.Kind.DEPARTMENT) {
            Set<Industry> allowed = scope.industries();
            for (String industry : Sql.list(c, "SELECT DISTINCT industry FROM enterprise", rs -> rs.getString(1))) {
                if (!allowed.contains(Industry.valueOf(industry))) {
                    out.add(org.xinye.ledger.domain.Messages.label(Industry.valueOf(industry)));
                }
            }
            String occupations = ScopeCheck.inList(ScopeCheck.occupationsOf(allowed));
            if (Sql.count(c, "SELECT COUNT(*) FROM worker WHERE employer_id IS NULL AND occupation IS NOT NULL"
                    + " AND occupation NOT IN (" + occupations + ")") > 0) {
                out.add(org.xinye.ledger.domain.Messages.get("rollup.outside.occupations"));
            }
        }
        return out;
    }
}
