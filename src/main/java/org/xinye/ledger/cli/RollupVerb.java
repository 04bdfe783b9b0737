package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.RollupJob;
import org.xinye.ledger.io.submission.RollupReport;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.rollup.CityFigures;
import org.xinye.ledger.store.rollup.Received;
import org.xinye.ledger.store.rollup.Rollups;

/**
 * {@code rollup --db CITY [--password-file F] [--format text|json] FILE...}: takes district and
 * department submissions into the city ledger (汇总); {@code rollup undo}, {@code rollup status} and
 * {@code rollup conflicts} are its sub-verbs. Exit 0 when every file was taken in, 1 when some
 * were refused, 2 when none was.
 */
final class RollupVerb implements Verb {
    static final DateTimeFormatter WHEN = RollupReport.WHEN;

    @Override
    public String name() {
        return "rollup";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "password-file", "format");
    }

    @Override
    public boolean takesPositionals() {
        return true;
    }

    @Override
    public boolean runsAlone() {
        return true;
    }

    @Override
    public List<Verb> subVerbs() {
        return List.of(new RollupUndoVerb(), new RollupStatusVerb(), new RollupConflictsVerb());
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String format = args.choice("format", "text", "text", "json");
        List<Path> files = args.positionals().stream().map(Path::of).toList();
        if (files.isEmpty()) {
            throw new Args.UsageException(Messages.get("cli.rollup.noFiles"));
        }
        char[] password = args.has("password-file") ? Passwords.fromFile(args) : null;
        RollupJob.Outcome o;
        CityFigures.Comparison figures;
        Path db = Ledgers.of(args);
        try (Ledger city = Ledger.open(db, Ledger.Mode.WRITE)) {
            o = new RollupJob(city, Clock.systemDefaultZone()).run(files, password, RollupJob.Progress.NONE, () -> false);
            figures = city.read(CityFigures::total);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        if (format.equals("json")) {
            out.println(Json.write(json(db, o, figures)));
        } else {
            text(db, o, figures, out, err);
        }
        return o.taken().isEmpty() ? REFUSED : o.refused().isEmpty() ? OK : FAILURE;
    }

    private static void text(Path db, RollupJob.Outcome o, CityFigures.Comparison f, PrintStream out, PrintStream err) {
        RollupReport.taken(o).forEach(out::println);
        RollupReport.refused(o).forEach(err::println);
        if (o.merged() != null) {
            out.println(Messages.get("cli.rollup.counted", db.toAbsolutePath(), o.merged().submissions(),
                    o.merged().units(), o.merged().workers(), f.listings(), f.listings() - f.persons()));
            var t = f.total();
            out.println(Messages.get("cli.rollup.reportedVsDeduplicated", t.reported().workers(),
                    t.deduplicated().workers(), t.reported().inScope(), t.deduplicated().inScope()));
        }
    }

    private static Map<String, Object> json(Path db, RollupJob.Outcome o, CityFigures.Comparison f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("city", db.toAbsolutePath().toString());
        List<Object> taken = new ArrayList<>();
        for (Rollups.Taken t : o.taken()) {
            Received r = t.received();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("file", r.file().toString());
            x.put("id", t.submissionId());
            x.put("scope", r.scope().key());
            x.put("scopeName", r.scopeName());
            x.put("period", r.period().toString());
            x.put("createdAt", r.createdAt().toString());
            x.put("appVersion", r.appVersion());
            x.put("units", r.units());
            x.put("workers", r.workers());
            x.put("replaced", t.replacedId());
            taken.add(x);
        }
        m.put("taken", taken);
        List<Object> refused = new ArrayList<>();
        for (RollupJob.Refusal r : o.refused()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("file", r.file().toString());
            x.put("code", r.reason().name());
            x.put("message", r.message());
            refused.add(x);
        }
        m.put("refused", refused);
        if (o.merged() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("submissions", o.merged().submissions());
            c.put("units", o.merged().units());
            c.put("workers", o.merged().workers());
            c.put("listings", f.listings());
            c.put("reportedWorkers", f.total().reported().workers());
            c.put("activeWorkers", f.total().deduplicated().workers());
            c.put("reportedUnitsInScope", f.total().reported().inScope());
            c.put("unitsInScope", f.total().deduplicated().inScope());
            m.put("counted", c);
        }
        return m;
    }
}
