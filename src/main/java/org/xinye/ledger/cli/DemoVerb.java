package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

/** {@code demo --db FILE [--workers N] [--seed S]}: fills an empty ledger with a synthetic district. */
final class DemoVerb implements Verb {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "workers", "seed");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        int workers = args.intValue("workers", 30_000, 0, 2_000_000);
        int seed = args.intValue("seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        long start = System.nanoTime();
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.WRITE)) {
            DemoData.Result r = new DemoData(seed, workers, LocalDate.now()).fill(ledger, p -> { });
            out.println(Messages.get("cli.demo.done", ledger.file(), r.units(), r.orgs(), r.instructors(),
                    r.stations(), r.workers(), r.partyMembers(), r.snapshotMonths(),
                    String.format("%.1f", (System.nanoTime() - start) / 1e9)));
        }
        return OK;
    }
}
