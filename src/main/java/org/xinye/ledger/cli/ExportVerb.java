package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.io.TableWriter;
import org.xinye.ledger.store.Ledger;

/** {@code export --db FILE --table T --out FILE.xlsx|.csv [--unmask] [--filter K=V]...}. */
final class ExportVerb implements Verb {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "table", "out", "filter");
    }

    @Override
    public Set<String> flags() {
        return Set.of("unmask");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String tableName = args.require("table");
        TableExport.Table table = TableExport.Table.of(tableName);
        if (table == null) {
            throw new Args.UsageException(Messages.get("cli.export.unknownTable", tableName,
                    Arrays.stream(TableExport.Table.values()).map(TableExport.Table::cliName).collect(Collectors.joining("|"))));
        }
        Path file = args.path("out");
        if (TableWriter.Format.of(file) == null) {
            throw new Args.UsageException(Messages.get("export.badFormat", file.getFileName()));
        }
        Map<String, String> filter = new LinkedHashMap<>();
        for (String f : args.all("filter")) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new Args.UsageException(Messages.get("cli.export.badFilter", f));
            }
            String key = f.substring(0, eq).trim();
            if (filter.put(key, f.substring(eq + 1)) != null) {
                // Conditions are all required at once; a second value for one key would silently replace the first.
                throw new Args.UsageException(Messages.get("cli.export.filterTwice", key));
            }
        }
        boolean unmask = args.has("unmask");
        // A full export is recorded in the audit log, which needs the writer lock; a masked one only reads.
        try (Ledger ledger = Ledger.open(Ledgers.of(args), unmask ? Ledger.Mode.WRITE : Ledger.Mode.READ)) {
            TableExport.Result r = TableExport.export(ledger, TableExport.Request.parse(table, filter, unmask), file);
            out.println(Messages.get("cli.export.done", r.rows(), file.toAbsolutePath(),
                    Messages.get(r.unmasked() ? "cli.export.unmasked" : "cli.export.masked")));
        }
        return OK;
    }
}
