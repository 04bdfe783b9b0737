package org.xinye.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.prefs.Preferences;
import org.xinye.ledger.cli.Cli;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.shell.PageId;

/**
 * Entry point: {@code xinye-ledger <verb> ...} runs the command line without loading
 * JavaFX; no verb opens the window. This class must not touch JavaFX types (and does not
 * extend Application, which would also refuse to start from a plain class path).
 */
public final class Main {
    /**
     * The user-preferences node, shared by the window and the command line; {@code -Dxinye.ledger.preferences=/other/node} gives a run its
     * own (the tests use one, so they never change a developer's own language or recent files).
     */
    public static final String PREFERENCES_NODE = System.getProperty("xinye.ledger.preferences", "/org/xinye/ledger");
    public static final String LANGUAGE_KEY = "language";
    /** When this JVM reached our code; the start-up probe measures from here and from process start. */
    static final long STARTED_NANOS = System.nanoTime();

    private Main() {
    }

    public static void main(String[] args) {
        // The saved language comes from the platform's preferences store (on Linux that loads an XML
        // parser): it is read beside the set-up below, which does not need it.
        FutureTask<Locale> language = new FutureTask<>(Main::savedLanguage);
        Thread reading = new Thread(language, "read-preferences");
        reading.setDaemon(true);
        reading.start();
        Cli cli = Cli.standard();
        boolean commandLine = args.length > 0 && (cli.isVerb(args[0]) || !WindowArgs.accepts(List.of(args)));
        Logging.configure(!commandLine);
        Messages.useWhenKnown(language);
        if (commandLine) {
            int code = cli.run(args, System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        Optional<String> page = WindowArgs.option(List.of(args), "--page");
        if (page.isPresent() && PageId.parse(page.get()).isEmpty()) {
            System.err.println(Messages.get("probe.unknownPage", page.get(), PageId.names()));
            System.exit(2);
        }
        App.launchWindow(args);
    }

    /** The language chosen in the window's menu, Simplified Chinese until one is chosen. */
    public static Locale savedLanguage() {
        String tag = Preferences.userRoot().node(PREFERENCES_NODE).get(LANGUAGE_KEY, "zh-CN");
        return "en".equals(Locale.forLanguageTag(tag).getLanguage()) ? Locale.ENGLISH : Messages.CHINESE;
    }
}
