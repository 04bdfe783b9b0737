package org.xinye.ledger.io.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.sheet.Row;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.io.sheet.Spreadsheets;
import org.xinye.ledger.io.sheet.Workbook;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.ImportUndo;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;

/**
 * The import pipeline. One thread reads and parses the file ({@link ImportFile}) while
 * another reconciles the rows against the ledger and writes them ({@link WorkerSink},
 * {@link UnitSink}), so reading and writing overlap on two cores. Everything is written in
 * one transaction; with abort-on-error a single rejected row rolls all of it back, and a dry
 * run (the wizard's preview) only reads.
 */
public final class Importer {
    static final int BATCH = 1000;
    private static final long IMPORT_CACHE_KIB = 64 * 1024;

    private final Ledger ledger;
    private final Clock clock;

    public Importer(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A workbook's sheets and the layout found on one: what the wizard shows before the preview. */
    public record Inspection(String fileName, String format, List<SheetInfo> sheets, SheetInfo sheet, Layout layout,
                             List<Row> sample) {
    }

    /** Opens the file and finds the table on the requested (or first usable) sheet. */
    public static Inspection inspect(ImportRequest req) {
        try (Workbook wb = Spreadsheets.open(req.file())) {
            SheetLocator.Located loc = SheetLocator.locate(wb, req);
            List<Row> sample = new ArrayList<>();
            for (Row r : loc.top()) {
                if (r.number() > loc.layout().lastHeaderRow() && sample.size() < 20) {
                    sample.add(r);
                }
            }
            loc.cursor().close();
            return new Inspection(req.file().getFileName().toString(), wb.format(), wb.sheets(), loc.sheet(),
                    loc.layout(), sample);
        }
    }

    /**
     * Runs an import. {@code onRow} sees every data row after reconciling (the wizard keeps
     * them for its preview; the command line passes a no-op so memory stays flat).
     */
    public ImportResult run(ImportRequest req, Consumer<ParsedRow> onRow, ImportProgress progress, int expectedRows) {
        try (ImportFile file = ImportFile.open(req)) {
            return run(file, onRow, progress, expectedRows);
        }
    }

    /** Imports an opened file (closed by the caller). */
    public ImportResult run(ImportFile file, Consumer<ParsedRow> onRow, ImportProgress progress, int expectedRows) {
        ImportRequest req = file.req;
        Sink.Context ctx = new Sink.Context(req, file.fileName, file.sha::get, file.wb.format(),
                file.loc.sheet().name(), file.loc.layout(), clock, onRow);
        if (req.dryRun()) {
            return ledger.read(s -> {
                try (Sink sink = sink(ctx, s, false)) {
                    return drain(sink, file.reader, progress, expectedRows);
                }
            });
        }
        // A verified copy of the ledger as it was, so even a committed import that turns out wrong
        // can be taken back by hand (undo covers the last import; this covers everything else). It is
        // written beside the import from a read transaction, which cannot see the import's uncommitted
        // rows, and the import commits only once the copy is verified.
        Beside<Backups.Backup> backup = new Beside<>("import-backup",
                () -> Backups.beforeRiskyChange(ledger, "import"));
        try {
            // The first roster into a ledger without people is written without SQLite's foreign key
            // look-ups: the sink checks its references once at the end (WorkerSink.finish).
            return ledger.writeBulkIf(s -> req.type() == ImportType.WORKERS && !s.workers().any(), s -> {
                // A big page cache for the length of the import: the default 2 MB makes SQLite spill
                // and re-read index pages of a 100,000-row transaction many times over.
                long cache = s.imports().cacheSize();
                s.imports().cacheSize(-IMPORT_CACHE_KIB);
                try {
                    ImportResult r;
                    try (Sink sink = sink(ctx, s, true)) {
                        r = drain(sink, file.reader, progress, expectedRows);
                    }
                    backup.get();
                    if (!r.written()) {
                        throw new NothingWritten(r);
                    }
                    // A cancel is honoured up to here; past this answer the transaction commits.
                    if (!progress.committing()) {
                        throw new CancellationException(Messages.get("import.cancelled"));
                    }
                    return r;
                } finally {
                    s.imports().cacheSize(cache);
                }
            });
        } catch (NothingWritten e) {
            return e.result;
        } finally {
            backup.await();
        }
    }

    /** Rolls the transaction back while handing out the result that explains why. */
    private static final class NothingWritten extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportResult result;

        NothingWritten(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private static Sink sink(Sink.Context ctx, Session s, boolean write) {
        return ctx.request().type() == ImportType.WORKERS ? new WorkerSink(ctx, s, write) : new UnitSink(ctx, s, write);
    }

    private static ImportResult drain(Sink sink, RowReader reader, ImportProgress progress, int expectedRows) {
        int done = 0;
        while (true) {
            if (progress.isCancelled()) {
                throw new CancellationException(Messages.get("import.cancelled"));
            }
            List<ParsedRow> batch = reader.take();
            if (batch == null) {
                progress.update(0.99, Messages.get("import.progress.finishing"));
                return sink.finish();
            }
            sink.accept(batch);
            done += batch.size();
            if (progress != ImportProgress.NONE) {
                progress.update(expectedRows > 0 ? Math.min(0.98, (double) done / expectedRows) : -1,
                        Messages.get("import.progress.rows", done));
            }
        }
    }

    /**
     * Undoes the newest import not yet undone, in one transaction (see
     * {@link ImportUndo#undoLast}): refused, as an outcome, when there is none or (unless
     * {@code force}) when records it wrote were edited afterwards.
     */
    public static ImportUndo.Outcome undoLast(Ledger ledger, boolean force) {
        return undoLast(ledger, force, () -> true);
    }

    /** {@link #undoLast(Ledger, boolean)}, asking {@code commit} before it commits: false rolls it back. */
    public static ImportUndo.Outcome undoLast(Ledger ledger, boolean force, java.util.function.BooleanSupplier commit) {
        return ledger.write(s -> {
            ImportUndo.Outcome out = s.importUndo().undoLast(force);
            if (!commit.getAsBoolean()) {
                throw new CancellationException(Messages.get("task.cancelled"));
            }
            return out;
        });
    }
}
