package org.xinye.ledger.report.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.FollowUpQueries;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;

/**
 * The figures of every county and street of the ledger, and of the whole, read in one
 * transaction: what a form's rows can ask for.
 */
public final class FormData {
    private final List<Region> regions;
    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, FormFigure.Values> values;
    private final FormFigure.Values total;

    private FormData(List<Region> regions, Map<String, FormFigure.Values> values, FormFigure.Values total) {
        this.regions = List.copyOf(regions);
        this.values = values;
        this.total = total;
        for (Region r : regions) {
            byCode.put(r.code(), r);
        }
    }

    public static FormData load(Session s) {
        CoverageQueries q = s.coverage();
        List<Region> regions = new ArrayList<>(s.regions().byLevel(RegionLevel.COUNTY));
        regions.addAll(s.regions().byLevel(RegionLevel.TOWNSHIP));
        Map<String, Integer> build = new HashMap<>();
        FollowUpQueries f = s.followUps();
        Map<Long, String> units = f.places().units();
        Map<String, String> parents = new HashMap<>();
        for (Region r : regions) {
            parents.put(r.code(), r.parentCode());
        }
        List<FollowUpQueries.ShouldBuild> shouldBuild = f.shouldBuild();
        for (FollowUpQueries.ShouldBuild b : shouldBuild) {
            String township = units.get(b.enterpriseId());
            if (township != null) {
                build.merge(township, 1, Integer::sum);
                String county = parents.get(township);
                if (county != null) {
                    build.merge(county, 1, Integer::sum);
                }
            }
        }
        Map<String, FormFigure.Values> values = new HashMap<>();
        List<RegionCoverage> rows = new ArrayList<>(q.byCounty(CoverageQueries.Filter.NONE));
        rows.addAll(q.byTownship(null, CoverageQueries.Filter.NONE));
        for (RegionCoverage r : rows) {
            values.put(r.code(), new FormFigure.Values(r.counts(), build.getOrDefault(r.code(), 0)));
        }
        return new FormData(regions, values,
                new FormFigure.Values(q.total(CoverageQueries.Filter.NONE).counts(), shouldBuild.size()));
    }

    /** The counties and streets, for matching row labels. */
    List<Region> regions() {
        return regions;
    }

    /** Every county, each followed by its streets, in code order. */
    public List<String> codes() {
        List<String> out = new ArrayList<>();
        for (Region county : regions) {
            if (county.level() == RegionLevel.COUNTY) {
                out.add(county.code());
                for (Region r : regions) {
                    if (county.code().equals(r.parentCode())) {
                        out.add(r.code());
                    }
                }
            }
        }
        return out;
    }

    public String name(String code) {
        Region r = byCode.get(code);
        return r == null ? code : r.name();
    }

    FormFigure.Values of(String code) {
        return values.getOrDefault(code, new FormFigure.Values(CoverageCounts.ZERO, 0));
    }

    /**
     * The total row of a form whose other rows are {@code codes}: counties add up to the whole
     * ledger; the streets of one county to that county; anything else to the sum of its rows.
     */
    FormFigure.Values totalOf(Collection<String> codes) {
        Set<String> parents = new HashSet<>();
        boolean counties = !codes.isEmpty();
        for (String c : codes) {
            Region r = byCode.get(c);
            counties &= r != null && r.level() == RegionLevel.COUNTY;
            parents.add(r == null ? null : r.parentCode());
        }
        if (counties) {
            return total;
        }
        if (parents.size() == 1 && byCode.containsKey(parents.iterator().next())) {
            return of(parents.iterator().next());
        }
        CoverageCounts sum = CoverageCounts.ZERO;
        int build = 0;
        for (String c : codes) {
            sum = sum.plus(of(c).counts());
            build += of(c).shouldBuild();
        }
        return new FormFigure.Values(sum, build);
    }
}
