package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;

/** {@code coverage --db FILE [--by county|township] [--region CODE] [--format text|csv|json]}. */
final class CoverageVerb implements Verb {
    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "by", "format", "region");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String by = args.choice("by", "county", "county", "township");
        String format = args.choice("format", "text", "text", "csv", "json");
        String county = args.get("region");
        List<RegionCoverage> rows;
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
            rows = ledger.read(s -> {
                String name = Messages.get("coverage.total")
                        + (county == null ? "" : "（" + s.regions().county(county).name() + "）");
                List<RegionCoverage> list = new ArrayList<>(
                        by.equals("county") && county == null ? s.coverage().byCounty() : s.coverage().byTownship(county));
                list.add(CoverageQueries.sum(list, RegionCoverage.TOTAL, name));
                return list;
            });
        }
        switch (format) {
            case "json" -> out.println(Json.write(rows.stream().map(CoverageVerb::json).toList()));
            case "csv" -> out.print(csv(rows));
            default -> {
                out.print(table(rows));
                out.println(Messages.get("coverage.footnote"));
            }
        }
        return OK;
    }

    static Map<String, Object> json(RegionCoverage r) {
        CoverageCounts k = r.counts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("name", r.name());
        m.put("inScope", k.inScope());
        m.put("orgCovered", k.orgCovered());
        m.put("workCovered", k.workCovered());
        m.put("uncovered", k.uncovered());
        m.put("singleOrg", k.orgSingle());
        m.put("jointOrg", k.orgJoint());
        m.put("areaOrg", k.orgArea());
        m.put("orgRate", k.orgRate());
        m.put("workRate", k.workRate());
        m.put("singleRate", k.singleRate());
        m.put("workers", k.workers());
        m.put("partyMembers", k.partyMembers());
        return m;
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>();
        for (String key : new String[] {"code", "name", "inScope", "orgCovered", "singleOrg", "jointOrg", "areaOrg",
                "workCovered", "uncovered", "orgRate", "workRate", "singleRate", "workers", "partyMembers"}) {
            h.add(Messages.get("coverage.col." + key));
        }
        return h;
    }

    private static List<String> cells(RegionCoverage r) {
        CoverageCounts k = r.counts();
        return List.of(r.code(), r.name(), str(k.inScope()), str(k.orgCovered()), str(k.orgSingle()), str(k.orgJoint()),
                str(k.orgArea()), str(k.workCovered()), str(k.uncovered()), CoverageRules.percent(k.orgRate()),
                CoverageRules.percent(k.workRate()), CoverageRules.percent(k.singleRate()), str(k.workers()),
                str(k.partyMembers()));
    }

    private static String str(int n) {
        return Integer.toString(n);
    }

    private static String table(List<RegionCoverage> rows) {
        boolean[] numeric = new boolean[14];
        for (int i = 2; i < numeric.length; i++) {
            numeric[i] = true;
        }
        TextTable t = new TextTable(header(), numeric);
        rows.forEach(r -> t.add(cells(r)));
        return t.render();
    }

    private static String csv(List<RegionCoverage> rows) {
        StringBuilder b = new StringBuilder(String.join(",", header())).append("\r\n");
        for (RegionCoverage r : rows) {
            List<String> cells = cells(r);
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i);
                b.append(i == 0 ? "" : ",").append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            b.append("\r\n");
        }
        return b.toString();
    }
}
