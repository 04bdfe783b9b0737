package org.xinye.ledger.ui.reports;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.report.ChartKind;
import org.xinye.ledger.report.CoverageData;
import org.xinye.ledger.report.ReportDocx;
import org.xinye.ledger.report.ReportPages;
import org.xinye.ledger.report.ReportPdf;
import org.xinye.ledger.report.ReportSpec;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.support.Background;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.LanguageAware;
import org.xinye.ledger.ui.support.Workspace;

/**
 * 报表: the meeting-report builder. The user picks the area, title, orientation, charts,
 * table and follow-up lists; the preview shows the pages of the very PDF that is exported
 * and printed. Building, exporting and printing run in the background with progress.
 */
public final class ReportsViewModel implements LanguageAware {
    /** The whole ledger (code null) or one county. */
    public record Area(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A built report: its PDF and its pages as pictures at preview resolution. */
    private record Built(ReportSpec spec, byte[] pdf, List<BufferedImage> previews) {
    }

    /** The preview resolution: a page fits a laptop screen and stays legible. */
    static final float PREVIEW_DPI = 72f;

    private final Workspace workspace;
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(this, "area");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape");
    private final Map<ChartKind, BooleanProperty> charts = new EnumMap<>(ChartKind.class);
    private final BooleanProperty table = new SimpleBooleanProperty(this, "table", true);
    private final BooleanProperty followUps = new SimpleBooleanProperty(this, "followUps");
    private final BooleanProperty appendix = new SimpleBooleanProperty(this, "appendix", true);
    /** The issuing unit (制发单位), kept in the ledger: typed once, there for every later report. */
    private final StringProperty issuingUnit = new SimpleStringProperty(this, "issuingUnit", "");
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private String defaultTitle = "";
    private final FormFillViewModel formFill;

    public ReportsViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.formFill = new FormFillViewModel(workspace);
        for (ChartKind k : ChartKind.values()) {
            charts.put(k, new SimpleBooleanProperty(this, k.cliName(), ReportSpec.DEFAULT_CHARTS.contains(k)));
        }
        area.addListener((o, a, b) -> {
            // Follow the area with the default title until the user writes their own.
            String fresh = b == null ? "" : ReportSpec.defaultTitle(b.name());
            if (title.get().isBlank() || title.get().equals(defaultTitle)) {
                title.set(fresh);
            }
            defaultTitle = fresh;
        });
        workspace.ledgerProperty().addListener((o, a, b) -> loadAreas());
    }

    /** The default title follows the language unless the user wrote their own; a built preview stays as built. */
    @Override
    public void languageChanged() {
        String fresh = area.get() == null ? "" : ReportSpec.defaultTitle(area.get().name());
        if (title.get().equals(defaultTitle)) {
            title.set(fresh);
        }
        defaultTitle = fresh;
        status.set("");
    }

    /** Reads the city and its counties for the area choice. */
    public void loadAreas() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        workspace.background().submit(Messages.get("task.coverage"), p -> ledger.read(s -> {
            String unit = s.settings().issuingUnit();
            List<Area> list = new ArrayList<>();
            list.add(new Area(null, s.regions().city().map(Region::name).orElse(Messages.get("coverage.total"))));
            for (Region r : s.regions().byLevel(RegionLevel.COUNTY)) {
                list.add(new Area(r.code(), r.name()));
            }
            return Map.entry(unit, list);
        }), read -> {
            issuingUnit.set(read.getKey());
            List<Area> list = read.getValue();
            String keep = area.get() == null ? null : area.get().code();
            areas.setAll(list);
            area.set(list.stream().filter(a -> Objects.equals(a.code(), keep)).findFirst().orElse(list.get(0)));
        }, workspace::fail);
    }

    public ReportSpec spec() {
        List<ChartKind> chosen = new ArrayList<>();
        for (ChartKind k : ChartKind.values()) {
            if (charts.get(k).get()) {
                chosen.add(k);
            }
        }
        String t = title.get().isBlank() ? defaultTitle : title.get().trim();
        return new ReportSpec(t, landscape.get(), chosen, table.get(), followUps.get(), appendix.get());
    }

    /** Reads the area as it is now, keeping a changed issuing unit in the ledger first. */
    private CoverageData read(Ledger ledger, String areaCode, ReportSpec spec, String unit, Background.Progress p) {
        p.update(0.05, Messages.get("report.progress.reading"));
        if (!ledger.isReadOnly() && !unit.equals(ledger.read(s -> s.settings().issuingUnit()))) {
            ledger.write(s -> {
                s.settings().setIssuingUnit(unit);
                return null;
            });
        }
        // A read-only ledger cannot keep the unit, but this report still carries what was typed.
        return ledger.read(s -> CoverageData.load(s, areaCode, CoverageQueries.Filter.NONE, workspace.today(),
                spec.followUps())).withIssuingUnit(unit);
    }

    /** Builds the report from the ledger as it is now: data, PDF, preview pictures. */
    private Built build(Ledger ledger, String areaCode, ReportSpec spec, String unit, Background.Progress p) {
        CoverageData d = read(ledger, areaCode, spec, unit, p);
        byte[] pdf = ReportPdf.render(d, spec, f -> p.update(0.15 + 0.6 * f, Messages.get("report.progress.layout")));
        List<BufferedImage> previews = new ArrayList<>();
        try (ReportPages rp = new ReportPages(pdf)) {
            for (int i = 0; i < rp.count(); i++) {
                if (p.isCancelled()) {
                    break;
                }
                previews.add(rp.render(i, PREVIEW_DPI));
                p.update(0.75 + 0.25 * (i + 1) / rp.count(), Messages.get("report.progress.preview"));
            }
        }
        return new Built(spec, pdf, previews);
    }

    private void run(String task, java.util.function.Consumer<Built> then) {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        status.set(Messages.get("report.building"));
        ReportSpec spec = spec();
        String code = area.get() == null ? null : area.get().code();
        String unit = issuingUnit.get() == null ? "" : issuingUnit.get().strip();
        workspace.background().submit(task, p -> build(ledger, code, spec, unit, p), b -> {
            pages.setAll(b.previews());
            status.set(Messages.get("report.pages", b.previews().size(), Messages.get(b.spec().landscape()
                    ? "report.landscape" : "report.portrait")));
            then.accept(b);
        }, workspace::fail);
    }

    /** Shows the pages as they will print. */
    public void preview() {
        run(Messages.get("task.report"), b -> { });
    }

    /** Saves the report as a PDF file. */
    public void exportPdf() {
        chooseTarget("report.export", "pdf", "file.pdfType").ifPresent(file ->
                run(Messages.get("task.report"), b -> workspace.background().submitWrite(Messages.get("task.report"),
                        p -> {
                            p.commitOrStop();
                            return Files.write(file, b.pdf());
                        }, f -> workspace.dialogs().info(Messages.get("report.export"),
                                Messages.get("report.exported", f.toAbsolutePath())), workspace::fail)));
    }

    /** Saves the same report as an editable Word document (.docx). */
    public void exportWord() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        chooseTarget("report.exportWord", "docx", "file.docxType").ifPresent(file -> {
            ReportSpec spec = spec();
            String code = area.get() == null ? null : area.get().code();
            String unit = issuingUnit.get() == null ? "" : issuingUnit.get().strip();
            status.set(Messages.get("report.building"));
            workspace.background().submitWrite(Messages.get("task.report"), p -> {
                CoverageData d = read(ledger, code, spec, unit, p);
                p.commitOrStop();
                ReportDocx.write(d, spec, file, f -> p.update(0.15 + 0.85 * f, Messages.get("report.progress.layout")));
                return file;
            }, f -> {
                status.set("");
                workspace.dialogs().info(Messages.get("report.exportWord"), Messages.get("report.exported",
                        f.toAbsolutePath()));
            }, workspace::fail);
        });
    }

    /** Asks where to save, suggesting 「标题（日期）.ext」; the extension is added when left off. */
    private java.util.Optional<Path> chooseTarget(String titleKey, String ext, String typeKey) {
        String suggested = spec().title().replaceAll("[\\\\/:*?\"<>|]", "") + "（" + workspace.today() + "）." + ext;
        return workspace.dialogs().chooseSaveFile(Messages.get(titleKey), suggested,
                List.of(new DialogService.FileType(Messages.get(typeKey), "*." + ext))).map(chosen ->
                chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + ext)
                        ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + ext));
    }

    /**
     * Prints the report: builds it, asks for the printer (and the page setup first when
     * asked), then sends the PDF's pages at the printer's resolution.
     */
    public void print(boolean pageSetupFirst) {
        run(Messages.get("task.report"), b -> workspace.dialogs()
                .print(b.spec().title(), b.spec().landscape(), pageSetupFirst)
                .ifPresent(job -> sendToPrinter(b, job)));
    }

    /**
     * Pages are spooled and reach the printer only when the job ends: a cancel up to then
     * prints nothing, so ending the job is the print's point of no return, as committing is a
     * write's.
     */
    private void sendToPrinter(Built b, DialogService.PrintJob job) {
        workspace.background().submitWrite(Messages.get("task.print"), p -> {
            try (ReportPages rp = new ReportPages(b.pdf())) {
                for (int i = 0; i < rp.count(); i++) {
                    if (p.isCancelled()) {
                        throw stopped(job);
                    }
                    p.update((double) i / rp.count(), Messages.get("report.progress.printing", i + 1, rp.count()));
                    if (!job.printPage(rp.render(i, job.dpi()))) {
                        job.cancel();
                        return false;
                    }
                }
            }
            if (!p.committing()) {
                throw stopped(job);
            }
            return job.finish();
        }, ok -> status.set(Messages.get(ok ? "report.printed" : "report.printFailed")), workspace::fail);
    }

    private static CancellationException stopped(DialogService.PrintJob job) {
        job.cancel();
        return new CancellationException(Messages.get("task.cancelled"));
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty landscapeProperty() {
        return landscape;
    }

    public BooleanProperty chartProperty(ChartKind kind) {
        return charts.get(kind);
    }

    public BooleanProperty tableProperty() {
        return table;
    }

    public BooleanProperty followUpsProperty() {
        return followUps;
    }

    public BooleanProperty appendixProperty() {
        return appendix;
    }

    public StringProperty issuingUnitProperty() {
        return issuingUnit;
    }

    /** 按上级模板填报, reached from this page. */
    public FormFillViewModel formFill() {
        return formFill;
    }

    /** The preview: one picture per page of the PDF. */
    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
