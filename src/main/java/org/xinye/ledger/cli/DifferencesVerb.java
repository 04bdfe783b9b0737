package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.DifferencesImport;
import org.xinye.ledger.store.Ledger;

/** {@code differences import --db F FILE.xlsx}: takes the city's 差异清单 for this ledger in for follow-up. */
final class DifferencesVerb extends VerbGroup {
    DifferencesVerb() {
        super("differences", new Import());
    }

    static final class Import extends VerbGroup.Import {
        @Override
        public Set<String> valued() {
            return Set.of("db", "format");
        }

        @Override
        public String summaryKey() {
            return "cli.differences.import";
        }

        @Override
        public int run(Args args, PrintStream out, PrintStream err) {
            String format = args.choice("format", "text", "text", "json");
            Path file = args.oneFile("cli.differences.oneFile");
            DifferencesImport.Result r;
            try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.WRITE)) {
                r = DifferencesImport.run(ledger, file, Clock.systemDefaultZone());
            }
            if (format.equals("json")) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("file", file.toAbsolutePath().toString());
                o.put("period", r.period().toString());
                o.put("imported", r.imported());
                o.put("unmatched", r.unmatched());
                out.println(Json.write(o));
            } else {
                out.println(Messages.get("cli.differences.done", r.imported(), r.period().toString()));
                r.unmatched().forEach(u -> err.println("  " + u));
            }
            return r.unmatched().isEmpty() ? OK : FAILURE;
        }
    }
}
