package org.xinye.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice, headless, for tests that open our files the way a recipient would. */
public final class OfficeSuite {
    private OfficeSuite() {
    }

    /** The {@code soffice} on the PATH, or null where LibreOffice is not installed. */
    public static String find() {
        for (String dirName : (System.getenv("PATH") == null ? "" : System.getenv("PATH")).split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dirName, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /** Converts {@code in} with {@code soffice --convert-to filter} into {@code outDir}; fails the test if it fails. */
    public static void convert(String soffice, Path profile, String filter, Path in, Path outDir)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + profile, "--headless", "--convert-to",
                filter, "--outdir", outDir.toString(), in.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, p.exitValue(), log);
    }
}
