package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.IdHash;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.DifferencesWorkbook;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.rollup.Differences;
import org.xinye.ledger.store.rollup.SubmissionStatus;

/**
 * {@code rollup conflicts --db CITY [--format text|json] [--out DIR [--unmasked]]}: 差异清单 of the
 * counted submissions; {@code --out} writes one .xlsx per party, ready to send back (ID numbers
 * masked unless {@code --unmasked}, which is recorded in the 操作日志).
 */
final class RollupConflictsVerb implements Verb {
    @Override
    public String name() {
        return "conflicts";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "format", "out");
    }

    @Override
    public Set<String> flags() {
        return Set.of("unmasked");
    }

    @Override
    public String summaryKey() {
        return "cli.rollup.conflicts";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String format = args.choice("format", "text", "text", "json");
        if (args.has("unmasked") && !args.has("out")) {
            throw new Args.UsageException(Messages.get("cli.import.requires", "--unmasked", "--out"));
        }
        boolean unmasked = args.has("unmasked");
        List<Differences.Difference> all;
        YearMonth period;
        List<Path> written = List.of();
        try (Ledger city = Ledger.open(Ledgers.of(args), args.has("out") ? Ledger.Mode.WRITE : Ledger.Mode.READ)) {
            all = city.read(Differences::all);
            period = city.read(SubmissionStatus::latestPeriod).orElse(YearMonth.now());
            if (args.has("out")) {
                Path dir = Path.of(args.get("out"));
                written = DifferencesWorkbook.write(dir, DifferencesWorkbook.byParty(all, period, unmasked), period);
                List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
                city.writing(s -> s.audit().append("export", null, unmasked ? "EXPORT_UNMASKED" : "EXPORT", null,
                        RecordJson.write(Map.of("differences", dir.toAbsolutePath().toString(), "files", names))));
            }
        }
        if (format.equals("json")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("period", period.toString());
            Map<String, Object> counts = new LinkedHashMap<>();
            Differences.counts(all).forEach((k, v) -> counts.put(k.name(), v));
            o.put("counts", counts);
            List<Object> list = new ArrayList<>();
            for (Differences.Difference d : all) {
                list.add(json(d));
            }
            o.put("differences", list);
            o.put("files", written.stream().map(p -> p.toAbsolutePath().toString()).toList());
            out.println(Json.write(o));
            return OK;
        }
        Map<Differences.Kind, Integer> counts = Differences.counts(all);
        out.println(Messages.get("cli.rollup.conflicts.title", period.toString()));
        counts.forEach((k, v) -> out.println("  " + Messages.get("differences.kind." + k.name()) + "：" + v));
        for (Differences.Difference d : all.subList(0, Math.min(50, all.size()))) {
            StringBuilder line = new StringBuilder("  [" + Messages.get("differences.kind." + d.kind().name()) + "] "
                    + d.subject() + " " + shown(d) + " — ");
            for (int i = 0; i < d.listings().size(); i++) {
                Differences.Listing l = d.listings().get(i);
                line.append(i == 0 ? "" : Messages.get("differences.othersSeparator")).append(l.scopeName())
                        .append(" #").append(l.srcId()).append(l.says() == null || l.says().isBlank() ? "" : " " + l.says());
            }
            out.println(line);
        }
        if (all.size() > 50) {
            out.println(Messages.get("cli.rollup.conflicts.more", all.size() - 50));
        }
        for (Path p : written) {
            out.println(Messages.get("cli.rollup.conflicts.written", p.toAbsolutePath()));
        }
        return OK;
    }

    private static String shown(Differences.Difference d) {
        if (d.key() == null) {
            return "";
        }
        boolean person = d.kind() != Differences.Kind.MULTI_CLAIMED_UNIT && d.kind() != Differences.Kind.ROSTER_MISMATCH;
        return person && !IdHash.isHash(d.key()) ? Masking.idNumber(d.key()) : d.key();
    }

    private static Map<String, Object> json(Differences.Difference d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", d.kind().name());
        o.put("subject", d.subject());
        o.put("key", shown(d));
        List<Object> listings = new ArrayList<>();
        for (Differences.Listing l : d.listings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("scope", l.scopeKey());
            x.put("scopeName", l.scopeName());
            x.put("record", l.srcId());
            x.put("name", l.name());
            x.put("says", l.says());
            listings.add(x);
        }
        o.put("listings", listings);
        o.put("alsoFor", d.alsoFor());
        o.put("note", d.note());
        return o;
    }
}
