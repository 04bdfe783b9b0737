package org.xinye.ledger.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where ledgers live by default (developer guide §4.5). */
public final class LedgerFiles {
    public static final String EXTENSION = ".xldb";
    public static final String DEFAULT_NAME = "ledger" + EXTENSION;
    public static final String HOME_VARIABLE = "XINYE_LEDGER_HOME";

    private LedgerFiles() {
    }

    /** The app data folder: XINYE_LEDGER_HOME, else %APPDATA%\XinyeLedger, ~/Library/Application Support/XinyeLedger, $XDG_DATA_HOME/xinye-ledger. */
    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("XinyeLedger");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "XinyeLedger");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("xinye-ledger");
    }

    public static Path defaultLedger() {
        return dataFolder().resolve(DEFAULT_NAME);
    }

    public static Path logFolder() {
        return dataFolder().resolve("logs");
    }

    /** The lock file beside a ledger. */
    public static Path lockFile(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + ".lock");
    }
}
