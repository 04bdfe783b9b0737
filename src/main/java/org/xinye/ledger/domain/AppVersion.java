package org.xinye.ledger.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's version, as 关于, the crash report and every submission (上报) state it: the build
 * writes it into {@code version.properties}, so a window started with {@code ./mvnw javafx:run}
 * from the classes states the same version as the installed app.
 */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/xinye/ledger/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only classes compiled outside the build (an IDE without resource filtering) get here.
        return "dev";
    }
}
