package org.xinye.ledger.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.FollowUpQueries;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;

/**
 * The five follow-up lists (待办) of one area for the report, and how many of each sit in
 * each of the area's rows (its counties, or the county's streets), with the oldest date of
 * the kinds that have one.
 *
 * @param byArea per kind, the count per row code ({@link RegionCoverage#UNASSIGNED} for items
 *               not placed in a row); every list's items are counted once
 */
public record FollowUpLists(List<FollowUpQueries.ShouldBuild> shouldBuild,
                            List<FollowUpQueries.JointOverLimit> jointOverLimit,
                            List<FollowUpQueries.OverdueVisit> overdueVisits,
                            List<FollowUpQueries.AnnualCheckDue> annualChecks,
                            List<FollowUpQueries.MissingRelation> missingRelations,
                            Map<Kind, Map<String, Integer>> byArea) {

    /** The five kinds, in the order of the 待办 page. */
    public enum Kind {
        SHOULD_BUILD, JOINT_OVER_LIMIT, OVERDUE_VISITS, ANNUAL_CHECKS, MISSING_RELATIONS
    }

    public int count(Kind kind) {
        return switch (kind) {
            case SHOULD_BUILD -> shouldBuild.size();
            case JOINT_OVER_LIMIT -> jointOverLimit.size();
            case OVERDUE_VISITS -> overdueVisits.size();
            case ANNUAL_CHECKS -> annualChecks.size();
            case MISSING_RELATIONS -> missingRelations.size();
        };
    }

    /**
     * The oldest date of a kind, or null when it has none: the longest-unvisited assignment's
     * last visit (else its start), the earliest annual-check date.
     */
    public LocalDate oldest(Kind kind) {
        return switch (kind) {
            case OVERDUE_VISITS -> overdueVisits.stream()
                    .map(v -> v.lastVisit() != null ? v.lastVisit() : v.assignedFrom())
                    .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            case ANNUAL_CHECKS -> annualChecks.stream().map(FollowUpQueries.AnnualCheckDue::dueDate)
                    .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            default -> null;
        };
    }

    public int total() {
        int n = 0;
        for (Kind k : Kind.values()) {
            n += count(k);
        }
        return n;
    }

    /**
     * The lists of the whole ledger (rows by county) or of one county (rows by street): an
     * item belongs to the area its unit, member or org is placed in.
     */
    static FollowUpLists load(Session s, String countyCode, LocalDate today) {
        FollowUpQueries f = s.followUps();
        FollowUpQueries.Places places = f.places();
        Map<String, Region> regions = new HashMap<>();
        for (Region r : s.regions().all()) {
            regions.put(r.code(), r);
        }
        Function<String, String> row = code -> rowOf(regions, countyCode, code);
        Map<Kind, Map<String, Integer>> byArea = new EnumMap<>(Kind.class);
        var build = keep(f.shouldBuild(), b -> row.apply(places.units().get(b.enterpriseId())),
                countyCode, byArea, Kind.SHOULD_BUILD);
        var joint = keep(f.jointOrgsOverLimit(), j -> row.apply(places.orgs().get(j.orgId())),
                countyCode, byArea, Kind.JOINT_OVER_LIMIT);
        var visits = keep(f.overdueVisits(today), v -> row.apply(places.units().get(v.enterpriseId())),
                countyCode, byArea, Kind.OVERDUE_VISITS);
        var checks = keep(f.annualChecksDue(today), a -> row.apply(places.members().get(a.workerId())),
                countyCode, byArea, Kind.ANNUAL_CHECKS);
        var missing = keep(f.missingRelations(), m -> row.apply(places.members().get(m.workerId())),
                countyCode, byArea, Kind.MISSING_RELATIONS);
        return new FollowUpLists(build, joint, visits, checks, missing, byArea);
    }

    /** Where outside a county's report an item is: it is left out. */
    private static final String OUTSIDE = "";

    /**
     * The items of the area, counted into {@code byArea} by row. In a county's report an item
     * placed elsewhere is left out; one placed on the county itself counts as not placed.
     */
    private static <T> List<T> keep(List<T> items, Function<T, String> rowOf, String countyCode,
                                    Map<Kind, Map<String, Integer>> byArea, Kind kind) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            String row = rowOf.apply(item);
            if (OUTSIDE.equals(row)) {
                continue;
            }
            kept.add(item);
            counts.merge(row, 1, Integer::sum);
        }
        byArea.put(kind, counts);
        return List.copyOf(kept);
    }

    /**
     * The row a region code falls in: its county (whole ledger), or its street within the
     * county; {@link RegionCoverage#UNASSIGNED} when not placed below the area, {@link #OUTSIDE}
     * when placed in another county.
     */
    private static String rowOf(Map<String, Region> regions, String countyCode, String code) {
        Region r = code == null ? null : regions.get(code);
        String child = null;
        while (r != null) {
            if (countyCode == null ? r.level() == RegionLevel.COUNTY : r.code().equals(countyCode)) {
                return countyCode == null ? r.code() : child == null ? RegionCoverage.UNASSIGNED : child;
            }
            child = r.code();
            r = r.parentCode() == null ? null : regions.get(r.parentCode());
        }
        return countyCode == null ? RegionCoverage.UNASSIGNED : OUTSIDE;
    }
}
