package org.xinye.ledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Messages;

/**
 * Parsed command-line arguments: {@code --name value}, {@code --name=value}, boolean
 * {@code --flag}s, repeatable options, and positionals. Unknown names are a usage error.
 */
public final class Args {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /** Thrown for bad usage (exit code 2). */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * @param valued options that take a value
     * @param flags  options that take none
     */
    public static Args parse(List<String> raw, Set<String> valued, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (s.startsWith("--") && s.length() > 2) {
                String name = s.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException(Messages.get("cli.missingValue", "--" + name));
                        }
                        value = raw.get(++i);
                    }
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException(Messages.get("cli.unknownOption", "--" + name));
                }
            } else if (s.startsWith("-") && s.length() > 1) {
                // "-db" for "--db": taken as a file name it would send the command to the default ledger.
                throw new UsageException(Messages.get("cli.unknownOption", s));
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name) {
        List<String> v = options.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    public List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    public String require(String name) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException(Messages.get("cli.missingOption", "--" + name));
        }
        return v;
    }

    public Path path(String name) {
        return Path.of(require(name));
    }

    public int intValue(String name, int fallback, int min, int max) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badNumber", "--" + name, v, min, max));
        }
    }

    /** The value, which must be one of {@code allowed}. */
    public String choice(String name, String fallback, String... allowed) {
        String v = get(name, fallback);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new UsageException(Messages.get("cli.badChoice", "--" + name, v, String.join("|", allowed)));
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The one file the verb was given; none or more is refused with {@code messageKey}. */
    public Path oneFile(String messageKey) {
        if (positionals.size() != 1) {
            throw new UsageException(Messages.get(messageKey));
        }
        return Path.of(positionals.get(0));
    }
}
