package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.TransferPackage;

/** {@code unpack --in FILE.xlpk --db NEW.xldb --password-file F}: only ever creates a new ledger file. */
final class UnpackVerb implements Verb {
    @Override
    public String name() {
        return "unpack";
    }

    @Override
    public Set<String> valued() {
        return Set.of("in", "db", "password-file");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Path in = args.path("in");
        Path db = args.path("db");
        if (Files.exists(db)) {
            err.println(Messages.get("unpack.targetExists", db.toAbsolutePath()));
            return REFUSED;
        }
        char[] password = Passwords.fromFile(args);
        try {
            TransferPackage.Unpacked u = TransferPackage.unpack(in, password, db);
            out.println(Messages.get("cli.unpack.done", u.file(), u.units(), u.workers()));
        } finally {
            Arrays.fill(password, '\0');
        }
        return OK;
    }
}
