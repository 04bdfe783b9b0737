package org.xinye.ledger.io.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.CorpusFiles;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/** A small ledger to import into, requests built fluently, and a dump of every table to compare states. */
public final class ImportFixture {
    private ImportFixture() {
    }

    /** A new ledger with the default regions and two units: the corpus's 迅达快递少先路站 (with its code) and 安捷物流总部. */
    public static Ledger ledger(Path file) {
        Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE);
        ledger.writing(s -> {
            Enterprise e = Enterprise.of(CorpusFiles.UNIT, EnterpriseKind.OUTLET, Industry.EXPRESS, "150203001000");
            s.enterprises().insert(new Enterprise(null, e.name(), CorpusFiles.UNIT_CODE, e.kind(), e.industry(), null,
                    e.townshipCode(), null, null, e.status(), true, null, null, false, false, false, false, false, null,
                    null, null));
            s.enterprises().insert(Enterprise.of("安捷物流总部", EnterpriseKind.PLATFORM, Industry.EXPRESS, "150202001000"));
        });
        return ledger;
    }

    public static long unitId(Session s) {
        return s.enterprises().byCreditCode(CorpusFiles.UNIT_CODE).orElseThrow().id();
    }

    public static long otherUnitId(Session s) {
        return s.enterprises().byName("安捷物流总部").get(0).id();
    }

    public static Req request(Path file, ImportType type) {
        return new Req(file, type);
    }

    public static ImportResult run(Ledger ledger, Req req) {
        return new Importer(ledger, Clock.systemDefaultZone()).run(req.build(), p -> { }, ImportProgress.NONE, 0);
    }

    /** Every row of every table (timestamps included), in key order: two equal dumps are two equal ledgers. */
    public static Map<String, List<String>> dump(Ledger ledger) {
        return ledger.read(s -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String t : List.of("enterprise", "party_org", "org_coverage", "worker", "employment", "membership",
                    "instructor", "assignment", "worker_source")) {
                out.put(t, Sql.list(s.connection(), "SELECT * FROM " + t + " ORDER BY 1, 2", rs -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        cells.add(rs.getMetaData().getColumnName(i) + "=" + rs.getString(i));
                    }
                    return String.join("|", cells);
                }));
            }
            return out;
        });
    }

    /** A request under construction. */
    public static final class Req {
        private final Path file;
        private final ImportType type;
        private ImportSource source = ImportSource.OTHER;
        private boolean abort = true;
        private boolean dry;
        private String enterprise;
        private boolean reconcile;
        private WorkerStatus mark;
        private String sheet;
        private final Map<String, String> map = new LinkedHashMap<>();
        private final Map<Integer, Field> columns = new HashMap<>();
        private final Map<String, Long> choices = new HashMap<>();
        private final Map<String, Long> orgChoices = new HashMap<>();

        Req(Path file, ImportType type) {
            this.file = file;
            this.type = type;
        }

        public Req skip() {
            abort = false;
            return this;
        }

        public Req dryRun() {
            dry = true;
            return this;
        }

        public Req source(ImportSource s) {
            source = s;
            return this;
        }

        public Req enterprise(String e) {
            enterprise = e;
            return this;
        }

        public Req reconcile() {
            reconcile = true;
            return this;
        }

        public Req markMissing(WorkerStatus s) {
            mark = s;
            return this;
        }

        public Req sheet(String s) {
            sheet = s;
            return this;
        }

        public Req map(String header, String field) {
            map.put(header, field);
            return this;
        }

        public Req column(int index, Field field) {
            columns.put(index, field);
            return this;
        }

        public Req choose(String employer, long unit) {
            choices.put(employer, unit);
            return this;
        }

        public Req chooseOrg(String org, long id) {
            orgChoices.put(org, id);
            return this;
        }

        public ImportRequest build() {
            return ImportRequest.builder(file, type, source).sheet(sheet).mapByHeader(map).mapByColumn(columns)
                    .rosterOf(enterprise).reconcile(reconcile).markMissing(mark).abortOnError(abort).dryRun(dry)
                    .employerChoices(choices).orgChoices(orgChoices).build();
        }
    }
}
