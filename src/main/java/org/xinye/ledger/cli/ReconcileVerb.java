package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.ReconcileQueries;

/**
 * {@code reconcile --db FILE [--format text|json]}: the 底数 made visible. People confirmed
 * by one source only, people whose sources disagree on employer or phone, units whose
 * workers in the ledger differ from their declared count, and people still 待匹配.
 * ID numbers and phones are masked.
 */
final class ReconcileVerb implements Verb {
    @Override
    public String name() {
        return "reconcile";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "format");
    }

    private record Report(List<ReconcileQueries.SingleSource> single, List<ReconcileQueries.Disagreement> disagree,
                          List<ReconcileQueries.CountMismatch> counts, List<ReconcileQueries.Unmatched> unmatched) {
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String format = args.choice("format", "text", "text", "json");
        Report r;
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
            r = ledger.read(s -> new Report(s.reconcile().singleSource(), s.reconcile().disagreements(),
                    s.reconcile().countMismatches(), s.reconcile().unmatched()));
        }
        if (format.equals("json")) {
            out.println(Json.write(json(r)));
            return OK;
        }
        out.println(Messages.get("cli.reconcile.single", r.single().size()));
        for (ReconcileQueries.SingleSource x : r.single()) {
            out.println("  " + x.name() + "  " + Masking.idNumber(x.idNumber()) + "  " + nz(x.employer()) + "  "
                    + Messages.label(x.source()));
        }
        out.println(Messages.get("cli.reconcile.disagree", r.disagree().size()));
        for (ReconcileQueries.Disagreement d : r.disagree()) {
            List<String> said = new ArrayList<>();
            for (ImportStore.SourceRow s : d.sources()) {
                said.add(Messages.label(s.source()) + "：" + nz(s.employerText()) + " " + Masking.mobile(nz(s.mobile())));
            }
            out.println("  " + d.name() + "  " + Masking.idNumber(d.idNumber()) + "  " + String.join(" | ", said));
        }
        out.println(Messages.get("cli.reconcile.counts", r.counts().size()));
        for (ReconcileQueries.CountMismatch c : r.counts()) {
            out.println("  " + Messages.get("cli.reconcile.countLine", c.name(), c.declared(), c.inLedger()));
        }
        out.println(Messages.get("cli.reconcile.unmatched", r.unmatched().size()));
        for (ReconcileQueries.Unmatched u : r.unmatched()) {
            out.println("  " + u.name() + "  " + Masking.idNumber(u.idNumber()) + "  " + nz(u.employerText()) + "  "
                    + nz(u.townshipText()));
        }
        return OK;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> json(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> single = new ArrayList<>();
        for (ReconcileQueries.SingleSource x : r.single()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", x.workerId());
            o.put("name", x.name());
            o.put("idNumber", Masking.idNumber(x.idNumber()));
            o.put("employer", x.employer());
            o.put("source", x.source().name());
            o.put("confirmedAt", String.valueOf(x.confirmedAt()));
            single.add(o);
        }
        m.put("singleSource", single);
        List<Object> disagree = new ArrayList<>();
        for (ReconcileQueries.Disagreement d : r.disagree()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", d.workerId());
            o.put("name", d.name());
            o.put("idNumber", Masking.idNumber(d.idNumber()));
            List<Object> sources = new ArrayList<>();
            for (ImportStore.SourceRow s : d.sources()) {
                Map<String, Object> so = new LinkedHashMap<>();
                so.put("source", s.source().name());
                so.put("employer", s.employerText());
                so.put("mobile", s.mobile() == null ? null : Masking.mobile(s.mobile()));
                so.put("confirmedAt", String.valueOf(s.confirmedAt()));
                sources.add(so);
            }
            o.put("sources", sources);
            disagree.add(o);
        }
        m.put("disagree", disagree);
        List<Object> counts = new ArrayList<>();
        for (ReconcileQueries.CountMismatch c : r.counts()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", c.enterpriseId());
            o.put("name", c.name());
            o.put("declared", c.declared());
            o.put("inLedger", c.inLedger());
            counts.add(o);
        }
        m.put("countMismatch", counts);
        List<Object> unmatched = new ArrayList<>();
        for (ReconcileQueries.Unmatched u : r.unmatched()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", u.workerId());
            o.put("name", u.name());
            o.put("idNumber", Masking.idNumber(u.idNumber()));
            o.put("employerText", u.employerText());
            o.put("townshipText", u.townshipText());
            unmatched.add(o);
        }
        m.put("unmatched", unmatched);
        return m;
    }
}
