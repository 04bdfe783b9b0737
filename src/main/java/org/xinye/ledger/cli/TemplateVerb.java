package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Templates;

/** {@code template --type workers|enterprises --out FILE.xlsx}: the standard blank sheet to hand to senders. */
final class TemplateVerb implements Verb {
    @Override
    public String name() {
        return "template";
    }

    @Override
    public Set<String> valued() {
        return Set.of("type", "out");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.require("type");
        ImportType type = ImportType.of(args.choice("type", null, "workers", "enterprises"));
        Path file = args.path("out");
        try {
            Templates.write(type, file);
        } catch (IOException e) {
            err.println(Messages.get("cli.template.failed", file, e.getMessage()));
            return FAILURE;
        }
        out.println(Messages.get("cli.template.done", file));
        return OK;
    }
}
