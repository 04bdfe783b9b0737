package org.xinye.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

/**
 * {@code --snapshot FILE --page PAGE}, the way screens are checked from outside: a separate
 * process on a headless screen of a given size writes a picture of that page at that size.
 */
class SnapshotOptionTest {
    @TempDir
    Path dir;

    /** Runs the window in its own JVM on a headless 1280×720 screen. */
    private Process window(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1280x720-32", "-Djava.awt.headless=true",
                "-Dxinye.ledger.preferences=" + Main.PREFERENCES_NODE + "-snapshot", Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("window.log").toFile()).start();
    }

    @Test
    void aPageIsPicturedAtTheSizeOfTheScreenItStartsOn() throws Exception {
        Path db = dir.resolve("demo.xldb");
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
            new DemoData(3, 800, java.time.LocalDate.now()).fill(ledger, p -> { });
        }
        Path png = dir.resolve("待办.png");
        Process p = window("--db", db.toString(), "--snapshot", png.toString(), "--page", "follow-ups");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the window did not close");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("window.log"), StandardCharsets.UTF_8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
        assertTrue(image.getRGB(640, 700) != image.getRGB(640, 360) || image.getRGB(100, 100) != image.getRGB(640, 360),
                "not a blank picture");
    }

    @Test
    void anUnknownPageIsNamedWithThePagesThereAre() throws Exception {
        Process p = window("--db", dir.resolve("x.xldb").toString(), "--snapshot", dir.resolve("x.png").toString(),
                "--page", "statistics");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        String said = Files.readString(dir.resolve("window.log"), StandardCharsets.UTF_8);
        assertTrue(said.contains("statistics") && said.contains("follow_ups") && said.contains("audit"), said);
        assertTrue(Files.notExists(dir.resolve("x.xldb")), "nothing opened");
    }
}
