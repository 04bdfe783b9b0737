package org.xinye.ledger.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * How the city counts what several parties report (跨方计数), in one place. The roll-up in the store
 * applies these rules; the footnotes of the city's views state them ({@code rollup.rules.*}).
 * <ul>
 *   <li>A person is their ID number (or its keyed hash): one person in the city however many
 *       submissions list them. Their record is taken from the first listing in
 *       {@link #STATUS_ORDER} (在岗 before 待核实 before 离职), then {@link #SOURCE_ORDER}; their
 *       employments from every counted submission are kept.</li>
 *   <li>A unit with a 统一社会信用代码 is one unit, counted once, from the claim
 *       {@link #countedClaim} chooses; a unit without one is as many units as it is listed.</li>
 *   <li>Of each scope (a county, a department) the latest period's current submission is counted.</li>
 * </ul>
 */
public final class CityCounting {
    /** The order in which a person's listings are taken: the first one counts. */
    public static final List<WorkerStatus> STATUS_ORDER =
            List.of(WorkerStatus.ACTIVE, WorkerStatus.TO_VERIFY, WorkerStatus.LEFT);

    /** One counted submission as the rules see it. */
    public record Source(long id, LedgerScope.Kind kind, String countyCode, String department, YearMonth period) {
    }

    /**
     * Among listings of equal status: a county's before a department's (the county answers for its
     * area), then the newer period, then the lower county code (a department: its name), so the
     * answer does not depend on the order the files arrived in.
     */
    public static final Comparator<Source> SOURCE_ORDER = Comparator
            .comparing((Source s) -> s.kind() == LedgerScope.Kind.COUNTY ? 0 : 1)
            .thenComparing(Source::period, Comparator.reverseOrder())
            .thenComparing(s -> s.kind() == LedgerScope.Kind.COUNTY ? s.countyCode() : s.department())
            .thenComparingLong(Source::id);

    /** A unit as one submission lists it. */
    public interface Claim {
        Source source();
    }

    private CityCounting() {
    }

    /**
     * The claim a unit listed by several submissions is counted from: a county whose code matches the
     * registration authority's division in the credit code (its characters 3–8) when one does, else
     * the county with the lowest code; a unit only departments list counts from the first of them in
     * {@link #SOURCE_ORDER}.
     */
    public static <T extends Claim> T countedClaim(String creditCode, List<T> claims) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("no claims");
        }
        String division = creditCode != null && creditCode.length() >= 8 ? creditCode.substring(2, 8) : null;
        T best = null;
        for (T c : claims) {
            Source s = c.source();
            if (s.kind() == LedgerScope.Kind.COUNTY && division != null && s.countyCode().startsWith(division)) {
                if (best == null || s.countyCode().compareTo(best.source().countyCode()) < 0) {
                    best = c;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Comparator<Source> order = Comparator.comparing((Source s) -> s.kind() == LedgerScope.Kind.COUNTY ? 0 : 1)
                .thenComparing(s -> s.kind() == LedgerScope.Kind.COUNTY ? s.countyCode() : "")
                .thenComparing(SOURCE_ORDER);
        for (T c : claims) {
            if (best == null || order.compare(c.source(), best.source()) < 0) {
                best = c;
            }
        }
        return best;
    }

    /** The industry a worker's occupation belongs to, for a department's scope when no employer is recorded. */
    public static Industry industryOf(Occupation o) {
        return switch (o) {
            case COURIER -> Industry.EXPRESS;
            case RIDER -> Industry.FOOD_DELIVERY;
            case RIDE_HAILING_DRIVER -> Industry.RIDE_HAILING;
            case TRUCK_DRIVER -> Industry.FREIGHT;
            case STREAMER -> Industry.LIVE_STREAMING;
            case DOMESTIC_WORKER -> Industry.DOMESTIC;
            case OTHER -> Industry.OTHER;
        };
    }
}
