package org.xinye.ledger.io;

import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.CoverageBreakdown;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;

/** The coverage table as the export writes it: by county (or one county's townships) and the total. */
final class CoverageRows {
    private static final List<String> COUNTS = List.of("inScope", "orgCovered", "singleOrg", "jointOrg", "areaOrg",
            "workCovered", "uncovered", "orgRate", "workRate", "singleRate", "workers", "partyMembers");

    private CoverageRows() {
    }

    static ExportSheets.Sheet sheet(TableExport.Table table) {
        ExportSheets.Sheet sheet = new ExportSheets.Sheet(table)
                .column(TableWriter.Column.text(Messages.get("coverage.col.code"), 15), ExportSheets.PLAIN)
                .column(TableWriter.Column.value(Messages.get("coverage.col.name"), 18), ExportSheets.PLAIN);
        for (String key : COUNTS) {
            sheet.column(TableWriter.Column.value(Messages.get("coverage.col." + key), 11), ExportSheets.PLAIN);
        }
        return sheet;
    }

    /** The rows, as the coverage command gives them; a county that is not one is refused by the region store. */
    static List<List<Object>> rows(Session s, CoverageBreakdown b) {
        String county = b.county();
        if (county != null) {
            s.regions().county(county);
        }
        List<RegionCoverage> regions = b.byTownship() || county != null ? s.coverage().byTownship(county, b.units())
                : s.coverage().byCounty(b.units());
        List<List<Object>> out = new ArrayList<>();
        CoverageCounts sum = CoverageCounts.ZERO;
        for (RegionCoverage r : regions) {
            out.add(row(r.code(), r.name(), r.counts()));
            sum = sum.plus(r.counts());
        }
        RegionCoverage total = county == null ? s.coverage().total(b.units()) : null;
        out.add(row(RegionCoverage.TOTAL, Messages.get("coverage.total"), total == null ? sum : total.counts()));
        return out;
    }

    private static List<Object> row(String code, String name, CoverageCounts k) {
        return List.of(code, name, k.inScope(), k.orgCovered(), k.orgSingle(), k.orgJoint(), k.orgArea(),
                k.workCovered(), k.uncovered(), CoverageRules.percent(k.orgRate()), CoverageRules.percent(k.workRate()),
                CoverageRules.percent(k.singleRate()), k.workers(), k.partyMembers());
    }
}
