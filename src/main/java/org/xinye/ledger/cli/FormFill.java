package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.ReportException;
import org.xinye.ledger.report.form.FormData;
import org.xinye.ledger.report.form.FormFiller;
import org.xinye.ledger.report.form.FormMapping;
import org.xinye.ledger.report.form.FormPlan;
import org.xinye.ledger.store.Ledger;

/**
 * {@code report --fill FORM.xlsx --out FILLED.xlsx}: the superior's form filled with the
 * ledger's figures, using the answers the window remembered for this form. It prints what
 * each column and row was matched to and names what was not filled.
 */
final class FormFill {
    private FormFill() {
    }

    static int run(Args args, PrintStream out, PrintStream err) {
        Path form = args.path("fill");
        Path target = args.path("out");
        if (!Files.isRegularFile(form)) {
            throw new Args.UsageException(Messages.get("cli.fill.noForm", form));
        }
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.READ)) {
            record Read(FormData data, FormPlan plan) {
            }
            Read read = ledger.read(s -> {
                FormData data = FormData.load(s);
                FormPlan first = FormFiller.plan(form, data, new FormMapping());
                return new Read(data, FormFiller.plan(form, data, FormMapping.remembered(s, first.signature())));
            });
            FormPlan plan = read.plan();
            for (FormPlan.Column c : plan.matchedColumns()) {
                out.println(Messages.get("cli.fill.column", c.header(), c.figure().label()));
            }
            FormFiller.Result r = FormFiller.fill(form, plan, read.data(), target);
            for (FormPlan.Column c : r.unmatchedColumns()) {
                out.println(Messages.get("cli.fill.unmatchedColumn", c.header()));
            }
            for (FormPlan.Row row : r.unmatchedRows()) {
                out.println(Messages.get("cli.fill.unmatchedRow", row.index() + 1, row.label()));
            }
            out.println(Messages.get("cli.fill.done", target.toAbsolutePath(), r.cells(), plan.matchedRows().size(),
                    r.formulasKept()));
            return Verb.OK;
        } catch (ReportException e) {
            err.println(e.getLocalizedMessage());
            return Verb.REFUSED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
