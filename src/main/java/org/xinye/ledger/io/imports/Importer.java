package org.xinye.ledger.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.io.sheet.Row;
import org.xinye.ledger.io.sheet.RowCursor;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.io.sheet.Spreadsheets;
import org.xinye.ledger.io.sheet.Workbook;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;

/**
 * The import pipeline. One thread reads and parses the file while another reconciles the
 * rows against the ledger and writes them, so reading and writing overlap on two cores.
 * Everything is written in one transaction; with abort-on-error a single rejected row rolls
 * all of it back, and a dry run (the wizard's preview) only reads.
 */
public final class Importer {
    static final int BATCH = 1000;
    private static final long IMPORT_CACHE_KIB = 64 * 1024;
    private static final Object END = new Object();

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
            Located loc = locate(wb, req);
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

    private record Located(SheetInfo sheet, Layout layout, List<Row> top, RowCursor cursor) {
    }

    private static Located locate(Workbook wb, ImportRequest req) {
        String fileName = req.file().getFileName().toString();
        List<SheetInfo> candidates = new ArrayList<>();
        if (req.sheet() != null) {
            for (SheetInfo s : wb.sheets()) {
                if (s.name().equals(req.sheet()) || Text.compact(s.name()).equalsIgnoreCase(Text.compact(req.sheet()))) {
                    candidates.add(s);
                    break;
                }
            }
            if (candidates.isEmpty()) {
                List<String> names = wb.sheets().stream().map(SheetInfo::name).toList();
                throw new FileRefusedException(FileRefusedException.Cause.LAYOUT, "import.layout.noSheet", null,
                        fileName, req.sheet(), String.join("、", names));
            }
        } else {
            wb.sheets().stream().filter(s -> !s.hidden()).forEach(candidates::add);
            if (candidates.isEmpty()) {
                candidates.add(wb.sheets().get(0));
            }
        }
        FileRefusedException first = null;
        for (SheetInfo s : candidates) {
            RowCursor cursor = null;
            try {
                cursor = wb.rows(s);
                List<Row> top = new ArrayList<>();
                Row r;
                while (top.size() < Layout.SEARCH_ROWS && (r = cursor.next()) != null) {
                    if (!r.isBlank()) {
                        top.add(r);
                    }
                }
                Layout layout = Layout.detect(fileName, top, req.type(), req.mapByHeader());
                for (var e : req.mapByColumn().entrySet()) {
                    layout = layout.withField(e.getKey(), e.getValue());
                }
                layout.requireFields(fileName);
                return new Located(s, layout, top, cursor);
            } catch (FileRefusedException e) {
                if (cursor != null) {
                    cursor.close();
                }
                if (e.refusal() != FileRefusedException.Cause.LAYOUT) {
                    throw e;
                }
                if (first == null) {
                    first = e;
                }
            } catch (IOException e) {
                if (cursor != null) {
                    cursor.close();
                }
                throw damaged(fileName, e);
            }
        }
        if (first.messageKey().equals("import.layout.noHeader") && wb.guessedEncoding() != null) {
            // A header read in the wrong encoding is gibberish: say so, rather than only that there is no header.
            throw new FileRefusedException(FileRefusedException.Cause.LAYOUT, "import.layout.noHeaderEncoding", null,
                    fileName, wb.guessedEncoding());
        }
        throw first;
    }

    private static FileRefusedException damaged(String fileName, IOException e) {
        return new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", e, fileName,
                String.valueOf(e.getMessage()));
    }

    /**
     * Runs an import. {@code onRow} sees every data row after reconciling (the wizard keeps
     * them for its preview; the command line passes a no-op so memory stays flat).
     */
    public ImportResult run(ImportRequest req, Consumer<ParsedRow> onRow, ImportProgress progress, int expectedRows) {
        try (Opened file = open(req)) {
            return run(file, onRow, progress, expectedRows);
        }
    }

    /**
     * A file ready to import: opened, its table found, its checksum and its rows being read on
     * their own threads. It needs no ledger yet, so the command line opens the ledger meanwhile.
     * Closing it stops what is still running.
     */
    public static final class Opened implements AutoCloseable {
        private final ImportRequest req;
        private final String fileName;
        private final Beside<String> sha;
        private final Workbook wb;
        private final Located loc;
        private final Reader reader;
        private final Thread producer;

        private Opened(ImportRequest req, String fileName, Beside<String> sha, Workbook wb, Located loc) {
            this.req = req;
            this.fileName = fileName;
            this.sha = sha;
            this.wb = wb;
            this.loc = loc;
            this.reader = new Reader(loc, fileName);
            this.producer = new Thread(reader, "import-reader");
            producer.setDaemon(true);
            producer.start();
        }

        @Override
        public void close() {
            try {
                reader.stop();
                producer.interrupt();
                try {
                    producer.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                loc.cursor().close();
            } finally {
                try {
                    wb.close();
                } finally {
                    sha.cancel();
                }
            }
        }
    }

    /** Opens the file, finds its table and starts reading it; a file that cannot be imported is refused here. */
    public static Opened open(ImportRequest req) {
        String fileName = req.file().getFileName().toString();
        // The checksum is taken on its own thread while the file is read and imported: on two cores that hides its cost.
        Beside<String> sha = new Beside<>("import-checksum", () -> checksum(req.file(), fileName));
        Workbook wb = null;
        try {
            wb = Spreadsheets.open(req.file());
            return new Opened(req, fileName, sha, wb, locate(wb, req));
        } catch (RuntimeException | Error e) {
            if (wb != null) {
                wb.close();
            }
            sha.cancel();
            throw e;
        }
    }

    /** Imports an opened file (closed by the caller). */
    public ImportResult run(Opened file, Consumer<ParsedRow> onRow, ImportProgress progress, int expectedRows) {
        ImportRequest req = file.req;
        Reader reader = file.reader;
        Sink.Context ctx = new Sink.Context(req, file.fileName, file.sha::get, file.wb.format(),
                file.loc.sheet().name(), file.loc.layout(), clock, onRow);
        if (req.dryRun()) {
            return ledger.read(s -> {
                try (Sink sink = sink(ctx, s, false)) {
                    return drain(sink, reader, progress, expectedRows);
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
            return ledger.write(s -> {
                // A big page cache for the length of the import: the default 2 MB makes SQLite spill
                // and re-read index pages of a 100,000-row transaction many times over.
                long cache = s.imports().cacheSize();
                s.imports().cacheSize(-IMPORT_CACHE_KIB);
                try {
                    ImportResult r;
                    try (Sink sink = sink(ctx, s, true)) {
                        r = drain(sink, reader, progress, expectedRows);
                    }
                    backup.get();
                    if (!r.written()) {
                        throw new NothingWritten(r);
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

    /** Work on its own thread beside the import, whose outcome the import waits for where it needs it. */
    private static final class Beside<T> {
        private final FutureTask<T> task;

        Beside(String name, Callable<T> work) {
            task = new FutureTask<>(work);
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        }

        /** The result; the work's own exception when it failed. */
        T get() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException(Messages.get("import.cancelled"));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Waits until the work has ended, however it ended: nothing it does outlives the import. */
        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    break;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Stops work whose result is no longer wanted (the file was refused); nothing when it is done. */
        void cancel() {
            task.cancel(true);
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

    private static ImportResult drain(Sink sink, Reader reader, ImportProgress progress, int expectedRows) {
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

    /** Reads and parses rows into batches on its own thread; failures are passed to the taker. */
    private static final class Reader implements Runnable {
        private final Located loc;
        private final String fileName;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private volatile boolean stopped;

        Reader(Located loc, String fileName) {
            this.loc = loc;
            this.fileName = fileName;
        }

        void stop() {
            stopped = true;
            queue.clear();
        }

        @Override
        public void run() {
            try {
                RowParser parser = new RowParser(loc.layout());
                List<ParsedRow> batch = new ArrayList<>(BATCH);
                boolean footer = false;
                int last = loc.layout().lastHeaderRow();
                List<Row> pending = new ArrayList<>(loc.top());
                int i = 0;
                Row r;
                while (!footer && !stopped) {
                    if (i < pending.size()) {
                        r = pending.get(i++);
                    } else {
                        r = loc.cursor().next();
                        if (r == null) {
                            break;
                        }
                    }
                    if (r.number() <= last || r.isBlank()) {
                        continue;
                    }
                    if (loc.layout().isFooter(r)) {
                        footer = true;
                        continue;
                    }
                    if (loc.layout().isSkippable(r)) {
                        continue;
                    }
                    batch.add(parser.parse(r));
                    if (batch.size() == BATCH) {
                        put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    put(batch);
                }
                put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                offer(damaged(fileName, e));
            } catch (RuntimeException | Error e) {
                offer(e);
            }
        }

        private void put(Object o) throws InterruptedException {
            while (!stopped) {
                if (queue.offer(o, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        }

        private void offer(Throwable t) {
            try {
                put(t);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @SuppressWarnings("unchecked")
        List<ParsedRow> take() {
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException(Messages.get("import.cancelled"));
            }
            if (o instanceof RuntimeException e) {
                throw e;
            }
            if (o instanceof Error e) {
                throw e;
            }
            return o == END ? null : (List<ParsedRow>) o;
        }
    }

    /**
     * Undoes the newest import not yet undone, in one transaction: what it inserted is
     * deleted and what it updated gets back its exact prior state. Refused when there is
     * none, or (unless {@code force}) when records it wrote were edited afterwards.
     */
    public static ImportStore.Undone undoLast(Ledger ledger, boolean force) {
        return ledger.write(s -> {
            ImportStore.BatchRow batch = s.imports().lastActive().orElseThrow(
                    () -> new IllegalArgumentException(Messages.get("import.undo.nothing")));
            int edited = s.imports().editedSince(batch.id());
            if (edited > 0 && !force) {
                throw new IllegalArgumentException(Messages.get("import.undo.edited", batch.fileName(), edited));
            }
            ImportStore.Undone u = s.imports().undo(batch.id());
            s.audit().append("import_batch", batch.id(), "UNDO", null,
                    "{\"file\":\"" + batch.fileName().replace("\\", "\\\\").replace("\"", "\\\"")
                            + "\",\"deleted\":" + u.deleted() + ",\"restored\":" + u.restored() + "}");
            return u;
        });
    }

    /** Whether the file still has the content a preview saw (the sender may have edited it since). */
    public static boolean sameContent(Path file, String sha256) {
        try {
            return sha256 != null && sha256.equals(sha256(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static String checksum(Path file, String fileName) {
        try {
            return sha256(file);
        } catch (IOException e) {
            throw new FileRefusedException(FileRefusedException.Cause.UNREADABLE, "import.refused.unreadable", e,
                    fileName, e.getMessage());
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest()).toLowerCase(Locale.ROOT);
    }
}
