package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** A verb that only names a group of sub-verbs ({@code regions import}): it takes no options and never runs by itself. */
abstract class VerbGroup implements Verb {
    private final String name;
    private final List<Verb> subVerbs;

    VerbGroup(String name, Verb... subVerbs) {
        this.name = name;
        this.subVerbs = List.of(subVerbs);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> valued() {
        return Set.of();
    }

    @Override
    public final int run(Args args, PrintStream out, PrintStream err) {
        throw new IllegalStateException(name + " needs a sub-verb");
    }

    @Override
    public final List<Verb> subVerbs() {
        return subVerbs;
    }

    /** The {@code import FILE} sub-verb of a group: it reads the one file it is given ({@link Args#oneFile}). */
    abstract static class Import implements Verb {
        @Override
        public final String name() {
            return "import";
        }

        @Override
        public final boolean takesPositionals() {
            return true;
        }
    }
}
