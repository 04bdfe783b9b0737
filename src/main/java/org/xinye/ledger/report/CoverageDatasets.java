package org.xinye.ledger.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.SnapshotRepository;

/**
 * What each coverage chart shows, as JFreeChart datasets labelled in the user's language;
 * rates stay fractions. Tests hold them against the coverage table.
 */
public final class CoverageDatasets {
    private CoverageDatasets() {
    }

    /** Org-covered, work-covered and uncovered units per region. */
    public static DefaultCategoryDataset stackedDataset(List<RegionCoverage> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RegionCoverage r : rows) {
            addCoverage(data, r.name(), r.counts());
        }
        return data;
    }

    /** Org-covered, work-covered and uncovered units per industry. */
    public static DefaultCategoryDataset industryDataset(List<CoverageQueries.IndustryCoverage> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var r : rows) {
            addCoverage(data, Messages.label(r.industry()), r.counts());
        }
        return data;
    }

    private static void addCoverage(DefaultCategoryDataset data, String category, CoverageCounts k) {
        data.addValue(k.orgCovered(), Messages.get("chart.series.org"), category);
        data.addValue(k.workCovered(), Messages.get("chart.series.work"), category);
        data.addValue(k.uncovered(), Messages.get("chart.series.uncovered"), category);
    }

    /** The three rates (fractions 0–1) per region and for the whole area, last. */
    public static DefaultCategoryDataset ratesDataset(List<RegionCoverage> rows, RegionCoverage total) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<RegionCoverage> all = new ArrayList<>(rows);
        all.add(total);
        for (RegionCoverage r : all) {
            CoverageCounts k = r.counts();
            data.addValue(k.orgRate(), Messages.get("coverage.col.orgRate"), r.name());
            data.addValue(k.workRate(), Messages.get("coverage.col.workRate"), r.name());
            data.addValue(k.singleRate(), Messages.get("coverage.col.singleRate"), r.name());
        }
        return data;
    }

    /** Party members per occupation; an occupation not recorded shows as 未填写. */
    public static DefaultCategoryDataset occupationDataset(List<CoverageQueries.OccupationCount> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var r : rows) {
            data.addValue(r.partyMembers(), Messages.get("chart.series.partyMembers"), occupationLabel(r));
        }
        return data;
    }

    private static String occupationLabel(CoverageQueries.OccupationCount r) {
        return r.occupation() == null ? Messages.get("chart.occupationUnknown") : Messages.label(r.occupation());
    }

    /** The three rates (fractions) per month of the snapshots, oldest first. */
    public static DefaultCategoryDataset trendDataset(List<SnapshotRepository.Snapshot> snapshots) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var s : snapshots) {
            String month = s.month().toString();
            data.addValue(s.counts().orgRate(), Messages.get("coverage.col.orgRate"), month);
            data.addValue(s.counts().workRate(), Messages.get("coverage.col.workRate"), month);
            data.addValue(s.counts().singleRate(), Messages.get("coverage.col.singleRate"), month);
        }
        return data;
    }
}
