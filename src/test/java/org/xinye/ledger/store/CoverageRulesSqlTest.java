package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;

/** The SQL view unit_coverage and the domain's CoverageRules must classify every unit alike. */
class CoverageRulesSqlTest {
    @TempDir
    Path dir;

    @Test
    void sqlViewAgreesWithTheDomainRulesOnRandomLedgers() {
        for (long seed = 1; seed <= 6; seed++) {
            for (boolean massOrgCounts : new boolean[] {true, false}) {
                check(seed, massOrgCounts);
            }
        }
    }

    private void check(long seed, boolean massOrgCounts) {
        Random rnd = new Random(seed);
        Path file = dir.resolve("r" + seed + massOrgCounts + ".xldb");
        LocalDate today = LocalDate.now();
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE)) {
            Map<Long, Enterprise> units = new HashMap<>();
            Map<Long, List<CoverageRules.OrgLink>> links = new HashMap<>();
            Map<Long, Boolean> instructed = new HashMap<>();
            ledger.writing(s -> {
                s.settings().put(SettingsRepository.MASS_ORG_COUNTS_AS_WORK, String.valueOf(massOrgCounts));
                List<Region> townships = s.regions().byLevel(RegionLevel.TOWNSHIP);
                for (int i = 0; i < 120; i++) {
                    OperatingStatus st = OperatingStatus.values()[rnd.nextInt(10) < 8 ? 0 : 1 + rnd.nextInt(2)];
                    Enterprise e = new Enterprise(null, "单位" + i, null, EnterpriseKind.OUTLET, Industry.EXPRESS, null,
                            rnd.nextInt(12) == 0 ? null : townships.get(rnd.nextInt(townships.size())).code(), null, null,
                            st, rnd.nextInt(10) > 0, null, null, false, false, rnd.nextInt(5) == 0, rnd.nextInt(8) == 0,
                            false, null, null, null);
                    units.put(s.enterprises().insert(e), e);
                    links.put(e.id() == null ? (long) units.size() : e.id(), new ArrayList<>());
                }
                List<Long> ids = new ArrayList<>(units.keySet());
                for (int o = 0; o < 40; o++) {
                    OrgForm form = OrgForm.values()[rnd.nextInt(OrgForm.values().length)];
                    boolean active = rnd.nextInt(6) > 0;
                    long org = s.orgs().insert(new PartyOrg(null, "组织" + o, OrgLevel.BRANCH, form, null, null, null,
                            null, null, active, null));
                    int n = form == OrgForm.SINGLE ? 1 : rnd.nextInt(5);
                    List<Long> covered = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        long unit = ids.get(rnd.nextInt(ids.size()));
                        if (!covered.contains(unit)) {
                            covered.add(unit);
                            s.orgs().cover(org, unit);
                        }
                    }
                    for (long unit : covered) {
                        links.computeIfAbsent(unit, k -> new ArrayList<>())
                                .add(new CoverageRules.OrgLink(form, active, covered.size()));
                    }
                }
                for (int i = 0; i < 15; i++) {
                    boolean activeInstructor = rnd.nextInt(5) > 0;
                    long ins = s.instructors().insert(new Instructor(null, "指导员" + i, null, InstructorRole.INSTRUCTOR,
                            false, null, activeInstructor, null));
                    for (int k = 0; k < 4; k++) {
                        long unit = ids.get(rnd.nextInt(ids.size()));
                        int kind = rnd.nextInt(4);
                        LocalDate from = kind == 3 ? today.plusDays(10) : today.minusDays(100);
                        LocalDate to = kind == 2 ? today.minusDays(1) : kind == 1 ? today : null;
                        s.instructors().assign(new Assignment(null, ins, unit, from, to));
                        Assignment a = new Assignment(null, ins, unit, from, to);
                        if (activeInstructor && a.isActiveOn(today)) {
                            instructed.put(unit, true);
                        }
                    }
                }
            });
            CoverageRules rules = new CoverageRules(new CoverageRules.Settings(massOrgCounts));
            Map<Long, CoverageStatus> sql = ledger.read(s -> s.coverage().unitStatuses());
            assertEquals(units.size(), sql.size());
            CoverageCounts expected = CoverageCounts.ZERO;
            for (var e : units.entrySet()) {
                Enterprise u = e.getValue();
                CoverageStatus domain = rules.classify(new CoverageRules.UnitFacts(u.status(), u.inScope(),
                        links.getOrDefault(e.getKey(), List.of()), instructed.getOrDefault(e.getKey(), false),
                        u.hasUnion(), u.hasYouthLeague()));
                assertEquals(domain, sql.get(e.getKey()), "unit " + e.getKey() + " seed " + seed);
                expected = expected.plus(domain);
            }
            RegionCoverage total = ledger.read(s -> s.coverage().total());
            assertEquals(expected, total.counts().withPeople(0, 0));
            assertRowsAddUp(ledger, total.counts());
        }
    }

    static void assertRowsAddUp(Ledger ledger, CoverageCounts total) {
        for (List<RegionCoverage> rows : List.of(ledger.read(s -> s.coverage().byCounty()),
                ledger.read(s -> s.coverage().byTownship(null)))) {
            CoverageCounts sum = CoverageCounts.ZERO;
            for (RegionCoverage r : rows) {
                sum = sum.plus(r.counts());
            }
            assertEquals(total, sum);
        }
        assertTrue(total.inScope() >= total.orgCovered() + total.workCovered());
    }
}
