package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.LedgerCheck;

/** {@code check --db FILE}: integrity and foreign keys, schema version, counts; never writes. */
final class CheckVerb implements Verb {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        LedgerCheck.Report r = LedgerCheck.run(Ledgers.of(args));
        out.println(Messages.get("cli.check.file", r.file()));
        out.println(Messages.get("cli.check.schema", r.schemaVersion(), r.appSchemaVersion()));
        out.println(Messages.get("cli.check.structure", r.structure().ok()
                ? Messages.get("cli.check.structureOk", r.structure().version())
                : Messages.get("cli.check.structureDiffers", r.structure().version(), r.structure().listing())));
        out.println(Messages.get("cli.check.integrity", String.join("; ", r.integrity())));
        out.println(Messages.get("cli.check.foreignKeys", r.foreignKeys().isEmpty() ? "ok" : String.join("; ", r.foreignKeys())));
        for (Map.Entry<String, Long> e : r.counts().entrySet()) {
            out.println(String.format("  %-18s %d", e.getKey(), e.getValue()));
        }
        if (!r.ok()) {
            err.println(Messages.get("cli.check.failed", r.file()));
            return REFUSED;
        }
        out.println(Messages.get("cli.check.ok"));
        return OK;
    }
}
