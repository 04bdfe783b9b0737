package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Restore;
import org.xinye.ledger.store.StoreException;

/**
 * {@code restore --db FILE --from FILE}: validates the source, backs the ledger up, then
 * restores through the ledger's writer (so a window holding the file refuses it with the
 * lock message). A ledger too damaged to open is replaced and kept aside instead.
 */
final class RestoreVerb implements Verb {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "from");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Path db = Ledgers.of(args);
        Path from = args.path("from");
        Restore restore = new Restore(Clock.systemDefaultZone());
        try (Restore.Prepared prepared = restore.prepare(from, db)) {
            Ledger ledger;
            try {
                ledger = Ledger.open(db, Ledger.Mode.WRITE);
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.CORRUPT) {
                    throw e;
                }
                Path aside = restore.replaceDamaged(db, prepared);
                out.println(Messages.get("cli.restore.replacedDamaged", prepared.source(), db.toAbsolutePath(),
                        prepared.units(), prepared.workers(), aside));
                return OK;
            }
            try (ledger) {
                Backups.Backup safety = restore.restore(ledger, prepared);
                out.println(Messages.get("cli.restore.done", prepared.source(), ledger.file(), prepared.units(),
                        prepared.workers(), safety.file()));
            }
        }
        return OK;
    }
}
