package org.xinye.ledger.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.RegionCoverage;

/**
 * What the meeting report says, in order, in the user's language: the cover block, the
 * summary, the charts, the coverage table, the follow-up summary of all five kinds, the
 * signature line and the definitions, then the appendix with the follow-up lists.
 */
final class ReportContent {
    private static final String[] COVERAGE_KEYS = {"name", "inScope", "orgCovered", "singleOrg", "jointOrg", "areaOrg",
        "workCovered", "uncovered", "orgRate", "workRate", "singleRate", "workers", "partyMembers"};

    private final CoverageData d;
    private final ReportSpec spec;
    private final List<ReportBlock> blocks = new ArrayList<>();
    private int section;

    private ReportContent(CoverageData d, ReportSpec spec) {
        this.d = d;
        this.spec = spec;
    }

    static List<ReportBlock> of(CoverageData d, ReportSpec spec) {
        return new ReportContent(d, spec).build();
    }

    private List<ReportBlock> build() {
        String filter = CoverageCharts.filterText(d.filter());
        blocks.add(new ReportBlock.Cover(d.issuingUnit(), spec.title(),
                Messages.get("report.dataDate", d.dataDate().toString()) + (filter.isEmpty() ? "" : "　" + filter),
                Messages.get("report.cover.scope")));
        heading(Messages.get("report.section.summary"), 40);
        blocks.add(new ReportBlock.Paragraph(summary(d.total().counts()), false));
        if (!spec.charts().isEmpty()) {
            heading(Messages.get("report.section.charts"), 200);
            int n = 0;
            for (ChartKind kind : spec.charts()) {
                blocks.add(new ReportBlock.Chart(Messages.get("report.figure", ++n, CoverageCharts.title(kind, d)), kind));
            }
        }
        if (spec.table()) {
            heading(Messages.get("report.tableHeading", d.regionName(), parts()), 90);
            blocks.add(coverageTable());
        }
        FollowUpLists f = d.followUps();
        if (spec.followUps() && f != null) {
            heading(Messages.get("report.section.followUps"), 90);
            blocks.add(new ReportBlock.Paragraph(Messages.get(spec.appendix() && f.total() > 0
                    ? "report.followUps.summary" : "report.followUps.summaryNoAppendix", d.dataDate().toString(),
                    d.regionName(), Formatting.count(f.total())), false));
            blocks.add(followUpSummary(f));
        }
        blocks.add(new ReportBlock.SignLine(List.of(Messages.get("report.sign.preparer"),
                Messages.get("report.sign.reviewer"), Messages.get("report.sign.date"))));
        blocks.add(new ReportBlock.Paragraph(Messages.get("report.note", Messages.get("coverage.footnote"),
                d.dataDate().toString()), true));
        if (spec.followUps() && spec.appendix() && f != null && f.total() > 0) {
            appendix(f);
        }
        return blocks;
    }

    private String parts() {
        return Messages.get(d.regionCode() == null ? "chart.parts.counties" : "chart.parts.townships");
    }

    private void heading(String text, float keep) {
        blocks.add(new ReportBlock.Heading(Messages.get("report.section", numeral(++section), text), 1, keep));
    }

    private static String numeral(int n) {
        String[] list = Messages.get("report.numerals").split(",");
        return n <= list.length ? list[n - 1] : Integer.toString(n);
    }

    private String summary(CoverageCounts k) {
        return Messages.get("report.summary", d.regionName(), Formatting.count(k.inScope()),
                Formatting.count(k.orgCovered()), Formatting.count(k.orgSingle()), Formatting.count(k.orgJoint()),
                Formatting.count(k.orgArea()), Formatting.count(k.workCovered()), Formatting.count(k.uncovered()),
                CoverageRules.percent(k.orgRate()), CoverageRules.percent(k.workRate()),
                CoverageRules.percent(k.singleRate()), Formatting.count(k.workers()),
                Formatting.count(k.partyMembers()), d.orgRateTarget());
    }

    private ReportBlock.Table coverageTable() {
        List<String> header = new ArrayList<>();
        for (String k : COVERAGE_KEYS) {
            header.add(Messages.get("coverage.col." + k));
        }
        List<List<String>> rows = new ArrayList<>();
        for (RegionCoverage r : d.rows()) {
            rows.add(coverageCells(r));
        }
        rows.add(coverageCells(d.total()));
        float[] weights = new float[COVERAGE_KEYS.length];
        java.util.Arrays.fill(weights, 1f);
        weights[0] = 2f;
        return new ReportBlock.Table(header, rows, 1, numericAfterFirst(COVERAGE_KEYS.length), weights);
    }

    private static List<String> coverageCells(RegionCoverage r) {
        CoverageCounts k = r.counts();
        return List.of(r.name(), Formatting.count(k.inScope()), Formatting.count(k.orgCovered()),
                Formatting.count(k.orgSingle()), Formatting.count(k.orgJoint()), Formatting.count(k.orgArea()),
                Formatting.count(k.workCovered()), Formatting.count(k.uncovered()),
                CoverageRules.percent(k.orgRate()), CoverageRules.percent(k.workRate()),
                CoverageRules.percent(k.singleRate()), Formatting.count(k.workers()),
                Formatting.count(k.partyMembers()));
    }

    /**
     * One row per county (or street) with the count of each kind, the unplaced rest when any,
     * the total, and the oldest date of the kinds that have dates.
     */
    private ReportBlock.Table followUpSummary(FollowUpLists f) {
        FollowUpLists.Kind[] kinds = FollowUpLists.Kind.values();
        List<String> header = new ArrayList<>();
        header.add(Messages.get("coverage.col.name"));
        for (FollowUpLists.Kind k : kinds) {
            header.add(Messages.get("report.kind." + k.name().toLowerCase(Locale.ROOT)));
        }
        header.add(Messages.get("coverage.total"));
        List<List<String>> rows = new ArrayList<>();
        List<String[]> areas = new ArrayList<>();
        for (RegionCoverage r : d.rows()) {
            if (!RegionCoverage.UNASSIGNED.equals(r.code())) {
                areas.add(new String[] {r.code(), r.name()});
            }
        }
        boolean unplaced = f.byArea().values().stream().anyMatch(m -> m.containsKey(RegionCoverage.UNASSIGNED));
        if (unplaced) {
            areas.add(new String[] {RegionCoverage.UNASSIGNED, Messages.get("coverage.unassigned")});
        }
        for (String[] area : areas) {
            List<String> row = new ArrayList<>();
            row.add(area[1]);
            int sum = 0;
            for (FollowUpLists.Kind k : kinds) {
                int n = f.byArea().get(k).getOrDefault(area[0], 0);
                sum += n;
                row.add(Formatting.count(n));
            }
            row.add(Formatting.count(sum));
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        List<String> oldest = new ArrayList<>();
        total.add(Messages.get("coverage.total"));
        oldest.add(Messages.get("report.oldest"));
        for (FollowUpLists.Kind k : kinds) {
            total.add(Formatting.count(f.count(k)));
            LocalDate o = f.oldest(k);
            oldest.add(o == null ? "—" : o.toString());
        }
        total.add(Formatting.count(f.total()));
        oldest.add("");
        rows.add(total);
        rows.add(oldest);
        float[] weights = new float[header.size()];
        java.util.Arrays.fill(weights, 1f);
        weights[0] = 1.6f;
        return new ReportBlock.Table(header, rows, 2, numericAfterFirst(header.size()), weights);
    }

    private void appendix(FollowUpLists f) {
        blocks.add(new ReportBlock.Appendix(Messages.get("report.appendix")));
        list(1, Messages.get("report.followUps.shouldBuild", f.shouldBuild().size()), f.shouldBuild(),
                List.of("no", "unit", "township", "formalMembers", "coverage"), new float[] {0.6f, 4, 2, 1, 1.6f},
                b -> List.of(nz(b.name()), nz(b.townshipName()), Integer.toString(b.formalMembers()),
                        Messages.label(b.status())), 0, 3);
        list(2, Messages.get("report.followUps.jointOverLimit", f.jointOverLimit().size(),
                        CoverageRules.JOINT_ORG_UNIT_LIMIT), f.jointOverLimit(), List.of("no", "org", "units"),
                new float[] {0.6f, 5, 1.4f}, j -> List.of(nz(j.name()), Integer.toString(j.units())), 0, 2);
        list(3, Messages.get("report.followUps.overdueVisits", f.overdueVisits().size(),
                        CoverageRules.VISIT_INTERVAL_DAYS), f.overdueVisits(), List.of("no", "instructor", "unit", "lastVisit"),
                new float[] {0.6f, 1.6f, 4, 1.4f}, v -> List.of(nz(v.instructorName()), nz(v.enterpriseName()),
                        v.lastVisit() == null ? Messages.get("report.neverVisited") : v.lastVisit().toString()), 0, -1);
        list(4, Messages.get("report.followUps.annualChecks", f.annualChecks().size()), f.annualChecks(),
                List.of("no", "name", "certNo", "due"), new float[] {0.6f, 2, 3, 1.4f},
                a -> List.of(nz(a.name()), nz(a.certNo()), a.dueDate() == null ? "—" : a.dueDate().toString()), 0, -1);
        list(5, Messages.get("report.followUps.missingRelations", f.missingRelations().size()),
                f.missingRelations(), List.of("no", "name", "employer"), new float[] {0.6f, 2, 5},
                m -> List.of(nz(m.name()), nz(m.employerName())), 0, -1);
    }

    /**
     * One numbered list of the appendix under its sub-heading: 「无。」 when empty. Columns
     * {@code numericA} and {@code numericB} (-1: none) are right-aligned.
     */
    private <T> void list(int n, String heading, List<T> items, List<String> cols, float[] weights,
                         Function<T, List<String>> cells, int numericA, int numericB) {
        blocks.add(new ReportBlock.Heading(Messages.get("report.subsection", numeral(n), heading), 2, 60));
        if (items.isEmpty()) {
            blocks.add(new ReportBlock.Paragraph(Messages.get("report.none"), false));
            return;
        }
        List<String> header = new ArrayList<>();
        for (String c : cols) {
            header.add(Messages.get("report.col." + c));
        }
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (T item : items) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(++i));
            row.addAll(cells.apply(item));
            rows.add(row);
        }
        boolean[] numeric = new boolean[cols.size()];
        numeric[numericA] = true;
        if (numericB > 0) {
            numeric[numericB] = true;
        }
        blocks.add(new ReportBlock.Table(header, rows, 0, numeric, weights));
    }

    private static boolean[] numericAfterFirst(int n) {
        boolean[] numeric = new boolean[n];
        for (int i = 1; i < n; i++) {
            numeric[i] = true;
        }
        return numeric;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Thousands with commas, as the table and the screen show counts. */
    static final class Formatting {
        private Formatting() {
        }

        static String count(long n) {
            return String.format(Locale.ROOT, "%,d", n);
        }
    }
}
