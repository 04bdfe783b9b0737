package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ChartKind;

/** {@code report} and {@code chart}: files that open, say what the ledger says, and refuse bad usage. */
class ReportCommandsTest {
    @TempDir
    static Path dir;
    static Path db;
    static String firstCounty;
    static String firstCountyName;

    @BeforeAll
    static void demo() {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("r.xldb");
        assertEquals(0, CliTest.run("demo", "--db", db.toString(), "--workers", "2000", "--seed", "3").code());
        var rows = CliTest.parseCoverageJson(CliTest.run("coverage", "--db", db.toString(), "--format", "json").out());
        firstCounty = rows.get(0).get("code");
        firstCountyName = rows.get(0).get("name");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void reportOfACountyWithTitleChartsAndFollowUps() throws Exception {
        Path out = dir.resolve("county.pdf");
        CliTest.Run r = CliTest.run("report", "--db", db.toString(), "--out", out.toString(), "--region", firstCounty,
                "--title", "季度例会材料", "--charts", "rates,occupation", "--landscape", "--follow-ups");
        assertEquals(0, r.code(), r.err());
        String text = pdfText(out);
        assertTrue(text.contains("季度例会材料"));
        assertTrue(text.contains(Messages.get("report.followUps.shouldBuild", 0).replaceAll("（.*", "")));
        assertTrue(text.contains(firstCountyName));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            var box = doc.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "landscape A4");
        }
    }

    @Test
    void reportDefaultsToTheCityTitle() throws Exception {
        Path out = dir.resolve("city.pdf");
        CliTest.Run r = CliTest.run("report", "--db", db.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(pdfText(out).contains(Messages.get("report.defaultTitle", "包头市")));
    }

    @Test
    void badUsageIsRefusedWithExitTwo() {
        assertEquals(2, CliTest.run("report", "--db", db.toString(), "--out", dir.resolve("x.docx").toString()).code());
        assertEquals(2, CliTest.run("report", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString(),
                "--charts", "stacked,pie").code());
        assertEquals(2, CliTest.run("report", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString(),
                "--region", "150000000000").code());
        assertEquals(2, CliTest.run("chart", "--db", db.toString(), "--kind", "pie", "--out",
                dir.resolve("x.png").toString()).code());
        assertEquals(2, CliTest.run("chart", "--db", db.toString(), "--kind", "rates", "--out",
                dir.resolve("x.jpg").toString()).code());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void everyChartAsPngAt300DpiPdfAndSvg() throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            for (String ext : new String[] {"png", "pdf", "svg"}) {
                Path out = dir.resolve(kind.cliName() + "." + ext);
                CliTest.Run r = CliTest.run("chart", "--db", db.toString(), "--kind", kind.cliName(), "--out",
                        out.toString());
                assertEquals(0, r.code(), kind + " " + ext + ": " + r.err());
                assertTrue(Files.size(out) > 1000, out.toString());
            }
        }
        assertEquals(300, pngDpi(dir.resolve("stacked.png")));
        var img = ImageIO.read(dir.resolve("stacked.png").toFile());
        assertEquals(2833, img.getWidth(), "24 cm at 300 dpi");

        String pdf = pdfText(dir.resolve("stacked.pdf"));
        assertTrue(pdf.contains(firstCountyName), "chart text is real text in the PDF");
        assertTrue(pdf.contains("口径"), "the coverage definitions go with a chart alone");

        for (ChartKind kind : ChartKind.values()) {
            Document each = parseSvg(dir.resolve(kind.cliName() + ".svg"));
            assertEquals("http://www.w3.org/2000/svg", each.getDocumentElement().getNamespaceURI(), kind.toString());
            assertEquals(null, each.getDoctype(), "no DTD for a reader to fetch");
            assertTrue(each.getDocumentElement().getTextContent().contains(Messages.get("chart.title." + kind.cliName(),
                    "包头市", Messages.get("chart.parts.counties"))), kind + ": the Chinese title is text");
        }
        Document svg = parseSvg(dir.resolve("rates.svg"));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        NodeList texts = svg.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        assertTrue(all.toString().contains(firstCountyName), "county names are text in the SVG");
        assertTrue(all.toString().matches("(?s).*\\d+\\.\\d%.*"), "rates are labelled on the bars");
        assertTrue(svg.getElementsByTagName("path").getLength() > 20, "bars and axes are drawn");
        assertTrue(new String(Files.readAllBytes(dir.resolve("trend.svg")), StandardCharsets.UTF_8)
                .contains("stroke-dasharray"), "the trend lines differ by dash, not only by colour");
    }

    /** Parses as a strict reader would: namespaces on, no external DTD or entity loaded. */
    private static Document parseSvg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static int pngDpi(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return (int) Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
        }
    }
}
