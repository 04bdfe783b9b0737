package org.xinye.ledger.ui.support;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;

/**
 * A JavaFX print job that takes the report's pages as pictures, each scaled to the printable
 * area, on A4 in the report's orientation. Pages may be sent from a background thread, so
 * printing never freezes the window.
 */
public final class FxPrintJob implements DialogService.PrintJob {
    private static final int MAX_DPI = 300;
    private final PrinterJob job;

    FxPrintJob(PrinterJob job) {
        this.job = job;
    }

    /**
     * A job on {@code printer} (null: the system's default) named {@code jobName}, set to A4
     * portrait or landscape; null when there is no printer.
     */
    static PrinterJob create(Printer printer, String jobName, boolean landscape) {
        PrinterJob job = printer == null ? PrinterJob.createPrinterJob() : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return null;
        }
        job.getJobSettings().setJobName(jobName);
        job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(Paper.A4,
                landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
        return job;
    }

    @Override
    public int dpi() {
        var res = job.getJobSettings().getPrintResolution();
        int dpi = res == null ? MAX_DPI : Math.min(res.getFeedResolution(), res.getCrossFeedResolution());
        return Math.max(150, Math.min(MAX_DPI, dpi));
    }

    @Override
    public boolean printPage(BufferedImage page) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        return job.printPage(layout, view);
    }

    @Override
    public boolean finish() {
        return job.endJob();
    }

    @Override
    public void cancel() {
        job.cancelJob();
    }
}
