package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.OfficeSuite;
import org.xinye.ledger.domain.Messages;

/**
 * {@code report --format docx}: the meeting report as an editable Word document with real
 * headings, the charts as print-resolution pictures and real tables, which LibreOffice opens.
 */
class WordReportTest {
    @TempDir
    static Path dir;
    static Path docx;
    static List<java.util.Map<String, String>> coverage;

    @BeforeAll
    static void report() {
        Messages.use(Messages.CHINESE);
        Path db = dir.resolve("w.xldb");
        assertEquals(0, CliTest.run("demo", "--db", db.toString(), "--workers", "3000", "--seed", "5").code());
        coverage = CliTest.parseCoverageJson(CliTest.run("coverage", "--db", db.toString(), "--format", "json").out());
        docx = dir.resolve("会议材料.docx");
        CliTest.Run r = CliTest.run("report", "--db", db.toString(), "--out", docx.toString(), "--format", "docx",
                "--follow-ups", "--unit", "中共示例区委组织部");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, CliTest.run("report", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString(),
                "--format", "docx").code(), "the file name must say what --format writes");
    }

    @Test
    void headingsParagraphsAndRealTablesThatRepeatTheirHeader() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> headings = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).toList();
            assertTrue(headings.size() >= 4, "sections are Word headings");
            assertTrue(headings.get(0).getText().contains(Messages.get("report.section.summary")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("中共示例区委组织部")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith(
                    Messages.get("report.summary", "包头市", "").substring(0, 3))), "the summary paragraph");
            XWPFTable table = doc.getTables().get(0);
            assertTrue(table.getRow(0).isRepeatHeader(), "the header row repeats on every page");
            assertEquals(Messages.get("coverage.col.orgRate"), table.getRow(0).getCell(8).getText());
            var total = coverage.get(coverage.size() - 1);
            var last = table.getRow(table.getNumberOfRows() - 1);
            assertEquals(Messages.get("coverage.total"), last.getCell(0).getText());
            assertEquals(String.format("%,d", Integer.parseInt(total.get("inScope"))), last.getCell(1).getText());
            assertEquals(coverage.size() + 1, table.getNumberOfRows(), "header, every county and the total");
            assertTrue(doc.getTables().size() >= 3, "the follow-up summary and the appendix lists are tables too");
            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), "第 x 页 共 y 页 as fields");
        }
    }

    @Test
    void theChartsArePicturesAtPrintResolution() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFPicture> pictures = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertEquals(3, pictures.size(), "the three default charts");
            for (XWPFPicture pic : pictures) {
                var img = ImageIO.read(new ByteArrayInputStream(pic.getPictureData().getData()));
                double inches = pic.getWidth() / 72.0;
                assertTrue(img.getWidth() / inches >= 299, "300 dpi: " + img.getWidth() + " px over " + inches + " in");
            }
        }
    }

    /** LibreOffice (as a recipient without Word) opens it with its charts and tables. Skipped without soffice. */
    @Test
    void libreOfficeOpensItWithChartsAndTables() throws Exception {
        String soffice = OfficeSuite.find();
        assumeTrue(soffice != null, "LibreOffice (soffice) not installed");
        Path out = dir.resolve("lo");
        OfficeSuite.convert(soffice, dir.resolve("lo-profile"), "pdf", docx, out);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("会议材料.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(Messages.get("report.defaultTitle", "包头市")));
            assertTrue(text.contains(Messages.get("coverage.col.orgRate")));
            assertTrue(text.contains(Messages.get("report.sign.reviewer")));
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertTrue(images >= 3, "the charts survive the conversion: " + images);
        }
    }
}
