package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;

/** {@code init --db FILE}: a new, empty ledger with the default region tree. */
final class InitVerb implements Verb {
    @Override
    public String name() {
        return "init";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db");
    }

    @Override
    public String summaryKey() {
        return "cli.init";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Path db = Ledgers.of(args);
        if (Files.exists(db)) {
            err.println(Files.isDirectory(db) ? Messages.get("store.isFolder", db.toAbsolutePath())
                    : Messages.get("cli.init.exists", db.toAbsolutePath()));
            return REFUSED;
        }
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
            long regions = ledger.read(s -> s.regions().count());
            out.println(Messages.get("cli.init.done", ledger.file(), regions));
        }
        return OK;
    }
}
