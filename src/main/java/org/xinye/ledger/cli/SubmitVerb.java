package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.AppVersion;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.Submit;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.rollup.OutOfScope;
import org.xinye.ledger.store.rollup.SubmissionBuilder;

/**
 * {@code submit --db F --period YYYY-MM --out FILE.xlsub [--password-file F] [--hash-ids KEYFILE]
 * [--format text|json]}: the ledger's submission (上报) to the city. Records outside the ledger's
 * scope refuse it (exit 2) with their list.
 */
final class SubmitVerb implements Verb {
    /** The text output lists this many records outside the scope; JSON lists all. */
    private static final int LISTED = 100;

    @Override
    public String name() {
        return "submit";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "period", "out", "password-file", "hash-ids", "format");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String format = args.choice("format", "text", "text", "json");
        YearMonth period = period(args.require("period"));
        Path target = args.path("out");
        char[] password = args.has("password-file") ? Passwords.fromFile(args) : null;
        byte[] key = args.has("hash-ids") ? Submit.readKey(args.path("hash-ids")) : null;
        try {
            if (password != null && password.length < Passwords.MIN_LENGTH) {
                throw new Args.UsageException(Messages.get("password.tooShort", Passwords.MIN_LENGTH));
            }
            SubmissionBuilder.Built built;
            try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.WRITE)) {
                built = Submit.run(ledger, new Submit.Request(target, period, password, key, AppVersion.get()),
                        Clock.systemDefaultZone());
            } catch (SubmissionBuilder.OutOfScopeException e) {
                return refused(e, format, out, err);
            }
            CoverageCounts t = built.total();
            if (format.equals("json")) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("file", target.toAbsolutePath().toString());
                o.put("scope", built.scope().key());
                o.put("scopeName", built.scopeName());
                o.put("period", period.toString());
                o.put("units", built.units());
                o.put("workers", built.workers());
                o.put("inScope", t.inScope());
                o.put("orgRate", t.orgRate());
                o.put("workRate", t.workRate());
                o.put("activeWorkers", t.workers());
                o.put("partyMembers", t.partyMembers());
                o.put("encrypted", password != null);
                o.put("hashedIds", built.hashed());
                out.println(Json.write(o));
            } else {
                out.println(Messages.get("cli.submit.done", target.toAbsolutePath(), built.scopeName(), period.toString(),
                        built.units(), built.workers(), t.inScope(), CoverageRules.percent(t.orgRate()),
                        CoverageRules.percent(t.workRate())));
                out.println(Messages.get(password != null ? "cli.submit.encrypted" : "cli.submit.plain"));
                if (built.hashed()) {
                    out.println(Messages.get("cli.submit.hashed"));
                }
            }
            return OK;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    static YearMonth period(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Args.UsageException(Messages.get("cli.badPeriod", text));
        }
    }

    private static int refused(SubmissionBuilder.OutOfScopeException e, String format, PrintStream out, PrintStream err) {
        List<OutOfScope> records = e.records();
        if (format.equals("json")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (OutOfScope r : records) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("kind", r.kind().name());
                o.put("id", r.id());
                o.put("name", r.name());
                o.put("idNumber", r.idNumber() == null ? null : Masking.idNumber(r.idNumber()));
                o.put("place", r.place());
                o.put("reason", r.reason().name());
                list.add(o);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("refused", true);
            o.put("code", "OUT_OF_SCOPE");
            o.put("message", Messages.get("cli.submit.outOfScope", e.scopeName(), records.size()));
            o.put("records", list);
            out.println(Json.write(o));
            return REFUSED;
        }
        err.println(Messages.get("cli.submit.outOfScope", e.scopeName(), records.size()));
        for (OutOfScope r : records.subList(0, Math.min(LISTED, records.size()))) {
            err.println("  " + describe(r));
        }
        if (records.size() > LISTED) {
            err.println(Messages.get("cli.submit.more", records.size() - LISTED));
        }
        return REFUSED;
    }

    /** One record outside the scope, as a line: 单位 #12 某某快递站：在其他区县（青山区先锋道街道）. */
    static String describe(OutOfScope r) {
        String who = Messages.get("submit.kind." + r.kind().name()) + " #" + r.id() + " " + r.name()
                + (r.idNumber() == null ? "" : "（" + Masking.idNumber(r.idNumber()) + "）");
        return Messages.get("submit.reason." + r.reason().name(), who, r.place() == null ? "—" : r.place());
    }
}
