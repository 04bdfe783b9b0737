package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.report.CoverageData;
import org.xinye.ledger.report.ReportDocx;
import org.xinye.ledger.report.ReportPdf;
import org.xinye.ledger.report.ReportSpec;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Ledger;

/**
 * {@code report --db FILE --out FILE.pdf [--region COUNTY] [--title T] [--charts a,b,c]
 * [--landscape] [--follow-ups] [--no-appendix] [--no-table] [--unit ISSUING-UNIT]
 * [--format pdf|docx]}: the meeting report as a PDF, or as an editable Word document;
 * {@code report --fill FORM.xlsx --out FILLED.xlsx}: a superior's form filled in ({@link FormFill}). {@code --unit} also keeps the issuing unit in the ledger for
 * later reports and the window.
 */
final class ReportVerb implements Verb {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "out", "region", "title", "charts", "unit", "format", "fill");
    }

    @Override
    public Set<String> flags() {
        return Set.of("landscape", "follow-ups", "no-table", "no-appendix");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (args.has("fill")) {
            return FormFill.run(args, out, err);
        }
        Path target = args.path("out");
        String format = args.get("format") == null ? "pdf" : args.get("format").trim().toLowerCase(Locale.ROOT);
        if (!format.equals("pdf") && !format.equals("docx")) {
            throw new Args.UsageException(Messages.get("cli.badChoice", "--format", format, "pdf, docx"));
        }
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + format)) {
            throw new Args.UsageException(Messages.get(format.equals("pdf") ? "cli.report.pdfOnly" : "cli.report.docxOnly",
                    target));
        }
        List<ChartKind> charts = charts(args.get("charts"));
        String region = blankToNull(args.get("region"));
        boolean followUps = args.has("follow-ups");
        String unit = args.get("unit");
        if (unit != null) {
            try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.WRITE)) {
                ledger.write(s -> {
                    s.settings().setIssuingUnit(unit);
                    return null;
                });
            }
        }
        CoverageData data;
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
            data = ledger.read(s -> {
                ChartVerb.checkCounty(s, region);
                return CoverageData.load(s, region, CoverageQueries.Filter.NONE, LocalDate.now(), followUps);
            });
        }
        String title = blankToNull(args.get("title"));
        ReportSpec spec = new ReportSpec(title == null ? ReportSpec.defaultTitle(data.regionName()) : title,
                args.has("landscape"), charts, !args.has("no-table"), followUps, !args.has("no-appendix"));
        try {
            if (format.equals("docx")) {
                ReportDocx.write(data, spec, target, p -> { });
            } else {
                ReportPdf.write(data, spec, target, p -> { });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(Messages.get("cli.report.done", target.toAbsolutePath(), spec.title()));
        return OK;
    }

    /** The charts named in a comma list; empty means none, absent means the default set. */
    static List<ChartKind> charts(String list) {
        if (list == null) {
            return ReportSpec.DEFAULT_CHARTS;
        }
        List<ChartKind> out = new ArrayList<>();
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            ChartKind k = ChartKind.ofCliName(name);
            if (k == null) {
                throw new Args.UsageException(Messages.get("cli.badChoice", "--charts", name.trim(), ChartVerb.KINDS));
            }
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
