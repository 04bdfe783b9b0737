package org.xinye.ledger.io.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ImportJournal;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.Session;

/**
 * Where parsed rows go: reconciled against the ledger inside one transaction, and written
 * when the import writes. Counts, issues and the rejected rows are kept here for the result.
 */
abstract class Sink implements AutoCloseable {
    /** Issues kept for the report; beyond this only counted. */
    static final int MAX_ISSUES = 200_000;
    /** Rows with issues kept for the report to send back; beyond this only counted. */
    static final int MAX_REPORT_ROWS = 100_000;
    /** Warnings kept when no report is asked for: enough to show, few enough that memory stays flat. */
    static final int WARNINGS_WITHOUT_REPORT = 1_000;

    /** {@code sha256} gives the file's checksum, waiting for it while it is still being computed. */
    record Context(ImportRequest request, String fileName, Supplier<String> sha256, String format, String sheet,
                   Layout layout, Clock clock, Consumer<ParsedRow> onRow) {
    }

    protected final Context ctx;
    protected final Session s;
    protected final ImportStore store;
    protected final boolean write;
    protected final Instant now;
    protected final LocalDate today;
    protected final Long alreadyImported;
    protected Long batchId;
    protected ImportJournal journal;

    protected int rows;
    protected int inserted;
    protected int updated;
    protected int unchanged;
    protected int moved;
    protected int rejected;
    protected int warnings;
    protected final List<Issue> errors = new ArrayList<>();
    protected final List<Issue> warningList = new ArrayList<>();
    protected final List<ParsedRow> problemRows = new ArrayList<>();
    protected final Map<String, Integer> unmatchedEmployers = new LinkedHashMap<>();
    protected final Map<String, Integer> unmatchedOrgs = new LinkedHashMap<>();
    private final IssueGroups groups = new IssueGroups();
    private final Map<Field, String> headers = new EnumMap<>(Field.class);

    Sink(Context ctx, Session s, boolean write) {
        this.ctx = ctx;
        this.s = s;
        this.store = s.imports();
        this.write = write;
        this.now = ctx.clock().instant();
        this.today = LocalDate.now(ctx.clock());
        // The checksum is still being computed beside the import; only a ledger that holds an active import of
        // this type needs it before the first row, the batch record gets it when the import finishes.
        String type = ctx.request().type().key();
        ImportBatches batches = s.importBatches();
        this.alreadyImported = !batches.hasActive(type) ? null
                : batches.activeWithHash(ctx.sha256().get(), type).map(ImportBatches.BatchRow::id).orElse(null);
        if (write) {
            batchId = batches.begin(ctx.fileName(), type, ctx.request().source(), ctx.sheet(), now);
            journal = s.importJournal(batchId);
        }
    }

    abstract void accept(List<ParsedRow> batch);

    abstract ImportResult finish();

    /** Releases what the sink holds open on the connection; also when the import fails half way. */
    @Override
    public void close() {
    }

    /** Whether rows are still written: not in a dry run, and not once abort-on-error has met a rejected row. */
    protected boolean writing() {
        return write && !(ctx.request().abortOnError() && rejected > 0);
    }

    /** Counts a row once its outcome is known and hands it to the listener. */
    protected void done(ParsedRow p) {
        rows++;
        for (Issue i : p.issues()) {
            groups.add(i);
            if (i.isError()) {
                if (errors.size() < MAX_ISSUES) {
                    errors.add(i);
                }
            } else {
                warnings++;
                if (warningList.size() < (ctx.request().keepProblemRows() ? MAX_ISSUES : WARNINGS_WITHOUT_REPORT)) {
                    warningList.add(i);
                }
            }
        }
        if (!p.issues().isEmpty() && problemRows.size() < MAX_REPORT_ROWS
                && (ctx.request().keepProblemRows() || p.rejected())) {
            problemRows.add(p);
        }
        switch (p.outcome()) {
            case NEW -> inserted++;
            case CHANGED -> updated++;
            case MOVED -> {
                updated++;
                moved++;
            }
            case UNCHANGED -> unchanged++;
            case REJECTED -> rejected++;
            default -> throw new IllegalStateException();
        }
        ctx.onRow().accept(p);
    }

    /**
     * The result; when writing, also the batch's counts and its audit entry. {@code changes}
     * says whether anything in the ledger changed besides the batch record itself.
     */
    protected ImportResult result(List<ImportStore.RosterEntry> missing, boolean changes) {
        return result(missing, changes, Map.of());
    }

    /** {@code streets}: the street to suggest for each unmatched employer, by name. */
    protected ImportResult result(List<ImportStore.RosterEntry> missing, boolean changes, Map<String, String> streets) {
        boolean written = writing() && rows > 0 && (changes || alreadyImported == null);
        String sha256 = ctx.sha256().get();
        if (written) {
            journal.close();
            s.importBatches().finish(batchId, sha256, new ImportBatches.Counts(rows, inserted, updated, unchanged,
                    moved, missing.size(), rejected, warnings), ctx.clock().instant());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("file", ctx.fileName());
            summary.put("sha256", sha256);
            summary.put("type", ctx.request().type().key());
            summary.put("source", ctx.request().source().name());
            summary.put("rows", rows);
            summary.put("inserted", inserted);
            summary.put("updated", updated);
            summary.put("unchanged", unchanged);
            summary.put("moved", moved);
            summary.put("missing", missing.size());
            summary.put("rejected", rejected);
            summary.put("warnings", warnings);
            s.audit().append("import_batch", batchId, "IMPORT", null, json(summary));
        }
        return new ImportResult(ctx.fileName(), sha256, ctx.format(), ctx.sheet(), ctx.layout(), rows, inserted,
                updated, unchanged, moved, rejected, warnings, List.copyOf(errors), List.copyOf(warningList),
                List.copyOf(problemRows), List.copyOf(missing), Map.copyOf(unmatchedEmployers),
                written ? batchId : null, written, alreadyImported, ctx.request().abortOnError(),
                ctx.request().dryRun(), groups.list(), Map.copyOf(unmatchedOrgs), Map.copyOf(streets));
    }

    private static String json(Map<String, Object> m) {
        return org.xinye.ledger.store.RecordJson.write(m);
    }

    protected static Issue error(ParsedRow p, Field f, String header, String original, String code, String key,
                                 String hint, Object... args) {
        return new Issue(p.number(), header, f, original, Issue.Severity.ERROR, code, key, List.of(args), hint);
    }

    protected static Issue warning(ParsedRow p, Field f, String header, String original, String code, String key,
                                   String hint, Object... args) {
        return new Issue(p.number(), header, f, original, Issue.Severity.WARNING, code, key, List.of(args), hint);
    }

    protected String header(Field f) {
        // Asked for every warning, often once per row.
        String h = headers.get(f);
        if (h == null) {
            h = f.label();
            for (Column c : ctx.layout().columns()) {
                if (c.field() == f) {
                    h = c.header();
                    break;
                }
            }
            headers.put(f, h);
        }
        return h;
    }
}
