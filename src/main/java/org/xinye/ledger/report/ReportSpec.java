package org.xinye.ledger.report;

import java.util.List;
import org.xinye.ledger.domain.Messages;

/**
 * What a meeting report holds: its title, the paper's orientation (always A4), the charts
 * in order, whether the coverage table and the follow-up summary go in, and whether the
 * follow-up lists follow as an appendix.
 */
public record ReportSpec(String title, boolean landscape, List<ChartKind> charts, boolean table, boolean followUps,
                         boolean appendix) {
    /** The charts a report has unless asked otherwise. */
    public static final List<ChartKind> DEFAULT_CHARTS = List.of(ChartKind.STACKED, ChartKind.RATES, ChartKind.TREND);

    public ReportSpec {
        charts = List.copyOf(charts);
    }

    /** With the follow-up lists in the appendix whenever the follow-ups are asked for. */
    public ReportSpec(String title, boolean landscape, List<ChartKind> charts, boolean table, boolean followUps) {
        this(title, landscape, charts, table, followUps, true);
    }

    /** 「包头市新业态新就业群体党建工作覆盖情况」 for the area's name. */
    public static String defaultTitle(String regionName) {
        return Messages.get("report.defaultTitle", regionName);
    }
}
