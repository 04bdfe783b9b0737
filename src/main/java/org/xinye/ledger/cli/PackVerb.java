package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.TransferPackage;

/** {@code pack --db FILE --out FILE.xlpk --password-file F}. */
final class PackVerb implements Verb {
    @Override
    public String name() {
        return "pack";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "out", "password-file");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Path target = args.path("out");
        char[] password = Passwords.fromFile(args);
        try {
            if (password.length < Passwords.MIN_LENGTH) {
                throw new Args.UsageException(Messages.get("password.tooShort", Passwords.MIN_LENGTH));
            }
            try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
                TransferPackage.pack(ledger, target, password);
            }
            out.println(Messages.get("cli.pack.done", target.toAbsolutePath(), Files.size(target)));
            return OK;
        } catch (IOException e) {
            err.println(Messages.get("cli.cannotRead", target, IoReason.of(target, e)));
            return FAILURE;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
