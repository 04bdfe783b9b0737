package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Ledger;

/** {@code backup --db FILE [--out FILE]}: a verified copy, into the rotated backups folder unless named. */
final class BackupVerb implements Verb {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "out");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Path target = args.get("out") == null ? null : args.path("out");
        if (target != null && Files.exists(target)) {
            err.println(Messages.get("cli.backup.exists", target.toAbsolutePath()));
            return REFUSED;
        }
        // Reading is enough for a consistent copy, so this works while the window has the file.
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
            Path written;
            if (target == null) {
                written = new Backups(Clock.systemDefaultZone()).take(ledger, Backups.MANUAL).file();
            } else {
                Backups.copyVerified(ledger, target);
                written = target.toAbsolutePath();
            }
            out.println(Messages.get("cli.backup.done", written, Files.size(written)));
        } catch (java.io.IOException e) {
            err.println(Messages.get("cli.cannotRead", target, IoReason.of(target, e)));
            return FAILURE;
        }
        return OK;
    }
}
