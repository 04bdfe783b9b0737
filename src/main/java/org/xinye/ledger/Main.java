package org.xinye.ledger;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.xinye.ledger.cli.Cli;
import org.xinye.ledger.domain.Messages;

/**
 * Entry point: {@code xinye-ledger <verb> ...} runs the command line without loading
 * JavaFX; no verb opens the window. This class must not touch JavaFX types (and does not
 * extend Application, which would also refuse to start from a plain class path).
 */
public final class Main {
    /** Preferences node shared by the window and the command line. */
    public static final String PREFERENCES_NODE = "/org/xinye/ledger";
    public static final String LANGUAGE_KEY = "language";
    /** When this JVM reached our code; the start-up probe measures from here and from process start. */
    static final long STARTED_NANOS = System.nanoTime();

    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = Cli.standard();
        boolean commandLine = args.length > 0 && cli.isVerb(args[0]);
        Logging.configure(!commandLine);
        Messages.use(savedLanguage());
        if (commandLine) {
            int code = cli.run(args, System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        App.launchWindow(args);
    }

    /** The language chosen in the window's menu, Simplified Chinese until one is chosen. */
    public static Locale savedLanguage() {
        String tag = Preferences.userRoot().node(PREFERENCES_NODE).get(LANGUAGE_KEY, "zh-CN");
        return "en".equals(Locale.forLanguageTag(tag).getLanguage()) ? Locale.ENGLISH : Messages.CHINESE;
    }
}
