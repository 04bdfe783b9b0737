package org.xinye.ledger.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;

/**
 * The coverage rules of the ledger (两个覆盖), in one place. The store's SQL view
 * {@code unit_coverage} mirrors {@link #classify}; a store test holds the two to the same answers.
 */
public final class CoverageRules {
    /** A joint org covering more units than this is flagged. */
    public static final int JOINT_ORG_UNIT_LIMIT = 5;
    /** 应建未建: this many 正式党员 among a unit's workers and no single org. */
    public static final int FORMAL_MEMBERS_TO_BUILD = 3;
    /** An assignment with no visit for longer than this is flagged. */
    public static final int VISIT_INTERVAL_DAYS = 90;
    /** A mobile member's certificate is flagged this many days before its yearly check falls due. */
    public static final int ANNUAL_CHECK_NOTICE_DAYS = 30;

    /** Whether a 工会/共青团 organization alone gives work coverage (a setting, on by default). */
    public record Settings(boolean massOrgCountsAsWork) {
        public static final Settings DEFAULT = new Settings(true);
    }

    /** One org that covers the unit, as the rules see it. */
    public record OrgLink(OrgForm form, boolean active, int unitsCovered) {
    }

    /** What the rules need to know about one unit. */
    public record UnitFacts(OperatingStatus status, boolean inScopeFlag, Collection<OrgLink> orgs,
                            boolean activeInstructorAssigned, boolean hasUnion, boolean hasYouthLeague) {
    }

    private final Settings settings;

    public CoverageRules(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** 纳入统计: status 在营 and the in-scope flag on. */
    public static boolean inScope(OperatingStatus status, boolean inScopeFlag) {
        return status == OperatingStatus.OPERATING && inScopeFlag;
    }

    /** The sub-kind an active org gives each unit it covers. */
    public static CoverageStatus orgKind(OrgForm form, int unitsCovered) {
        if (form == OrgForm.AREA || form == OrgForm.INDUSTRY) {
            return CoverageStatus.ORG_AREA;
        }
        return unitsCovered <= 1 ? CoverageStatus.ORG_SINGLE : CoverageStatus.ORG_JOINT;
    }

    /**
     * The unit's status. Among several covering orgs the strongest sub-kind wins:
     * single before joint before area/industry.
     */
    public CoverageStatus classify(UnitFacts unit) {
        if (!inScope(unit.status(), unit.inScopeFlag())) {
            return CoverageStatus.OUT_OF_SCOPE;
        }
        CoverageStatus best = null;
        for (OrgLink org : unit.orgs()) {
            if (!org.active()) {
                continue;
            }
            CoverageStatus kind = orgKind(org.form(), org.unitsCovered());
            if (best == null || kind.ordinal() < best.ordinal()) {
                best = kind;
            }
        }
        if (best != null) {
            return best;
        }
        boolean massOrg = settings.massOrgCountsAsWork() && (unit.hasUnion() || unit.hasYouthLeague());
        return unit.activeInstructorAssigned() || massOrg ? CoverageStatus.WORK : CoverageStatus.UNCOVERED;
    }

    /** A rate as a fraction 0–1; zero when nothing is in scope. */
    public static double rate(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /** A rate as people read it: a percentage with one decimal, e.g. {@code 87.5%}. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100.0);
    }

    /** 应建未建: in scope, at least three 正式党员 among its workers, and no single org. */
    public static boolean shouldBuildOrg(CoverageStatus status, int formalMembers) {
        return status != CoverageStatus.OUT_OF_SCOPE && status != CoverageStatus.ORG_SINGLE
                && formalMembers >= FORMAL_MEMBERS_TO_BUILD;
    }

    /** A joint org covering more than five units. */
    public static boolean jointOrgOverLimit(OrgForm form, int unitsCovered) {
        return form == OrgForm.JOINT && unitsCovered > JOINT_ORG_UNIT_LIMIT;
    }

    /**
     * An active assignment with no visit in 90 days; an assignment never visited counts
     * from its start date (or is overdue at once when that is unknown).
     */
    public static boolean visitOverdue(LocalDate lastVisit, LocalDate assignedFrom, LocalDate today) {
        LocalDate since = lastVisit != null ? lastVisit : assignedFrom;
        return since == null || ChronoUnit.DAYS.between(since, today) > VISIT_INTERVAL_DAYS;
    }

    /** The date a mobile member's next annual check (年审) falls due, or null when nothing is recorded. */
    public static LocalDate annualCheckDueDate(LocalDate certDate, LocalDate lastCheck) {
        LocalDate base = lastCheck != null && (certDate == null || lastCheck.isAfter(certDate)) ? lastCheck : certDate;
        return base == null ? null : base.plusYears(1);
    }

    /** A mobile member whose certificate is missing or due for its annual check within the notice period. */
    public static boolean annualCheckDue(Membership m, LocalDate today) {
        if (m == null || m.relationStatus() != RelationStatus.MOBILE) {
            return false;
        }
        LocalDate due = annualCheckDueDate(m.mobileCertDate(), m.lastAnnualCheck());
        return due == null || !due.isAfter(today.plusDays(ANNUAL_CHECK_NOTICE_DAYS));
    }

    /** A party member with no org relation recorded. */
    public static boolean missingRelation(PoliticalStatus status, Membership m) {
        return status != null && status.isPartyMember() && (m == null || !m.isRecorded());
    }
}
