package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.RegionLevel;

/**
 * The two coverages, aggregated in SQL over the {@code unit_coverage} view. People are
 * counted where they serve (their township, else their employer's); only 在岗 workers count.
 */
public final class CoverageQueries {
    private static final String UNIT_COUNTS = """
            SUM(uc.status <> 'OUT_OF_SCOPE') AS in_scope,
            SUM(uc.status = 'ORG_SINGLE') AS org_single,
            SUM(uc.status = 'ORG_JOINT') AS org_joint,
            SUM(uc.status = 'ORG_AREA') AS org_area,
            SUM(uc.status = 'WORK') AS work_covered,
            SUM(uc.status = 'UNCOVERED') AS uncovered""";
    private static final String PEOPLE = """
            SELECT COALESCE(w.township_code, e.township_code) AS township,
                   COUNT(*) AS workers,
                   SUM(w.political_status IN ('MEMBER','PROBATIONARY')) AS party_members
            FROM worker w LEFT JOIN enterprise e ON e.id = w.employer_id
            WHERE w.status = 'ACTIVE'""";

    private final Connection c;

    CoverageQueries(Connection c, SettingsRepository settings) {
        this.c = c;
    }

    private record People(int workers, int partyMembers) {
    }

    /** One row per county of the tree (all of them, even empty), plus unassigned when any. */
    public List<RegionCoverage> byCounty() {
        Map<String, CoverageCounts> units = unitCounts("r.parent_code");
        Map<String, People> people = peopleCounts("r.parent_code");
        List<RegionCoverage> out = new ArrayList<>();
        for (var region : new RegionRepository(c).byLevel(RegionLevel.COUNTY)) {
            out.add(row(region.code(), region.name(), RegionLevel.COUNTY, units, people));
        }
        addUnassigned(out, units, people);
        return out;
    }

    /** One row per township of a county ({@code null}: of every county), plus unassigned when listing all. */
    public List<RegionCoverage> byTownship(String countyCode) {
        Map<String, CoverageCounts> units = unitCounts("r.code");
        Map<String, People> people = peopleCounts("r.code");
        List<RegionCoverage> out = new ArrayList<>();
        RegionRepository regions = new RegionRepository(c);
        var townships = countyCode == null ? regions.byLevel(RegionLevel.TOWNSHIP) : regions.children(countyCode);
        for (var region : townships) {
            out.add(row(region.code(), region.name(), region.level(), units, people));
        }
        if (countyCode == null) {
            addUnassigned(out, units, people);
        }
        return out;
    }

    /** The whole ledger. */
    public RegionCoverage total() {
        CoverageCounts units = Sql.one(c, "SELECT " + UNIT_COUNTS + " FROM unit_coverage uc", CoverageQueries::counts)
                .orElse(CoverageCounts.ZERO);
        People p = Sql.one(c, PEOPLE, rs -> new People(rs.getInt("workers"), rs.getInt("party_members")))
                .orElse(new People(0, 0));
        return new RegionCoverage(RegionCoverage.TOTAL, Messages.get("coverage.total"), null,
                units.withPeople(p.workers(), p.partyMembers()));
    }

    /** Counties, then the total: what {@code coverage} prints. */
    public List<RegionCoverage> byCountyWithTotal() {
        List<RegionCoverage> rows = byCounty();
        rows.add(sum(rows, RegionCoverage.TOTAL, Messages.get("coverage.total")));
        return rows;
    }

    /**
     * Adds rows up. The rows of {@link #byCounty()} and {@link #byTownship} (all) include the
     * unassigned row, so their sum is the total without a second pass over the workers.
     */
    public static RegionCoverage sum(List<RegionCoverage> rows, String code, String name) {
        CoverageCounts total = CoverageCounts.ZERO;
        for (RegionCoverage r : rows) {
            total = total.plus(r.counts());
        }
        return new RegionCoverage(code, name, null, total);
    }

    /** The status of every unit, by id. */
    public Map<Long, CoverageStatus> unitStatuses() {
        Map<Long, CoverageStatus> out = new HashMap<>();
        for (var row : Sql.list(c, "SELECT enterprise_id, status FROM unit_coverage",
                rs -> Map.entry(rs.getLong(1), CoverageStatus.valueOf(rs.getString(2))))) {
            out.put(row.getKey(), row.getValue());
        }
        return out;
    }

    public CoverageStatus statusOf(long enterpriseId) {
        return Sql.one(c, "SELECT status FROM unit_coverage WHERE enterprise_id = ?",
                rs -> CoverageStatus.valueOf(rs.getString(1)), enterpriseId).orElse(CoverageStatus.OUT_OF_SCOPE);
    }

    private Map<String, CoverageCounts> unitCounts(String groupColumn) {
        Map<String, CoverageCounts> out = new LinkedHashMap<>();
        String sql = "SELECT " + groupColumn + " AS grp, " + UNIT_COUNTS
                + " FROM unit_coverage uc LEFT JOIN region r ON r.code = uc.township_code GROUP BY grp";
        for (var e : Sql.list(c, sql, rs -> Map.entry(key(rs.getString("grp")), counts(rs)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private Map<String, People> peopleCounts(String groupColumn) {
        Map<String, People> out = new HashMap<>();
        String sql = "SELECT " + groupColumn + " AS grp, SUM(p.workers) AS workers, SUM(p.party_members) AS party_members"
                + " FROM (" + PEOPLE + " GROUP BY township) p LEFT JOIN region r ON r.code = p.township GROUP BY grp";
        for (var e : Sql.list(c, sql, rs -> Map.entry(key(rs.getString("grp")),
                new People(rs.getInt("workers"), rs.getInt("party_members"))))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static String key(String code) {
        return code == null ? RegionCoverage.UNASSIGNED : code;
    }

    private static CoverageCounts counts(ResultSet rs) throws SQLException {
        return new CoverageCounts(rs.getInt("in_scope"), rs.getInt("org_single"), rs.getInt("org_joint"),
                rs.getInt("org_area"), rs.getInt("work_covered"), rs.getInt("uncovered"), 0, 0);
    }

    private static RegionCoverage row(String code, String name, RegionLevel level, Map<String, CoverageCounts> units,
                                      Map<String, People> people) {
        People p = people.getOrDefault(code, new People(0, 0));
        return new RegionCoverage(code, name, level,
                units.getOrDefault(code, CoverageCounts.ZERO).withPeople(p.workers(), p.partyMembers()));
    }

    /**
     * Adds one row for everything not placed in a listed region (no township, or a code
     * outside the tree), so that the rows always add up to the total.
     */
    private static void addUnassigned(List<RegionCoverage> out, Map<String, CoverageCounts> units, Map<String, People> people) {
        java.util.Set<String> listed = new java.util.HashSet<>();
        out.forEach(r -> listed.add(r.code()));
        CoverageCounts rest = CoverageCounts.ZERO;
        boolean any = false;
        for (var e : units.entrySet()) {
            if (!listed.contains(e.getKey())) {
                rest = rest.plus(e.getValue());
                any = true;
            }
        }
        int workers = 0;
        int members = 0;
        for (var e : people.entrySet()) {
            if (!listed.contains(e.getKey())) {
                workers += e.getValue().workers();
                members += e.getValue().partyMembers();
                any = true;
            }
        }
        if (any) {
            out.add(new RegionCoverage(RegionCoverage.UNASSIGNED, Messages.get("coverage.unassigned"), null,
                    rest.withPeople(workers, members)));
        }
    }
}
