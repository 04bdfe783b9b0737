package org.xinye.ledger;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The window's own command line: {@code [--db FILE | FILE] [--startup-probe]
 * [--snapshot FILE.png [--page NAME [--target ID]]]}. A ledger double-clicked in the file
 * manager arrives as a bare path. Anything else is a mistyped command, which must get the
 * command line's "unknown command" instead of a window on the default ledger.
 */
final class WindowArgs {
    private static final List<String> VALUED = List.of("--db", "--snapshot", "--page", "--target");
    private static final List<String> FLAGS = List.of("--startup-probe");

    private WindowArgs() {
    }

    /** True when every argument is one of the window's options or one ledger file. */
    static boolean accepts(List<String> args) {
        int paths = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (VALUED.contains(name)) {
                if (!a.contains("=") && ++i >= args.size()) {
                    return false;
                }
            } else if (!FLAGS.contains(a)) {
                if (a.startsWith("-") || ++paths > 1 || !isLedgerPath(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isLedgerPath(String a) {
        if (a.toLowerCase(Locale.ROOT).endsWith(".xldb")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(a));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The first argument that is neither an option nor an option's value. */
    static Optional<String> positional(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (VALUED.contains(a)) {
                i++;
            } else if (!a.startsWith("--")) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(name + "=")) {
                return Optional.of(args.get(i).substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
