package org.xinye.ledger.ui.followups;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.FollowUpQueries.AnnualCheckDue;
import org.xinye.ledger.store.FollowUpQueries.JointOverLimit;
import org.xinye.ledger.store.FollowUpQueries.MissingRelation;
import org.xinye.ledger.store.FollowUpQueries.OverdueVisit;
import org.xinye.ledger.store.FollowUpQueries.ShouldBuild;
import org.xinye.ledger.ui.records.Cells;
import org.xinye.ledger.ui.records.RecordViews;
import org.xinye.ledger.ui.shell.Page;
import org.xinye.ledger.ui.support.TableColumns;
import org.xinye.ledger.ui.support.Fxml;

/** Controller of the 待办 page: five tables, each titled with its count; double-click or Enter opens the record. */
public final class FollowUpsView implements Page {
    private final FollowUpsViewModel vm;
    private Parent view;

    @FXML private Label asOf;
    @FXML private TabPane tabs;
    @FXML private Tab shouldBuildTab;
    @FXML private Tab jointTab;
    @FXML private Tab visitsTab;
    @FXML private Tab checksTab;
    @FXML private Tab missingTab;
    @FXML private TableView<ShouldBuild> shouldBuildTable;
    @FXML private TableColumn<ShouldBuild, String> sbName;
    @FXML private TableColumn<ShouldBuild, String> sbTownship;
    @FXML private TableColumn<ShouldBuild, Integer> sbMembers;
    @FXML private TableColumn<ShouldBuild, String> sbStatus;
    @FXML private TableView<JointOverLimit> jointTable;
    @FXML private TableColumn<JointOverLimit, String> jName;
    @FXML private TableColumn<JointOverLimit, Integer> jUnits;
    @FXML private TableView<OverdueVisit> visitsTable;
    @FXML private TableColumn<OverdueVisit, String> vInstructor;
    @FXML private TableColumn<OverdueVisit, String> vUnit;
    @FXML private TableColumn<OverdueVisit, LocalDate> vFrom;
    @FXML private TableColumn<OverdueVisit, LocalDate> vLast;
    @FXML private TableColumn<OverdueVisit, Integer> vDays;
    @FXML private TableView<AnnualCheckDue> checksTable;
    @FXML private TableColumn<AnnualCheckDue, String> cName;
    @FXML private TableColumn<AnnualCheckDue, String> cCert;
    @FXML private TableColumn<AnnualCheckDue, LocalDate> cCertDate;
    @FXML private TableColumn<AnnualCheckDue, LocalDate> cDue;
    @FXML private TableView<MissingRelation> missingTable;
    @FXML private TableColumn<MissingRelation, String> mName;
    @FXML private TableColumn<MissingRelation, String> mEmployer;

    public FollowUpsView(FollowUpsViewModel vm) {
        this.vm = vm;
    }

    @Override
    public Parent view() {
        if (view == null) {
            view = Fxml.load(this);
            view.sceneProperty().addListener((o, a, scene) -> vm.setActive(scene != null));
        }
        return view;
    }

    @Override
    public void shown(Object target) {
        vm.setActive(true);
    }

    @FXML
    private void initialize() {
        asOf.textProperty().bind(vm.asOfProperty());
        title(shouldBuildTab, "followups.shouldBuild", vm.shouldBuild());
        title(jointTab, "followups.joint", vm.jointOverLimit());
        title(visitsTab, "followups.visits", vm.overdueVisits());
        title(checksTab, "followups.checks", vm.annualChecks());
        title(missingTab, "followups.missing", vm.missingRelations());

        RecordViews.sortable(shouldBuildTable, vm.shouldBuild());
        Cells.text(sbName, ShouldBuild::name);
        Cells.text(sbTownship, ShouldBuild::townshipName);
        Cells.number(sbMembers, ShouldBuild::formalMembers);
        Cells.label(sbStatus, ShouldBuild::status);
        Cells.onOpen(shouldBuildTable, vm::open);

        RecordViews.sortable(jointTable, vm.jointOverLimit());
        Cells.text(jName, JointOverLimit::name);
        Cells.number(jUnits, JointOverLimit::units);
        Cells.onOpen(jointTable, vm::open);

        RecordViews.sortable(visitsTable, vm.overdueVisits());
        Cells.text(vInstructor, OverdueVisit::instructorName);
        Cells.text(vUnit, OverdueVisit::enterpriseName);
        Cells.date(vFrom, OverdueVisit::assignedFrom);
        Cells.date(vLast, OverdueVisit::lastVisit);
        Cells.number(vDays, v -> vm.daysWithoutVisit(v) < 0 ? null : (int) vm.daysWithoutVisit(v));
        Cells.onOpen(visitsTable, vm::open);

        RecordViews.sortable(checksTable, vm.annualChecks());
        Cells.text(cName, AnnualCheckDue::name);
        Cells.text(cCert, AnnualCheckDue::certNo);
        Cells.date(cCertDate, AnnualCheckDue::certDate);
        Cells.date(cDue, AnnualCheckDue::dueDate);
        Cells.onOpen(checksTable, vm::open);

        RecordViews.sortable(missingTable, vm.missingRelations());
        Cells.text(mName, MissingRelation::name);
        Cells.text(mEmployer, MissingRelation::employerName);
        Cells.onOpen(missingTable, vm::open);

        tabs.getSelectionModel().selectedIndexProperty().subscribe(i -> vm.show(i.intValue()));
        for (TableView<?> t : List.of(shouldBuildTable, jointTable, visitsTable, checksTable, missingTable)) {
            TableColumns.standard("FollowUpsView." + t.getId(), t, vm.tables());
        }
    }

    @FXML
    private void onExport() {
        vm.export();
    }

    private static <T> void title(Tab tab, String key, ObservableList<T> rows) {
        tab.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(key, rows.size()), rows));
    }
}
