package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.sheet.TextFile;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCsv;
import org.xinye.ledger.store.RegionRepository;

/** {@code regions import FILE}: loads another city's region list (code,name,level,parent_code). */
final class RegionsVerb extends VerbGroup {
    RegionsVerb() {
        super("regions", new Import());
    }

    static final class Import extends VerbGroup.Import {
        @Override
        public Set<String> valued() {
            return Set.of("db");
        }

        @Override
        public String summaryKey() {
            return "cli.regions.import";
        }

        @Override
        public int run(Args args, PrintStream out, PrintStream err) {
            Path file = args.oneFile("cli.regions.oneFile");
            TextFile.Decoded decoded;
            try {
                decoded = TextFile.read(file);
            } catch (IOException e) {
                err.println(Messages.get("cli.cannotRead", file, IoReason.of(file, e)));
                return REFUSED;
            }
            RegionCsv.Parsed parsed = RegionCsv.parse(decoded.text());
            if (!parsed.errors().isEmpty()) {
                boolean garbled = false;
                for (RegionCsv.LineError e : parsed.errors()) {
                    err.println(Messages.get("regions.lineError", file.getFileName(), e.line(),
                            Messages.get(e.messageKey(), e.value())));
                    garbled |= e.messageKey().equals("regions.garbled");
                }
                if (garbled) {
                    err.println(Messages.get("cli.regions.encoding", file.getFileName(), decoded.encoding()));
                }
                err.println(Messages.get("cli.nothingChanged"));
                return REFUSED;
            }
            try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.WRITE)) {
                RegionRepository.TreeChange change = ledger.write(s -> s.regions().replaceTree(parsed.regions(),
                        file.getFileName().toString()));
                out.println(Messages.get("cli.regions.done", parsed.regions().size(), change.added(), change.updated(),
                        change.removed(), change.kept()));
            }
            return OK;
        }
    }
}
