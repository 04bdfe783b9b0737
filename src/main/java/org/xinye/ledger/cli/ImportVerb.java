package org.xinye.ledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import org.xinye.ledger.domain.Await;
import org.xinye.ledger.domain.ImportSource;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.Column;
import org.xinye.ledger.io.imports.ImportFile;
import org.xinye.ledger.io.imports.ImportProgress;
import org.xinye.ledger.io.imports.ImportRequest;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.io.imports.Issue;
import org.xinye.ledger.io.imports.IssueGroup;
import org.xinye.ledger.io.imports.Layout;
import org.xinye.ledger.io.imports.ProblemReport;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.ImportUndo;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.OutputFiles;

/**
 * {@code import --db FILE --type workers|enterprises [...] INPUT} and {@code import undo --db FILE}.
 * Exit 0 when every row was accepted, 1 when rows were rejected (and the rest committed with
 * {@code --on-error skip}), 2 when the file was refused or nothing was written because of
 * {@code --on-error abort}.
 */
final class ImportVerb implements Verb {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public Set<String> valued() {
        return Set.of("db", "type", "source", "sheet", "map", "enterprise", "on-error", "report", "format",
                "mark-missing", "area");
    }

    @Override
    public Set<String> flags() {
        return Set.of("reconcile", "dry-run", "force", "unmasked");
    }

    @Override
    public boolean takesPositionals() {
        return true;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        List<String> pos = args.positionals();
        if (pos.size() == 1 && pos.get(0).equals("undo") && !args.has("type")) {
            return undo(args, out, err);
        }
        if (pos.size() != 1) {
            throw new Args.UsageException(Messages.get("cli.import.oneFile"));
        }
        args.require("type");
        ImportType type = ImportType.of(args.choice("type", null, "workers", "enterprises"));
        String format = args.choice("format", "text", "text", "json");
        boolean abort = args.choice("on-error", "abort", "abort", "skip").equals("abort");
        ImportSource source = source(args.get("source"), args.has("enterprise"));
        Map<String, String> map = new LinkedHashMap<>();
        for (String m : args.all("map")) {
            int eq = m.lastIndexOf('=');
            if (eq <= 0) {
                throw new Args.UsageException(Messages.get("cli.import.badMap", m));
            }
            map.put(m.substring(0, eq), m.substring(eq + 1));
        }
        // An option that only works with another would otherwise be ignored without a word.
        requires(args, "mark-missing", "reconcile");
        requires(args, "area", "reconcile");
        if (args.has("area") && args.has("enterprise")) {
            throw new Args.UsageException(Messages.get("cli.import.areaOrUnit"));
        }
        requires(args, "unmasked", "report");
        WorkerStatus mark = null;
        if (args.has("mark-missing")) {
            mark = args.choice("mark-missing", null, "left", "to-verify").equals("left") ? WorkerStatus.LEFT
                    : WorkerStatus.TO_VERIFY;
        }
        Path input = Path.of(pos.get(0));
        if (args.has("report") && sameFile(input, Path.of(args.get("report")))) {
            return refused(input, "REPORT_IS_INPUT", Messages.get("cli.import.reportIsInput", args.get("report")), format,
                    out, err);
        }
        if (args.has("report")) {
            // Checked before the import is written, so a report that cannot be saved never follows a committed import.
            try {
                OutputFiles.prepare(Path.of(args.get("report")));
            } catch (InvalidValueException e) {
                return refused(input, "REPORT_PATH", e.getLocalizedMessage(), format, out, err);
            }
        }
        ImportRequest req = ImportRequest.builder(input, type, source).sheet(args.get("sheet")).mapByHeader(map)
                .rosterOf(args.get("enterprise")).reconcile(args.has("reconcile")).area(args.get("area")).markMissing(mark).abortOnError(abort)
                .dryRun(args.has("dry-run")).keepProblemRows(args.has("report")).build();
        ImportResult r;
        // The ledger is opened on its own thread while the file is opened and its reading starts: a ledger
        // that cannot be opened is still reported before a file that cannot be imported.
        Path db = Ledgers.of(args);
        FutureTask<Ledger> opening = new FutureTask<>(() -> Ledger.open(db, Ledger.Mode.WRITE));
        Thread opener = new Thread(opening, "open-ledger");
        opener.setDaemon(true);
        opener.start();
        try {
            ImportFile file;
            try {
                file = ImportFile.open(req);
            } catch (RuntimeException e) {
                Await.result(opening).close();
                throw e;
            }
            try (file; Ledger ledger = Await.result(opening)) {
                r = new Importer(ledger, Clock.systemDefaultZone()).run(file, p -> { }, ImportProgress.NONE, 0);
                if (format.equals("json")) {
                    out.println(Json.write(json(r)));
                } else {
                    text(r, out);
                }
                if (args.has("report")) {
                    // Written while the ledger is open: a report with full numbers goes into the 操作日志 with it.
                    Path report = Path.of(args.get("report"));
                    try {
                        ProblemReport.write(ledger, r, report, args.has("unmasked"));
                    } catch (IOException | RuntimeException e) {
                        err.println(Messages.get("cli.import.reportFailed", report, e.getLocalizedMessage()));
                        return FAILURE;
                    }
                }
            }
        } catch (FileRefusedException e) {
            return refused(input, e.refusal().name(), e.getLocalizedMessage(), format, out, err);
        } catch (IllegalArgumentException e) {
            return refused(input, "USAGE", e.getLocalizedMessage(), format, out, err);
        }
        return r.exitCode();
    }

    private static void requires(Args args, String option, String needed) {
        if (args.has(option) && !args.has(needed)) {
            throw new Args.UsageException(Messages.get("cli.import.requires", "--" + option, "--" + needed));
        }
    }

    /** Whether both paths name one existing file, however written (relative, through a link, in another case). */
    private static boolean sameFile(Path input, Path report) {
        try {
            return Files.exists(report) && Files.exists(input) && Files.isSameFile(input, report);
        } catch (IOException e) {
            return false;
        }
    }

    private static ImportSource source(String s, boolean roster) {
        if (s == null) {
            return roster ? ImportSource.ENTERPRISE_ROSTER : ImportSource.OTHER;
        }
        String k = s.trim().toLowerCase(Locale.ROOT);
        for (ImportSource src : ImportSource.values()) {
            if (src.name().equalsIgnoreCase(k) || Messages.label(src).equals(s.trim())) {
                return src;
            }
        }
        return switch (k) {
            case "roster", "企业底册", "底册" -> ImportSource.ENTERPRISE_ROSTER;
            case "canvassing", "属地摸排", "摸排" -> ImportSource.CANVASSING;
            case "department", "主管部门" -> ImportSource.DEPARTMENT;
            case "other", "其他" -> ImportSource.OTHER;
            default -> throw new Args.UsageException(Messages.get("cli.badChoice", "--source", s,
                    "roster|canvassing|department|other"));
        };
    }

    private static int refused(Path input, String code, String message, String format, PrintStream out,
                               PrintStream err) {
        err.println(message);
        err.println(Messages.get("cli.nothingChanged"));
        if (format.equals("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", input.getFileName().toString());
            m.put("refused", true);
            m.put("code", code);
            m.put("message", message);
            out.println(Json.write(m));
        }
        return REFUSED;
    }

    static Map<String, Object> json(ImportResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.fileName());
        m.put("rows", r.rows());
        m.put("inserted", r.inserted());
        m.put("updated", r.updated());
        m.put("unchanged", r.unchanged());
        m.put("moved", r.moved());
        m.put("missing", r.missing().size());
        m.put("rejected", r.rejected());
        m.put("warnings", r.warnings());
        List<Object> errors = new ArrayList<>();
        for (Issue i : r.errors()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("row", i.row());
            e.put("column", i.column());
            e.put("code", i.code());
            e.put("message", i.message());
            e.put("value", i.shownValue());
            e.put("hint", i.hint());
            errors.add(e);
        }
        m.put("errors", errors);
        m.put("written", r.written());
        m.put("batch", r.batchId());
        m.put("dryRun", r.dryRun());
        m.put("sheet", r.sheet());
        m.put("headerRow", r.layout().headerRow());
        List<Object> unmapped = new ArrayList<>();
        r.layout().unmapped().forEach(c -> unmapped.add(c.header()));
        m.put("unmappedColumns", unmapped);
        List<Object> duplicates = new ArrayList<>();
        for (Layout.Duplicate d : r.layout().duplicates()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("column", d.ignored().header());
            e.put("field", d.field().key());
            e.put("used", d.used().header());
            duplicates.add(e);
        }
        m.put("duplicateColumns", duplicates);
        m.put("alreadyImported", r.alreadyImportedBatch());
        List<Object> missing = new ArrayList<>();
        for (ImportStore.RosterEntry e : r.missing()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("id", e.workerId());
            w.put("name", e.name());
            w.put("idNumber", Masking.idNumber(e.idNumber()));
            w.put("status", e.status().name());
            missing.add(w);
        }
        m.put("missingWorkers", missing);
        List<Object> groups = new ArrayList<>();
        for (IssueGroup g : r.groups()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("severity", g.isError() ? "error" : "warning");
            e.put("code", g.code());
            e.put("column", g.column());
            e.put("field", g.field() == null ? null : g.field().key());
            e.put("title", g.title());
            e.put("count", g.count());
            e.put("rows", g.rows(Integer.MAX_VALUE));
            e.put("ranges", g.rangeList());
            e.put("hint", g.hint());
            groups.add(e);
        }
        m.put("groups", groups);
        return m;
    }

    private static void text(ImportResult r, PrintStream out) {
        out.println(Messages.get("cli.import.file", r.fileName(), r.format(), r.sheet(), r.layout().headerRow()));
        List<String> mapped = new ArrayList<>();
        r.layout().columns().forEach(c -> {
            if (c.field() != null) {
                mapped.add(c.header() + "→" + c.field().key());
            }
        });
        out.println(Messages.get("cli.import.mapping", String.join("，", mapped)));
        List<Layout.Duplicate> duplicates = r.layout().duplicates();
        List<String> unmapped = new ArrayList<>();
        for (Column c : r.layout().unmapped()) {
            if (duplicates.stream().noneMatch(d -> d.ignored() == c)) {
                unmapped.add(c.header());
            }
        }
        if (!unmapped.isEmpty()) {
            out.println(Messages.get("cli.import.unmapped", String.join("、", unmapped)));
        }
        for (Layout.Duplicate d : duplicates) {
            out.println(Messages.get("cli.import.duplicate", d.ignored().header(), d.used().header(), d.field().label(),
                    d.field().key()));
        }
        out.println(Messages.get("cli.import.counts", r.rows(), r.inserted(), r.updated(), r.moved(), r.unchanged(),
                r.rejected(), r.warnings()));
        if (!r.missing().isEmpty()) {
            out.println(Messages.get("cli.import.missing", r.missing().size()));
            for (ImportStore.RosterEntry e : r.missing()) {
                out.println("  " + e.name() + "  " + Masking.idNumber(e.idNumber()) + "  " + Messages.label(e.status()));
            }
        }
        for (IssueGroup g : r.groups()) {
            out.println("  " + (g.isError() ? "" : Messages.get("cli.import.warning")) + g.describe());
        }
        if (!r.unmatchedEmployers().isEmpty()) {
            out.println(Messages.get("cli.import.unmatched", r.unmatchedEmployers().size()));
        }
        if (r.dryRun()) {
            out.println(Messages.get("cli.import.dryRun"));
        } else if (r.written()) {
            out.println(Messages.get("cli.import.written", r.batchId()));
        } else if (r.rejected() > 0 && r.abortOnError()) {
            out.println(Messages.get("cli.import.aborted", r.rejected()));
        } else if (r.alreadyImportedBatch() != null) {
            out.println(Messages.get("cli.import.already", r.alreadyImportedBatch()));
        } else {
            out.println(Messages.get("cli.nothingChanged"));
        }
    }

    private static int undo(Args args, PrintStream out, PrintStream err) {
        try (Ledger ledger = Ledger.open(Ledgers.of(args), Ledger.Mode.WRITE)) {
            ImportUndo.Outcome outcome = Importer.undoLast(ledger, args.has("force"));
            if (outcome instanceof ImportUndo.Undone u) {
                out.println(Messages.get("cli.import.undone", u.batch().id(), u.batch().fileName(), u.deleted(),
                        u.restored()));
                return OK;
            }
            err.println(outcome instanceof ImportUndo.EditedSince e
                    ? Messages.get("import.undo.edited", e.batch().fileName(), e.edited())
                    : Messages.get("import.undo.nothing"));
            return REFUSED;
        }
    }
}
