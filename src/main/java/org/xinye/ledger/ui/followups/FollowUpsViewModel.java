package org.xinye.ledger.ui.followups;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.FollowUpQueries.AnnualCheckDue;
import org.xinye.ledger.store.FollowUpQueries.JointOverLimit;
import org.xinye.ledger.store.FollowUpQueries.MissingRelation;
import org.xinye.ledger.store.FollowUpQueries.OverdueVisit;
import org.xinye.ledger.store.FollowUpQueries.ShouldBuild;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 待办 page: the five follow-up lists of the coverage rules, read together, refreshed
 * after every change; each row opens the record it is about.
 */
public final class FollowUpsViewModel {
    private final Workspace workspace;
    private final Navigator navigator;
    private final ObservableList<ShouldBuild> shouldBuild = FXCollections.observableArrayList();
    private final ObservableList<JointOverLimit> jointOverLimit = FXCollections.observableArrayList();
    private final ObservableList<OverdueVisit> overdueVisits = FXCollections.observableArrayList();
    private final ObservableList<AnnualCheckDue> annualChecks = FXCollections.observableArrayList();
    private final ObservableList<MissingRelation> missingRelations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper(this, "asOf", "");
    private final ObjectProperty<FollowUpsExport.Kind> shown = new SimpleObjectProperty<>(this, "shown",
            FollowUpsExport.Kind.SHOULD_BUILD);
    private boolean active;
    private boolean stale = true;
    private long generation;

    private record Lists(List<ShouldBuild> shouldBuild, List<JointOverLimit> joint, List<OverdueVisit> visits,
                         List<AnnualCheckDue> checks, List<MissingRelation> missing) {
    }

    public FollowUpsViewModel(Workspace workspace, Navigator navigator) {
        this.workspace = workspace;
        this.navigator = navigator;
        workspace.revisionProperty().addListener((o, a, b) -> {
            if (active) {
                load();
            } else {
                stale = true;
            }
        });
    }

    public void setActive(boolean now) {
        active = now;
        if (now && stale) {
            load();
        }
    }

    public void load() {
        stale = false;
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
                    shouldBuild.setAll(l.shouldBuild());
                    jointOverLimit.setAll(l.joint());
                    overdueVisits.setAll(l.visits());
                    annualChecks.setAll(l.checks());
                    missingRelations.setAll(l.missing());
                    asOf.set(Messages.get("followups.asOf", Formats.date(today)));
                });
    }

    public void open(ShouldBuild row) {
        navigator.go(PageId.UNITS, row.enterpriseId());
    }

    public void open(JointOverLimit row) {
        navigator.go(PageId.ORGS, row.orgId());
    }

    public void open(OverdueVisit row) {
        navigator.go(PageId.INSTRUCTORS, row.instructorId());
    }

    public void open(AnnualCheckDue row) {
        navigator.go(PageId.PEOPLE, row.workerId());
    }

    public void open(MissingRelation row) {
        navigator.go(PageId.PEOPLE, row.workerId());
    }

    /** The days since an assignment was last visited (or began), as the overdue list shows it. */
    /** 导出…: the list on screen, as the page shows it, to an xlsx or CSV file the user chooses. */
    public void export() {
        FollowUpsExport.Kind kind = shown.get();
        String suggested = kind.title() + "_" + Formats.date(workspace.today()) + ".xlsx";
        workspace.dialogs().chooseSaveFile(Messages.get("export.title"), suggested, FollowUpsExport.fileTypes())
                .ifPresent(file -> workspace.background().submit(Messages.get("task.export"),
                        p -> FollowUpsExport.write(kind, this, file), rows -> workspace.dialogs().info(
                                Messages.get("export.title"), Messages.get("export.done", rows, file)), workspace::fail));
    }

    /** Which of the lists the page shows, in the order of its tabs (0: 应建未建). */
    public void show(int tab) {
        FollowUpsExport.Kind[] kinds = FollowUpsExport.Kind.values();
        shown.set(kinds[Math.max(0, Math.min(kinds.length - 1, tab))]);
    }

    public long daysWithoutVisit(OverdueVisit v) {
        LocalDate since = v.lastVisit() != null ? v.lastVisit() : v.assignedFrom();
        return since == null ? -1 : ChronoUnit.DAYS.between(since, workspace.today());
    }

    public ObservableList<ShouldBuild> shouldBuild() {
        return shouldBuild;
    }

    public ObservableList<JointOverLimit> jointOverLimit() {
        return jointOverLimit;
    }

    public ObservableList<OverdueVisit> overdueVisits() {
        return overdueVisits;
    }

    public ObservableList<AnnualCheckDue> annualChecks() {
        return annualChecks;
    }

    public ObservableList<MissingRelation> missingRelations() {
        return missingRelations;
    }

    /** Where the page's tables remember their columns. */
    public org.xinye.ledger.ui.support.TableMemory tables() {
        return workspace.tables();
    }

    public ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }
}
