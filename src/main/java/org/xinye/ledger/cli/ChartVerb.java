package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.report.ChartExport;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.report.CoverageCharts;
import org.xinye.ledger.report.CoverageData;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;

/** {@code chart --db FILE --kind KIND --out FILE.png|pdf|svg [--region COUNTY]}: one chart alone. */
final class ChartVerb implements Verb {
    static final String KINDS = Arrays.stream(ChartKind.values()).map(ChartKind::cliName)
            .collect(Collectors.joining("|"));

    @Override
    public String name() {
        return "chart";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "kind", "out", "region");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String kindName = args.require("kind");
        ChartKind kind = ChartKind.ofCliName(kindName);
        if (kind == null) {
            throw new Args.UsageException(Messages.get("cli.badChoice", "--kind", kindName, KINDS));
        }
        Path target = args.path("out");
        ChartExport.Format format = ChartExport.Format.of(target);
        if (format == null) {
            throw new Args.UsageException(Messages.get("cli.chart.format", target));
        }
        String region = ReportVerb.blankToNull(args.get("region"));
        CoverageData data;
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
            data = ledger.read(s -> {
                checkCounty(s, region);
                return CoverageData.load(s, region, CoverageQueries.Filter.NONE, LocalDate.now(), false);
            });
        }
        try {
            ChartExport.write(CoverageCharts.build(kind, data, CoverageCharts.Decor.EXPORT), format, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(Messages.get("cli.chart.done", target.toAbsolutePath()));
        return OK;
    }

    /** Refuses a region code that is not a county of the ledger (bad usage, exit 2). */
    static void checkCounty(Session s, String code) {
        if (code != null && s.regions().get(code).filter(r -> r.level() == RegionLevel.COUNTY).isEmpty()) {
            throw new Args.UsageException(Messages.get("cli.report.noCounty", code));
        }
    }
}
