package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.rollup.Rollups;

/** {@code rollup undo --db CITY}: takes the last roll-up back; the submissions it replaced count again. */
final class RollupUndoVerb implements Verb {
    @Override
    public String name() {
        return "undo";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db");
    }

    @Override
    public String summaryKey() {
        return "cli.rollup.undo";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        try (Ledger city = Ledger.open(Ledgers.of(args), Ledger.Mode.WRITE)) {
            Optional<Rollups.Undone> undone = Rollups.undoLast(city, Instant.now());
            if (undone.isEmpty()) {
                err.println(Messages.get("cli.rollup.nothingToUndo"));
                return REFUSED;
            }
            Rollups.Undone u = undone.get();
            out.println(Messages.get("cli.rollup.undone", RollupVerb.WHEN.format(u.at()),
                    String.join(Messages.get("scope.separator"), u.submissions()), u.merged().workers(),
                    u.merged().units()));
            return OK;
        }
    }
}
