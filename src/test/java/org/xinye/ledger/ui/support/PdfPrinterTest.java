package org.xinye.ledger.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.print.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.TestDay;
import org.xinye.ledger.ui.reports.ReportsViewModel;

/**
 * 打印… on a real print system: the report goes through the window's own print path to the
 * virtual PDF printer of CUPS (CUPS-PDF, queue {@value #QUEUE}), and what comes out has the
 * report's pages, on A4, looking like the report. Skipped only where CUPS is not installed;
 * CI installs it and sets the queue up ({@code .ci/run}).
 */
class PdfPrinterTest {
    static final String QUEUE = "PDF";
    @TempDir
    static Path dir;
    static Ledger ledger;

    @BeforeAll
    static void setUp() throws Exception {
        Messages.use(Messages.CHINESE);
        FxToolkit.registerPrimaryStage();
        ledger = Ledger.open(dir.resolve("print.xldb"), Ledger.Mode.WRITE);
        new DemoData(4, 1200, TestDay.TODAY).fill(ledger, p -> { });
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static boolean cupsInstalled() {
        String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "lpstat")));
    }

    /** CUPS-PDF writes to ~/PDF (its {@code Out} setting) for the user who printed. */
    private static Set<Path> printed() throws Exception {
        Path out = Path.of(System.getProperty("user.home"), "PDF");
        if (!Files.isDirectory(out)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    @Test
    void theReportPrintsOnTheVirtualPdfPrinterAsItLooks() throws Exception {
        assumeTrue(cupsInstalled(), "CUPS is not installed here");
        Printer printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(QUEUE)).findFirst()
                .orElse(null);
        assertNotNull(printer, "CUPS is installed but has no CUPS-PDF queue named " + QUEUE + " (lpadmin -p PDF …)");
        Set<Path> before = printed();

        FakeDialogs fake = new FakeDialogs();
        DialogService dialogs = (DialogService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, m, args) -> m.getName().equals("print")
                        ? Optional.of(new FxPrintJob(FxPrintJob.create(printer, (String) args[0], (Boolean) args[1])))
                        : m.invoke(fake, args));
        Workspace ws = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        ReportsViewModel vm = new ReportsViewModel(ws);
        ws.setLedger(ledger);
        vm.print(false);
        assertEquals(Messages.get("report.printed"), vm.statusProperty().get());
        int pages = vm.pages().size();

        Path pdf = awaitPrinted(before);
        Files.copy(pdf, dir.resolve("printed.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pages, doc.getNumberOfPages(), "every page of the report was printed");
            var box = doc.getPage(0).getMediaBox();
            assertEquals(595, box.getWidth(), 3, "A4");
            assertEquals(842, box.getHeight(), 3, "A4");
            BufferedImage printedPage = new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.GRAY);
            BufferedImage preview = vm.pages().get(0);
            double ink = ink(printedPage);
            assertTrue(ink > 0.05, "not a blank page: " + ink);
            assertTrue(Math.abs(ink - ink(preview)) < 0.05, "the printed page carries as much ink as the preview: "
                    + ink + " vs " + ink(preview));
        }
    }

    /**
     * The file CUPS-PDF wrote for the job, once CUPS has no job of the queue left unfinished;
     * waits on the folder's changes (two minutes at most).
     */
    private static Path awaitPrinted(Set<Path> before) throws Exception {
        Path folder = Path.of(System.getProperty("user.home"), "PDF");
        Files.createDirectories(folder);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        try (var watch = folder.getFileSystem().newWatchService()) {
            folder.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
                    java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
            while (System.nanoTime() < deadline) {
                Optional<Path> made = printed().stream().filter(p -> !before.contains(p)).findFirst();
                if (made.isPresent() && !jobsPending()) {
                    return made.get();
                }
                var key = watch.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        throw new AssertionError("CUPS-PDF wrote no file to " + folder + " within two minutes");
    }

    private static boolean jobsPending() throws Exception {
        Process p = new ProcessBuilder("lpstat", "-W", "not-completed", "-o", QUEUE).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return !out.isBlank();
    }

    /** The share of pixels that are not paper white. */
    private static double ink(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (lum < 200) {
                    dark++;
                }
            }
        }
        return dark / (double) ((long) img.getWidth() * img.getHeight());
    }
}
