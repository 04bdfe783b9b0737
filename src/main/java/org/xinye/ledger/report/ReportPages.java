package org.xinye.ledger.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a report PDF as pictures, for the print preview and for printing, so what
 * is previewed and printed is the very PDF that is exported.
 */
public final class ReportPages implements AutoCloseable {
    private final PDDocument doc;
    private final PDFRenderer renderer;

    public ReportPages(byte[] pdf) {
        try {
            this.doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.renderer = new PDFRenderer(doc);
    }

    public int count() {
        return doc.getNumberOfPages();
    }

    /** True when the pages are wider than high. */
    public boolean landscape() {
        var box = doc.getPage(0).getMediaBox();
        return box.getWidth() > box.getHeight();
    }

    /** Page {@code index} (from 0) at {@code dpi}, on white. */
    public BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
