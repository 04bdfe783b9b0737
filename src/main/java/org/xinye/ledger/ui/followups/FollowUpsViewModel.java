package org.xinye.ledger.ui.followups;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.FollowUpQueries.AnnualCheckDue;
import org.xinye.ledger.store.FollowUpQueries.JointOverLimit;
import org.xinye.ledger.store.FollowUpQueries.MissingRelation;
import org.xinye.ledger.store.FollowUpQueries.OverdueVisit;
import org.xinye.ledger.store.FollowUpQueries.ShouldBuild;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.Column;
import org.xinye.ledger.ui.support.ColumnSheet;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Freshness;
import org.xinye.ledger.ui.support.TableMemory;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 待办 page: the five follow-up lists of the coverage rules, read together, refreshed
 * after every change; each row opens the record it is about.
 */
public final class FollowUpsViewModel {
    private final Workspace workspace;
    private final Navigator navigator;
    private final FollowUpList<ShouldBuild> shouldBuild = new FollowUpList<>("shouldBuild", List.of(
            Column.text("sbName", "units.col.name", ShouldBuild::name).width(320),
            Column.text("sbTownship", "units.col.township", ShouldBuild::townshipName).width(120),
            Column.number("sbMembers", "followups.col.formalMembers", ShouldBuild::formalMembers).width(110),
            Column.label("sbStatus", "units.col.coverage", ShouldBuild::status).width(180)
                    .wideAsLabels(CoverageStatus.class)),
            row -> go(PageId.UNITS, row.enterpriseId()));
    private final FollowUpList<JointOverLimit> jointOverLimit = new FollowUpList<>("joint", List.of(
            Column.text("jName", "orgs.col.name", JointOverLimit::name).width(360),
            Column.number("jUnits", "orgs.col.units", JointOverLimit::units).width(100)),
            row -> go(PageId.ORGS, row.orgId()));
    private final FollowUpList<OverdueVisit> overdueVisits = new FollowUpList<>("visits", List.of(
            Column.text("vInstructor", "instructors.col.name", OverdueVisit::instructorName).width(100),
            Column.text("vUnit", "units.col.name", OverdueVisit::enterpriseName).width(300),
            Column.date("vFrom", "followups.col.assignedFrom", OverdueVisit::assignedFrom).width(100),
            Column.date("vLast", "instructors.col.lastVisit", OverdueVisit::lastVisit).width(100),
            Column.number("vDays", "followups.col.days", this::daysWithoutVisit).width(90)),
            row -> go(PageId.INSTRUCTORS, row.instructorId()));
    private final FollowUpList<AnnualCheckDue> annualChecks = new FollowUpList<>("checks", List.of(
            Column.text("cName", "people.col.name", AnnualCheckDue::name).width(100),
            Column.text("cCert", "people.form.certNo", AnnualCheckDue::certNo).width(160),
            Column.date("cCertDate", "people.form.certDate", AnnualCheckDue::certDate).width(100),
            Column.date("cDue", "followups.col.due", AnnualCheckDue::dueDate).width(100)),
            row -> go(PageId.PEOPLE, row.workerId()));
    private final FollowUpList<MissingRelation> missingRelations = new FollowUpList<>("missing", List.of(
            Column.text("mName", "people.col.name", MissingRelation::name).width(100),
            Column.text("mEmployer", "field.employer_id", MissingRelation::employerName).width(320)),
            row -> go(PageId.PEOPLE, row.workerId()));
    /** The lists in the order of the page's tabs. */
    private final List<FollowUpList<?>> lists = List.of(shouldBuild, jointOverLimit, overdueVisits, annualChecks,
            missingRelations);
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper(this, "asOf", "");
    private final ObjectProperty<FollowUpList<?>> shown = new SimpleObjectProperty<>(this, "shown", shouldBuild);
    private final Freshness freshness;
    private long generation;

    private record Lists(List<ShouldBuild> shouldBuild, List<JointOverLimit> joint, List<OverdueVisit> visits,
                         List<AnnualCheckDue> checks, List<MissingRelation> missing) {
    }

    public FollowUpsViewModel(Workspace workspace, Navigator navigator) {
        this.workspace = workspace;
        this.navigator = navigator;
        freshness = new Freshness(workspace, this::load);
    }

    public void setActive(boolean now) {
        freshness.setActive(now);
    }

    public void load() {
        freshness.loaded();
        if (workspace.ledger() == null) {
            return;
        }
        long g = ++generation;
        LocalDate today = workspace.today();
        workspace.read(Messages.get("task.loadingFollowUps"), s -> new Lists(s.followUps().shouldBuild(),
                s.followUps().jointOrgsOverLimit(), s.followUps().overdueVisits(today),
                s.followUps().annualChecksDue(today), s.followUps().missingRelations()), l -> {
                    if (g != generation) {
                        return;
                    }
                    shouldBuild.rows().setAll(l.shouldBuild());
                    jointOverLimit.rows().setAll(l.joint());
                    overdueVisits.rows().setAll(l.visits());
                    annualChecks.rows().setAll(l.checks());
                    missingRelations.rows().setAll(l.missing());
                    asOf.set(Messages.get("followups.asOf", Formats.date(today)));
                });
    }

    /** Opens the record a row is about (its list's {@link FollowUpList#open}). */
    private void go(PageId page, long id) {
        navigator.go(page, id);
    }

    /** 导出…: the list on screen, as the page shows it, to an xlsx or CSV file the user chooses. */
    public void export() {
        export(shown.get());
    }

    private <R> void export(FollowUpList<R> list) {
        String suggested = list.title() + "_" + Formats.date(workspace.today()) + ".xlsx";
        List<R> rows = List.copyOf(list.rows());
        workspace.dialogs().chooseSaveFile(Messages.get("export.title"), suggested, DialogService.FileType.spreadsheets())
                .ifPresent(file -> workspace.background().submitWrite(Messages.get("task.export"),
                        p -> {
                            p.commitOrStop();
                            return ColumnSheet.write(file, list.title(), list.columns(), rows);
                        }, n -> workspace.dialogs().info(
                                Messages.get("export.title"), Formats.counted("export.done", n, file)), workspace::fail));
    }

    /** Which of the lists the page shows, in the order of its tabs (0: 应建未建). */
    public void show(int tab) {
        shown.set(lists.get(Math.max(0, Math.min(lists.size() - 1, tab))));
    }

    /** The days since an assignment was last visited (or began), as the overdue list shows it; none before it began. */
    private Integer daysWithoutVisit(OverdueVisit v) {
        LocalDate since = v.lastVisit() != null ? v.lastVisit() : v.assignedFrom();
        long days = since == null ? -1 : ChronoUnit.DAYS.between(since, workspace.today());
        return days < 0 ? null : (int) days;
    }

    /** The lists in the order of the page's tabs. */
    public List<FollowUpList<?>> lists() {
        return lists;
    }

    public FollowUpList<ShouldBuild> shouldBuild() {
        return shouldBuild;
    }

    public FollowUpList<JointOverLimit> jointOverLimit() {
        return jointOverLimit;
    }

    public FollowUpList<OverdueVisit> overdueVisits() {
        return overdueVisits;
    }

    public FollowUpList<AnnualCheckDue> annualChecks() {
        return annualChecks;
    }

    public FollowUpList<MissingRelation> missingRelations() {
        return missingRelations;
    }

    /** Where the page's tables remember their columns. */
    public TableMemory tables() {
        return workspace.tables();
    }

    public ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }
}
