package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.rollup.SubmissionStatus;

/**
 * {@code rollup status --db CITY [--period YYYY-MM] [--format text|json]}: 报送情况 of a period (the
 * latest one by default): every county and department, submitted or missing, when, by which
 * version, its counts and the changes since its previous period.
 */
final class RollupStatusVerb implements Verb {
    @Override
    public String name() {
        return "status";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "period", "format");
    }

    @Override
    public String summaryKey() {
        return "cli.rollup.status";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String format = args.choice("format", "text", "text", "json");
        YearMonth asked = args.has("period") ? SubmitVerb.period(args.get("period")) : null;
        YearMonth period;
        List<SubmissionStatus.Row> rows;
        try (Ledger city = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
            period = asked != null ? asked : city.read(SubmissionStatus::latestPeriod).orElse(null);
            if (period == null) {
                err.println(Messages.get("cli.rollup.status.none"));
                return REFUSED;
            }
            YearMonth p = period;
            rows = city.read(s -> SubmissionStatus.of(s, p));
        }
        if (format.equals("json")) {
            List<Object> list = new ArrayList<>();
            for (SubmissionStatus.Row r : rows) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("scope", r.scopeKey());
                o.put("name", r.name());
                o.put("kind", r.kind().name());
                o.put("submitted", !r.missing());
                if (!r.missing()) {
                    SubmissionStatus.Submission s = r.submission();
                    o.put("createdAt", s.createdAt().toString());
                    o.put("receivedAt", s.receivedAt().toString());
                    o.put("appVersion", s.appVersion());
                    o.put("file", s.fileName());
                    o.put("units", s.units());
                    o.put("workers", s.workers());
                    o.put("partyMembers", s.partyMembers());
                    o.put("replacedEarlier", s.replacedId() != null);
                    if (r.changes() != null) {
                        Map<String, Object> c = new LinkedHashMap<>();
                        c.put("since", r.changes().since().toString());
                        c.put("new", r.changes().added());
                        c.put("left", r.changes().left());
                        c.put("moved", r.changes().moved());
                        o.put("changes", c);
                    }
                }
                list.add(o);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("period", period.toString());
            o.put("scopes", list);
            out.println(Json.write(o));
            return OK;
        }
        out.println(Messages.get("cli.rollup.status.title", period.toString()));
        List<String> header = new ArrayList<>();
        for (String k : new String[] {"name", "state", "createdAt", "version", "units", "workers", "partyMembers",
                "changes"}) {
            header.add(Messages.get("rollup.status.col." + k));
        }
        TextTable t = new TextTable(header, new boolean[] {false, false, false, false, true, true, true, false});
        int missing = 0;
        for (SubmissionStatus.Row r : rows) {
            if (r.missing()) {
                missing++;
                t.add(List.of(r.name(), Messages.get("rollup.status.missing"), "", "", "", "", "", ""));
                continue;
            }
            SubmissionStatus.Submission s = r.submission();
            t.add(List.of(r.name(), Messages.get("rollup.status.submitted"), RollupVerb.WHEN.format(s.createdAt()),
                    s.appVersion(), Long.toString(s.units()), Long.toString(s.workers()),
                    Long.toString(s.partyMembers()), r.changesText()));
        }
        out.print(t.render());
        out.println(Messages.get("cli.rollup.status.summary", rows.size() - missing, missing));
        return OK;
    }
}
