package org.xinye.ledger.ui.coverage;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.report.ChartExport;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.report.CoverageCharts;
import org.xinye.ledger.report.CoverageData;
import org.xinye.ledger.store.CoverageBreakdown;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.rollup.CityRecords;
import org.xinye.ledger.store.CoverageCount;
import org.xinye.ledger.store.CoverageQueries.Filter;
import org.xinye.ledger.store.CoverageScope;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.MonthlySnapshot;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.UnitFilter;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * 覆盖分析: the coverage table by county, drilled into a county's townships and into the
 * units behind any count, with industry and unit-kind filters, the charts of the area shown,
 * the 组织覆盖率 target and the monthly snapshot. Everything is read off the FX thread and
 * reloaded after every change.
 */
public final class CoverageViewModel {
    /**
     * One step of the breadcrumb: all areas ({@code name} null), a county, or the units one
     * count of a row counted ({@code count} of {@code units}).
     */
    public record Crumb(String name, String countyCode, CoverageScope unitScope, CoverageCount count, int units) {
        public boolean isUnitList() {
            return unitScope != null;
        }

        /** What the step says, in the window's language of the moment. */
        public String label() {
            if (isUnitList()) {
                return Messages.get("coverage.crumb.units", name, Messages.get("coverage.count." + key(count)),
                        Formats.count(units));
            }
            return name == null ? Messages.get("coverage.crumb.all") : name;
        }
    }

    private record Loaded(CoverageData data, JFreeChart chart) {
    }

    private final Workspace workspace;
    private final ObservableList<Crumb> crumbs = FXCollections.observableArrayList();
    private final ObservableList<RegionCoverage> rows = FXCollections.observableArrayList();
    private final ObservableList<CoverageQueries.UnitRow> units = FXCollections.observableArrayList();
    private final ObjectProperty<Industry> industry = new SimpleObjectProperty<>(this, "industry");
    private final ObjectProperty<EnterpriseKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(this, "chartKind", ChartKind.STACKED);
    private final ObjectProperty<JFreeChart> chart = new SimpleObjectProperty<>(this, "chart");
    private final ObjectProperty<CoverageData> data = new SimpleObjectProperty<>(this, "data");
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 80);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    /** On a city ledger: the submission each listed unit is counted from (see {@link #sourceOf}). */
    private volatile java.util.Map<Long, String> sources = java.util.Map.of();
    private final javafx.beans.property.BooleanProperty citySources =
            new javafx.beans.property.SimpleBooleanProperty(this, "citySources");
    private final StringProperty asOf = new SimpleStringProperty(this, "asOf", "");
    private final BooleanProperty showingUnits = new SimpleBooleanProperty(this, "showingUnits");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    /** Counts reloads, so that only the newest answer is shown when filters change quickly. */
    private long generation;

    public CoverageViewModel(Workspace workspace) {
        this.workspace = workspace;
        crumbs.add(top());
        workspace.revisionProperty().addListener((o, a, b) -> reload());
        industry.addListener((o, a, b) -> reload());
        kind.addListener((o, a, b) -> reload());
        chartKind.addListener((o, a, b) -> rebuildChart());
    }

    private static Crumb top() {
        return new Crumb(null, null, null, null, 0);
    }

    private Crumb current() {
        return crumbs.get(crumbs.size() - 1);
    }

    /** The county whose townships are listed (or whose units are), null at the top. */
    private String county() {
        for (int i = crumbs.size() - 1; i >= 0; i--) {
            if (crumbs.get(i).countyCode() != null) {
                return crumbs.get(i).countyCode();
            }
        }
        return null;
    }

    public Filter filter() {
        return new Filter(industry.get(), kind.get());
    }

    /** Reads the area (and the unit list when one is open) again. */
    public void reload() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        long g = ++generation;
        String countyCode = county();
        Filter f = filter();
        ChartKind k = chartKind.get();
        Crumb at = current();
        workspace.background().submit(Messages.get("task.coverage"), p -> {
            CoverageData d = ledger.read(s -> CoverageData.load(s, countyCode, f, workspace.today(), false));
            // Built here: the first chart loads AWT fonts, which must not stall the FX thread.
            return new Loaded(d, CoverageCharts.build(k, d, CoverageCharts.Decor.SCREEN));
        }, l -> {
            if (g != generation) {
                return;
            }
            show(l);
            if (at.isUnitList() && current() == at) {
                loadUnits(at);
            }
        }, workspace::fail);
    }

    private void show(Loaded l) {
        CoverageData d = l.data();
        data.set(d);
        rows.setAll(d.rows());
        target.set(d.orgRateTarget());
        chart.set(l.chart());
        CoverageCounts k = d.total().counts();
        summary.set(Messages.get("coverage.summary", d.regionName(), Formats.count(k.inScope()),
                Formats.count(k.orgCovered()), Formats.count(k.workCovered()), Formats.count(k.uncovered()),
                Formats.percent(k.orgRate()), Formats.percent(k.workRate()), Formats.percent(k.singleRate()),
                Formats.count(k.workers()), Formats.count(k.partyMembers())));
        asOf.set(Messages.get("dashboard.asOf", Formats.date(d.dataDate())));
        loaded.set(true);
    }

    private void rebuildChart() {
        CoverageData d = data.get();
        if (d == null) {
            return;
        }
        ChartKind k = chartKind.get();
        workspace.background().submit(Messages.get("task.chart"), p -> CoverageCharts.build(k, d,
                CoverageCharts.Decor.SCREEN), chart::set, workspace::fail);
    }

    /**
     * Opens a row: a county shows its townships; a township (or the unassigned rest) shows
     * its units in scope.
     */
    public void open(RegionCoverage row) {
        if (row == null || current().isUnitList()) {
            return;
        }
        if (county() == null && row.level() == RegionLevel.COUNTY) {
            crumbs.add(new Crumb(row.name(), row.code(), null, null, 0));
            reload();
        } else {
            openCount(row, CoverageCount.IN_SCOPE);
        }
    }

    /** Lists the units one count of a row counted. */
    public void openCount(RegionCoverage row, CoverageCount count) {
        if (row == null || current().isUnitList()) {
            return;
        }
        CoverageScope scope = county() == null ? CoverageScope.county(row.code()) : CoverageScope.township(row.code());
        Crumb c = new Crumb(row.name(), null, scope, count, count.of(row.counts()));
        crumbs.add(c);
        loadUnits(c);
    }

    private void loadUnits(Crumb c) {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        Filter f = filter();
        workspace.background().submit(Messages.get("task.coverage"),
                p -> ledger.read(s -> {
                    var list = s.coverage().units(c.unitScope(), c.count(), f);
                    sources = CityRecords.sources(s.connection(), list.stream().map(CoverageQueries.UnitRow::id).toList());
                    return list;
                }), list -> {
                    if (current() == c) {
                        citySources.set(!sources.isEmpty());
                        units.setAll(list);
                        showingUnits.set(true);
                    }
                }, workspace::fail);
    }

    /** Goes back to a breadcrumb step. */
    public void back(int index) {
        if (index < 0 || index >= crumbs.size() - 1) {
            return;
        }
        boolean wasUnits = current().isUnitList();
        String before = county();
        crumbs.remove(index + 1, crumbs.size());
        showingUnits.set(false);
        units.clear();
        if (!wasUnits || !java.util.Objects.equals(before, county())) {
            reload();
        }
    }

    public void clearFilters() {
        industry.set(null);
        kind.set(null);
    }

    /** Saves the 组织覆盖率 target into the ledger; the charts redraw with it. */
    public void saveTarget(int percent) {
        if (workspace.ledger() == null || workspace.ledger().isReadOnly()
                || (data.get() != null && data.get().orgRateTarget() == percent)) {
            return;
        }
        workspace.write(Messages.get("task.saveTarget"), s -> {
            s.settings().setOrgRateTarget(percent);
            return percent;
        }, p -> { });
    }

    /** 记录本月快照: this month's counts of every county and township, for the trend chart. */
    public void takeSnapshot() {
        if (workspace.ledger() == null) {
            return;
        }
        YearMonth month = YearMonth.now(workspace.clock());
        workspace.write(Messages.get("task.snapshot"), s -> MonthlySnapshot.take(s, month, workspace.clock().instant()),
                n -> workspace.dialogs().info(Messages.get("coverage.snapshot"),
                        Formats.counted("coverage.snapshotDone", month.toString(), n)));
    }

    /**
     * 导出…: the table shown. The counts of the area (counties, or one county's townships)
     * with the industry and kind filters; a list of units opened from a count exports those units.
     */
    public void export() {
        Crumb at = current();
        if (at.isUnitList()) {
            UnitFilter filter = UnitFilter.ids(ExportAction.ids(List.copyOf(units), CoverageQueries.UnitRow::id));
            new ExportAction(workspace, TableExport.Table.ENTERPRISES, () -> filter).run();
            return;
        }
        CoverageBreakdown filter = new CoverageBreakdown(false, county(),
                new CoverageQueries.Filter(industry.get(), kind.get()));
        new ExportAction(workspace, TableExport.Table.COVERAGE, () -> filter).run();
    }

    /** Saves the chart shown as PNG (300 dpi), PDF or SVG, as the chosen file name says. */
    public void exportChart() {
        CoverageData d = data.get();
        if (d == null) {
            return;
        }
        ChartKind k = chartKind.get();
        List<DialogService.FileType> types = List.of(
                new DialogService.FileType(Messages.get("file.pngType"), "*.png"),
                new DialogService.FileType(Messages.get("file.pdfType"), "*.pdf"),
                new DialogService.FileType(Messages.get("file.svgType"), "*.svg"));
        String suggested = CoverageCharts.title(k, d).replaceAll("[\\\\/:*?\"<>|]", "") + ".png";
        workspace.dialogs().chooseSaveFile(Messages.get("coverage.exportChart"), suggested, types).ifPresent(path -> {
            Path file = ChartExport.Format.of(path) == null ? path.resolveSibling(path.getFileName() + ".png") : path;
            ChartExport.Format format = ChartExport.Format.of(file);
            workspace.background().submitWrite(Messages.get("task.exportChart"), p -> {
                p.commitOrStop();
                ChartExport.write(CoverageCharts.build(k, d, CoverageCharts.Decor.EXPORT), format, file);
                return file;
            }, f -> workspace.dialogs().info(Messages.get("coverage.exportChart"),
                    Messages.get("coverage.exported", f.toAbsolutePath())), workspace::fail);
        });
    }

    /** The count's key in messages and cell ids: {@code orgSingle}, {@code inScope}… */
    public static String key(CoverageCount c) {
        String[] parts = c.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    /** The industries and kinds offered by the filters, "all" first (null). */
    public static List<Industry> industries() {
        List<Industry> out = new ArrayList<>();
        out.add(null);
        out.addAll(List.of(Industry.values()));
        return out;
    }

    public static List<EnterpriseKind> kinds() {
        List<EnterpriseKind> out = new ArrayList<>();
        out.add(null);
        out.addAll(List.of(EnterpriseKind.values()));
        return out;
    }

    public ObservableList<Crumb> crumbs() {
        return crumbs;
    }

    public ObservableList<RegionCoverage> rows() {
        return rows;
    }

    public ObservableList<CoverageQueries.UnitRow> units() {
        return units;
    }

    public ObjectProperty<Industry> industryProperty() {
        return industry;
    }

    public ObjectProperty<EnterpriseKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ChartKind> chartKindProperty() {
        return chartKind;
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart;
    }

    public ReadOnlyObjectProperty<CoverageData> dataProperty() {
        return data;
    }

    public IntegerProperty targetProperty() {
        return target;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** On a city ledger, the submission a listed unit is counted from; "" elsewhere. */
    public String sourceOf(long unitId) {
        return sources.getOrDefault(unitId, "");
    }

    /** True while the listed units carry the submissions they are counted from (a city ledger). */
    public javafx.beans.property.BooleanProperty citySourcesProperty() {
        return citySources;
    }

    public StringProperty asOfProperty() {
        return asOf;
    }

    public BooleanProperty showingUnitsProperty() {
        return showingUnits;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
