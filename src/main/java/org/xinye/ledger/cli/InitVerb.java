package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.rollup.ScopeStore;

/**
 * {@code init --db FILE [--city | --county CODE | --department NAME --industries 快递,外卖]}: a new,
 * empty ledger with the default region tree, and whose ledger it is.
 */
final class InitVerb implements Verb {
    @Override
    public String name() {
        return "init";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "county", "department", "industries");
    }

    @Override
    public Set<String> flags() {
        return Set.of("city");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Path db = Ledgers.of(args);
        LedgerScope scope = scopeOf(args);
        if (Files.exists(db)) {
            err.println(Files.isDirectory(db) ? Messages.get("store.isFolder", db.toAbsolutePath())
                    : Messages.get("cli.init.exists", db.toAbsolutePath()));
            return REFUSED;
        }
        try (Ledger ledger = Ledger.open(db, Ledger.Mode.WRITE)) {
            String described = null;
            if (scope != null) {
                try {
                    described = ledger.write(s -> {
                        ScopeStore scopes = new ScopeStore(s);
                        scopes.set(scope);
                        return scopes.describe(scope);
                    });
                } catch (RuntimeException e) {
                    ledger.close();
                    deleteNew(db);
                    throw e;
                }
            }
            long regions = ledger.read(s -> s.regions().count());
            out.println(Messages.get("cli.init.done", ledger.file(), regions));
            if (described != null) {
                out.println(Messages.get("cli.init.scope", described));
            }
        }
        return OK;
    }

    /** The scope the options name, or null for none; more than one, or industries without a department, is refused. */
    static LedgerScope scopeOf(Args args) {
        int given = (args.has("city") ? 1 : 0) + (args.has("county") ? 1 : 0) + (args.has("department") ? 1 : 0);
        if (given > 1) {
            throw new Args.UsageException(Messages.get("cli.init.oneScope"));
        }
        if (args.has("industries") && !args.has("department")) {
            throw new Args.UsageException(Messages.get("cli.import.requires", "--industries", "--department"));
        }
        if (args.has("city")) {
            return LedgerScope.city();
        }
        if (args.has("county")) {
            return LedgerScope.county(args.require("county").trim());
        }
        if (args.has("department")) {
            String industries = args.get("industries");
            if (industries == null || industries.isBlank()) {
                throw new Args.UsageException(Messages.get("cli.missingOption", "--industries"));
            }
            return LedgerScope.department(args.require("department"), LedgerScope.parseIndustries(industries));
        }
        return null;
    }

    private static void deleteNew(Path db) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            } catch (IOException ignored) {
                // a file left behind is refused as existing by the next init, with its path
            }
        }
    }
}
