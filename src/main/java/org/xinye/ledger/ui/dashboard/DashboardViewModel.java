package org.xinye.ledger.ui.dashboard;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jfree.chart.JFreeChart;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.report.CoverageCharts;
import org.xinye.ledger.store.CoverageBreakdown;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.FollowUpQueries;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.rollup.CityFigures;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/** The 工作台: KPI tiles and coverage by county, loaded off the FX thread and reloaded after every change. */
public final class DashboardViewModel {
    /** Everything the dashboard shows, read in one transaction. */
    public record Snapshot(RegionCoverage total, List<RegionCoverage> counties, FollowUpQueries.Counts followUps,
                           java.util.Optional<CityFigures.Reported> city) {
    }

    private record Loaded(Snapshot snapshot, JFreeChart chart) {
    }

    private record Prepared(Ledger ledger, Loaded loaded) {
    }

    private final Workspace workspace;
    private final StringProperty inScope = new SimpleStringProperty(this, "inScope", "–");
    private final StringProperty inScopeNote = new SimpleStringProperty(this, "inScopeNote", "");
    private final StringProperty orgRate = new SimpleStringProperty(this, "orgRate", "–");
    private final StringProperty orgRateNote = new SimpleStringProperty(this, "orgRateNote", "");
    private final StringProperty workRate = new SimpleStringProperty(this, "workRate", "–");
    private final StringProperty workRateNote = new SimpleStringProperty(this, "workRateNote", "");
    private final StringProperty singleRate = new SimpleStringProperty(this, "singleRate", "–");
    private final StringProperty singleRateNote = new SimpleStringProperty(this, "singleRateNote", "");
    private final StringProperty workers = new SimpleStringProperty(this, "workers", "–");
    private final StringProperty workersNote = new SimpleStringProperty(this, "workersNote", "");
    private final StringProperty partyMembers = new SimpleStringProperty(this, "partyMembers", "–");
    private final StringProperty partyMembersNote = new SimpleStringProperty(this, "partyMembersNote", "");
    private final StringProperty shouldBuild = new SimpleStringProperty(this, "shouldBuild", "–");
    private final StringProperty shouldBuildNote = new SimpleStringProperty(this, "shouldBuildNote", "");
    private final StringProperty asOf = new SimpleStringProperty(this, "asOf", "");
    /** On a city ledger: 各区上报合计 against 去重后, and how the city counts; empty elsewhere. */
    private final StringProperty cityNote = new SimpleStringProperty(this, "cityNote", "");
    private final ObjectProperty<List<RegionCoverage>> counties = new SimpleObjectProperty<>(this, "counties", List.of());
    private final ObjectProperty<JFreeChart> chart = new SimpleObjectProperty<>(this, "chart");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private volatile Prepared prepared;
    private final ExportAction export;

    public DashboardViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.export = new ExportAction(workspace, TableExport.Table.COVERAGE, () -> CoverageBreakdown.BY_COUNTY);
        workspace.revisionProperty().addListener((o, a, b) -> load());
    }

    /** Computes the dashboard of a ledger being opened (see {@code MainViewModel.prepareOnOpen}); off the FX thread. */
    public void prepare(Ledger ledger) {
        prepared = new Prepared(ledger, compute(ledger));
    }

    public void load() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        Prepared head = prepared;
        prepared = null;
        if (head != null && head.ledger() == ledger) {
            apply(head.loaded());
            return;
        }
        workspace.background().submit(Messages.get("task.dashboard"), p -> compute(ledger), this::apply, workspace::fail);
    }

    /** The numbers and the chart; the chart is built here too, because the first chart loads AWT fonts. */
    private Loaded compute(Ledger ledger) {
        Snapshot snap = ledger.read(s -> {
            List<RegionCoverage> counties = s.coverage().byCounty();
            return new Snapshot(CoverageQueries.sum(counties, RegionCoverage.TOTAL, Messages.get("coverage.total")),
                    counties, s.followUps().counts(workspace.today()), CityFigures.reported(s));
        });
        return new Loaded(snap, CoverageCharts.stackedByRegion(snap.counties(), Messages.get("dashboard.chartTitle")));
    }

    private void apply(Loaded l) {
        chart.set(l.chart());
        show(l.snapshot());
    }

    /** Exports coverage by county with the total, as the chart shows it. */
    public void exportCoverage() {
        export.run();
    }

    void show(Snapshot snap) {
        CoverageCounts k = snap.total().counts();
        inScope.set(Formats.count(k.inScope()));
        inScopeNote.set(Messages.get("kpi.inScopeNote", Formats.count(k.uncovered())));
        orgRate.set(Formats.percent(k.orgRate()));
        orgRateNote.set(Messages.get("kpi.orgRateNote", Formats.count(k.orgCovered()), Formats.count(k.inScope())));
        workRate.set(Formats.percent(k.workRate()));
        workRateNote.set(Messages.get("kpi.workRateNote", Formats.count(k.workCovered())));
        singleRate.set(Formats.percent(k.singleRate()));
        singleRateNote.set(Messages.get("kpi.singleRateNote", Formats.count(k.orgSingle())));
        workers.set(Formats.count(k.workers()));
        workersNote.set(Messages.get("kpi.workersNote"));
        partyMembers.set(Formats.count(k.partyMembers()));
        partyMembersNote.set(Messages.get("kpi.partyMembersNote",
                Formats.percent(k.workers() == 0 ? 0 : (double) k.partyMembers() / k.workers())));
        shouldBuild.set(Formats.count(snap.followUps().shouldBuild()));
        shouldBuildNote.set(Messages.get("kpi.shouldBuildNote", Formats.count(snap.followUps().total())));
        asOf.set(Messages.get("dashboard.asOf", Formats.date(workspace.today())));
        cityNote.set(snap.city().map(c -> Messages.get("dashboard.cityNote", c.submissions(), c.period(),
                Formats.count(c.counts().workers()), Formats.count(k.workers()), Formats.count(c.counts().inScope()),
                Formats.count(k.inScope())) + "\n" + Messages.get("rollup.rules")).orElse(""));
        counties.set(snap.counties());
        loaded.set(true);
    }

    public StringProperty inScopeProperty() {
        return inScope;
    }

    public StringProperty inScopeNoteProperty() {
        return inScopeNote;
    }

    public StringProperty orgRateProperty() {
        return orgRate;
    }

    public StringProperty orgRateNoteProperty() {
        return orgRateNote;
    }

    public StringProperty workRateProperty() {
        return workRate;
    }

    public StringProperty workRateNoteProperty() {
        return workRateNote;
    }

    public StringProperty singleRateProperty() {
        return singleRate;
    }

    public StringProperty singleRateNoteProperty() {
        return singleRateNote;
    }

    public StringProperty workersProperty() {
        return workers;
    }

    public StringProperty workersNoteProperty() {
        return workersNote;
    }

    public StringProperty partyMembersProperty() {
        return partyMembers;
    }

    public StringProperty partyMembersNoteProperty() {
        return partyMembersNote;
    }

    public StringProperty shouldBuildProperty() {
        return shouldBuild;
    }

    public StringProperty shouldBuildNoteProperty() {
        return shouldBuildNote;
    }

    public StringProperty asOfProperty() {
        return asOf;
    }

    public StringProperty cityNoteProperty() {
        return cityNote;
    }

    public ObjectProperty<List<RegionCoverage>> countiesProperty() {
        return counties;
    }

    /** The stacked coverage chart by county; null until loaded. */
    public ObjectProperty<JFreeChart> chartProperty() {
        return chart;
    }

    /** True once the first data has arrived. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
