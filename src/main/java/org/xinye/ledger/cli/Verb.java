package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** One command-line verb. Exit codes: 0 ok, 1 failure, 2 bad usage or refused input. */
public interface Verb {
    int OK = 0;
    int FAILURE = 1;
    int REFUSED = 2;

    String name();

    /** Options that take a value. */
    Set<String> valued();

    /** Options that take none. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Whether the verb takes bare arguments (an input file); others refuse any, so a typo is never ignored. */
    default boolean takesPositionals() {
        return false;
    }

    /**
     * Message key of the one-line summary; the usage text is under {@code <key>.usage}. A verb's
     * key is {@code cli.<name>}; a sub-verb names its own ({@code cli.rollup.status}).
     */
    default String summaryKey() {
        return "cli." + name();
    }

    int run(Args args, PrintStream out, PrintStream err);

    /** For a verb with sub-verbs that also runs by itself when no sub-verb follows ({@code rollup FILE...}). */
    default boolean runsAlone() {
        return false;
    }

    /** For verbs with sub-verbs ({@code regions import}); {@code null} otherwise. */
    default List<Verb> subVerbs() {
        return null;
    }
}
