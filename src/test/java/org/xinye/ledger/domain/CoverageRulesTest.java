package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.domain.CoverageRules.OrgLink;
import org.xinye.ledger.domain.CoverageRules.UnitFacts;

class CoverageRulesTest {
    private final CoverageRules rules = new CoverageRules(CoverageRules.Settings.DEFAULT);

    private static UnitFacts unit(List<OrgLink> orgs, boolean instructor, boolean union, boolean league) {
        return new UnitFacts(OperatingStatus.OPERATING, true, orgs, instructor, union, league);
    }

    @Test
    void onlyOperatingUnitsFlaggedInScopeCount() {
        assertTrue(CoverageRules.inScope(OperatingStatus.OPERATING, true));
        assertFalse(CoverageRules.inScope(OperatingStatus.OPERATING, false));
        assertFalse(CoverageRules.inScope(OperatingStatus.SUSPENDED, true));
        assertFalse(CoverageRules.inScope(OperatingStatus.CANCELLED, true));
        assertEquals(CoverageStatus.OUT_OF_SCOPE, rules.classify(new UnitFacts(OperatingStatus.SUSPENDED, true,
                List.of(new OrgLink(OrgForm.SINGLE, true, 1)), true, true, true)));
    }

    @Test
    void anOrgCoveringOnlyThisUnitIsSingleSeveralIsJointAreaAndIndustryAreArea() {
        assertEquals(CoverageStatus.ORG_SINGLE, rules.classify(unit(List.of(new OrgLink(OrgForm.SINGLE, true, 1)), false, false, false)));
        assertEquals(CoverageStatus.ORG_JOINT, rules.classify(unit(List.of(new OrgLink(OrgForm.JOINT, true, 3)), false, false, false)));
        assertEquals(CoverageStatus.ORG_AREA, rules.classify(unit(List.of(new OrgLink(OrgForm.AREA, true, 1)), false, false, false)));
        assertEquals(CoverageStatus.ORG_AREA, rules.classify(unit(List.of(new OrgLink(OrgForm.INDUSTRY, true, 40)), false, false, false)));
        // A joint org left with one unit covers only that unit: single by the rule's definition.
        assertEquals(CoverageStatus.ORG_SINGLE, rules.classify(unit(List.of(new OrgLink(OrgForm.JOINT, true, 1)), false, false, false)));
    }

    @Test
    void strongestSubKindWinsAndInactiveOrgsDoNotCount() {
        assertEquals(CoverageStatus.ORG_SINGLE, rules.classify(unit(List.of(new OrgLink(OrgForm.AREA, true, 9),
                new OrgLink(OrgForm.SINGLE, true, 1)), false, false, false)));
        assertEquals(CoverageStatus.ORG_JOINT, rules.classify(unit(List.of(new OrgLink(OrgForm.SINGLE, false, 1),
                new OrgLink(OrgForm.JOINT, true, 2)), false, false, false)));
        assertEquals(CoverageStatus.UNCOVERED, rules.classify(unit(List.of(new OrgLink(OrgForm.SINGLE, false, 1)), false, false, false)));
    }

    @Test
    void instructorOrMassOrgGivesWorkCoverageUnlessTheSettingIsOff() {
        assertEquals(CoverageStatus.WORK, rules.classify(unit(List.of(), true, false, false)));
        assertEquals(CoverageStatus.WORK, rules.classify(unit(List.of(), false, true, false)));
        assertEquals(CoverageStatus.WORK, rules.classify(unit(List.of(), false, false, true)));
        assertEquals(CoverageStatus.UNCOVERED, rules.classify(unit(List.of(), false, false, false)));
        CoverageRules strict = new CoverageRules(new CoverageRules.Settings(false));
        assertEquals(CoverageStatus.UNCOVERED, strict.classify(unit(List.of(), false, true, true)));
        assertEquals(CoverageStatus.WORK, strict.classify(unit(List.of(), true, true, true)));
    }

    @Test
    void ratesAreOverInScopeUnits() {
        CoverageCounts k = new CoverageCounts(80, 20, 30, 20, 10, 0, 500, 30);
        assertEquals(70, k.orgCovered());
        assertEquals(0.875, k.orgRate(), 1e-12);
        assertEquals(1.0, k.workRate(), 1e-12);
        assertEquals(0.25, k.singleRate(), 1e-12);
        assertEquals("87.5%", CoverageRules.percent(k.orgRate()));
        assertEquals(0.0, CoverageCounts.ZERO.orgRate());
    }

    @Test
    void countsAccumulateByStatus() {
        CoverageCounts k = CoverageCounts.ZERO;
        for (CoverageStatus s : CoverageStatus.values()) {
            k = k.plus(s);
        }
        assertEquals(new CoverageCounts(5, 1, 1, 1, 1, 1, 0, 0), k);
    }

    @Test
    void shouldBuildNeedsThreeFormalMembersInScopeAndNoSingleOrg() {
        assertTrue(CoverageRules.shouldBuildOrg(CoverageStatus.UNCOVERED, 3));
        assertTrue(CoverageRules.shouldBuildOrg(CoverageStatus.ORG_JOINT, 5));
        assertFalse(CoverageRules.shouldBuildOrg(CoverageStatus.UNCOVERED, 2));
        assertFalse(CoverageRules.shouldBuildOrg(CoverageStatus.ORG_SINGLE, 9));
        assertFalse(CoverageRules.shouldBuildOrg(CoverageStatus.OUT_OF_SCOPE, 9));
    }

    @Test
    void jointOrgsAboveFiveUnitsAreFlagged() {
        assertFalse(CoverageRules.jointOrgOverLimit(OrgForm.JOINT, 5));
        assertTrue(CoverageRules.jointOrgOverLimit(OrgForm.JOINT, 6));
        assertFalse(CoverageRules.jointOrgOverLimit(OrgForm.AREA, 30));
    }

    @Test
    void visitsOlderThanNinetyDaysAreOverdue() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertFalse(CoverageRules.visitOverdue(today.minusDays(90), null, today));
        assertTrue(CoverageRules.visitOverdue(today.minusDays(91), null, today));
        assertFalse(CoverageRules.visitOverdue(null, today.minusDays(30), today));
        assertTrue(CoverageRules.visitOverdue(null, today.minusDays(120), today));
        assertTrue(CoverageRules.visitOverdue(null, null, today));
    }

    @Test
    void mobileMembersAreDueAYearAfterTheirLastCheckWithAMonthsNotice() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        Membership fresh = new Membership(1, null, RelationStatus.MOBILE, "x", "c", today.minusMonths(6), null, null);
        Membership due = new Membership(1, null, RelationStatus.MOBILE, "x", "c", today.minusMonths(12).plusDays(20), null, null);
        Membership checked = new Membership(1, null, RelationStatus.MOBILE, "x", "c", today.minusYears(2), today.minusMonths(2), null);
        Membership noCert = new Membership(1, null, RelationStatus.MOBILE, "x", null, null, null, null);
        Membership notMobile = new Membership(1, 5L, RelationStatus.TRANSFERRED_IN, null, null, null, null, null);
        assertFalse(CoverageRules.annualCheckDue(fresh, today));
        assertTrue(CoverageRules.annualCheckDue(due, today));
        assertFalse(CoverageRules.annualCheckDue(checked, today));
        assertEquals(today.minusMonths(2).plusYears(1), CoverageRules.annualCheckDueDate(checked.mobileCertDate(), checked.lastAnnualCheck()));
        assertTrue(CoverageRules.annualCheckDue(noCert, today));
        assertNull(CoverageRules.annualCheckDueDate(null, null));
        assertFalse(CoverageRules.annualCheckDue(notMobile, today));
    }

    @Test
    void membersNeedAnOrgOrAHomeOrgRecorded() {
        assertTrue(CoverageRules.missingRelation(PoliticalStatus.MEMBER, null));
        assertTrue(CoverageRules.missingRelation(PoliticalStatus.PROBATIONARY,
                new Membership(1, null, RelationStatus.NOT_TRANSFERRED, "  ", null, null, null, null)));
        assertFalse(CoverageRules.missingRelation(PoliticalStatus.MEMBER,
                new Membership(1, null, RelationStatus.NOT_TRANSFERRED, "某村党支部", null, null, null, null)));
        assertFalse(CoverageRules.missingRelation(PoliticalStatus.MASSES, null));
    }
}
