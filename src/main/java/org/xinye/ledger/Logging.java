package org.xinye.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.xinye.ledger.store.LedgerFiles;

/** JUL to a rolling file in the app data folder (logs/xinye-ledger.N.log, 5 × 2 MB). */
final class Logging {
    private Logging() {
    }

    static void configure(boolean window) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            // The console handler would print warnings into CLI output that scripts parse.
            root.removeHandler(h);
        }
        root.setLevel(Level.INFO);
        Path folder = LedgerFiles.logFolder();
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(window ? "xinye-ledger.%g.log" : "xinye-ledger-cli.%g.log")
                    .toString(), 2_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No log file (read-only profile, say): the app still works, it just cannot keep a log.
            System.err.println(org.xinye.ledger.domain.Messages.get("app.noLogFile", e.getMessage()));
        }
    }
}
