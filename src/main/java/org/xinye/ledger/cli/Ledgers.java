package org.xinye.ledger.cli;

import java.nio.file.Path;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.LedgerFiles;

/** Which ledger a verb works on: {@code --db FILE}, else the default ledger in the data folder. */
final class Ledgers {
    private Ledgers() {
    }

    static Path of(Args args) {
        String db = args.get("db");
        if (db == null) {
            return LedgerFiles.defaultLedger();
        }
        if (db.isBlank()) {
            throw new Args.UsageException(Messages.get("cli.missingValue", "--db"));
        }
        return Path.of(db);
    }
}
