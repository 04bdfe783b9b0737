package org.xinye.ledger.report;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xinye.ledger.store.OutputFiles;

/**
 * One chart to a file: PNG at 300 dpi, vector PDF (PDFBox through its Graphics2D bridge,
 * text as real embedded text) or SVG. Sizes are in points (1/72 inch), the chart's
 * natural size on paper.
 */
public final class ChartExport {
    /** A chart alone: 24 × 15 cm, the width of a landscape slide or a portrait page. */
    public static final double WIDTH_PT = 680;
    public static final double HEIGHT_PT = 425;
    public static final int PNG_DPI = 300;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String SVG_FONT_FALLBACKS =
            ", 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

    public enum Format {
        PNG, PDF, SVG;

        /** The format a file name asks for, or null. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (n.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return null;
        }
    }

    private ChartExport() {
    }

    public static void write(JFreeChart chart, Format format, Path file) throws IOException {
        OutputFiles.prepare(file);
        switch (format) {
            case PNG -> png(chart, file);
            case PDF -> pdf(chart, file);
            case SVG -> Files.writeString(file, svg(chart), StandardCharsets.UTF_8);
        }
    }

    /** Renders at 300 dpi and records the resolution in the file, so it pastes at its printed size. */
    public static void png(JFreeChart chart, Path file) throws IOException {
        writePng(image(chart, WIDTH_PT, HEIGHT_PT, WIDTH_PT, PNG_DPI), PNG_DPI, file);
    }

    /**
     * The chart as a picture of {@code w} × {@code h} points at {@code dpi}, laid out at least
     * {@code layoutWidth} points wide and scaled down, as {@link #draw} does on a PDF page.
     */
    static BufferedImage image(JFreeChart chart, double w, double h, double layoutWidth, int dpi) {
        double layout = Math.max(1, layoutWidth / w);
        double scale = dpi / 72.0;
        BufferedImage img = new BufferedImage((int) Math.round(w * scale), (int) Math.round(h * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale / layout, scale / layout);
            chart.draw(g, new Rectangle2D.Double(0, 0, w * layout, h * layout));
        } finally {
            g.dispose();
        }
        return img;
    }

    static void writePng(BufferedImage img, int dpi, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (OutputStream out = Files.newOutputStream(file); ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String pixelsPerMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** A one-page PDF the size of the chart, drawn as vectors with embedded Chinese text. */
    public static void pdf(JFreeChart chart, Path file) throws IOException {
        CjkFont cjk = CjkFont.require();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) WIDTH_PT, (float) HEIGHT_PT));
            doc.addPage(page);
            try (CjkFont.Embedded font = cjk.embed(doc)) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    draw(doc, cs, chart, font.font(), 0, 0, (float) WIDTH_PT, (float) HEIGHT_PT, (float) WIDTH_PT);
                }
                doc.getDocumentInformation().setTitle(chart.getTitle() == null ? "" : chart.getTitle().getText());
                doc.save(file.toFile());
            }
        }
    }

    /**
     * Draws a chart as a vector form at ({@code x}, {@code y}) (PDF user space, origin bottom
     * left). Text in the chart's font family becomes real text in {@code font}; anything else
     * (a bold face the font lacks) is drawn as outlines, which still prints sharp.
     * A box narrower than {@code layoutWidth} gets the chart laid out at that width and scaled
     * down, so a report's chart keeps the proportions of the exported one instead of wrapping
     * every district name into a column of single characters.
     */
    static void draw(PDDocument doc, PDPageContentStream cs, JFreeChart chart, PDFont font, float x, float y,
                     float w, float h, float layoutWidth) throws IOException {
        float scale = Math.max(1, layoutWidth / w);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w * scale, h * scale);
        PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
        text.registerFont(new Font(ChartStyle.fontFamily(), Font.PLAIN, 12).getFontName(), font);
        g.setFontTextDrawer(text);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, w * scale, h * scale));
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.transform(Matrix.getScaleInstance(1 / scale, 1 / scale));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /**
     * The chart as an SVG document, drawn through Batik's SVG generator: text stays text in
     * the chart's font family (searchable, editable in an office suite), lines keep their dashes.
     */
    public static String svg(JFreeChart chart) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension((int) WIDTH_PT, (int) HEIGHT_PT));
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH_PT, HEIGHT_PT));
        Element root = g.getRoot();
        root.setAttributeNS(null, "width", (int) WIDTH_PT + "pt");
        root.setAttributeNS(null, "height", (int) HEIGHT_PT + "pt");
        root.setAttributeNS(null, "viewBox", "0 0 " + (int) WIDTH_PT + " " + (int) HEIGHT_PT);
        g.dispose();
        withFallbackFonts(root);
        // Serialized by the JDK rather than Batik's own writer: that one puts a DOCTYPE with the
        // W3C's DTD address in front, which XML readers then try to fetch.
        doc.replaceChild(root, doc.getDocumentElement());
        StringWriter out = new StringWriter();
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * Batik names only the family the chart was drawn with; a reader on another system may
     * lack it, so the usual Chinese UI fonts and the generic family follow it.
     */
    private static void withFallbackFonts(Element e) {
        String family = e.getAttribute("font-family");
        if (!family.isEmpty()) {
            e.setAttribute("font-family", family + SVG_FONT_FALLBACKS);
        }
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                withFallbackFonts(child);
            }
        }
    }
}
