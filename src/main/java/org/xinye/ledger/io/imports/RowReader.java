package org.xinye.ledger.io.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.sheet.Row;

/**
 * Reads and parses a sheet's data rows into batches on its own thread, so reading overlaps
 * with the writing of the rows before; failures are passed to the taker.
 */
final class RowReader implements Runnable {
    private static final Object END = new Object();

    private final SheetLocator.Located loc;
    private final String fileName;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private volatile boolean stopped;
    /** Set up and used on the reading thread only. */
    private RowParser parser;
    private int last;
    private List<ParsedRow> batch = new ArrayList<>(Importer.BATCH);

    RowReader(SheetLocator.Located loc, String fileName) {
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
            parser = new RowParser(loc.layout());
            last = loc.layout().lastHeaderRow();
            List<Row> pending = new ArrayList<>(loc.top());
            int i = 0;
            Row r;
            boolean footer = false;
            while (!footer && !stopped) {
                if (i < pending.size()) {
                    r = pending.get(i++);
                } else {
                    r = loc.cursor().next();
                    if (r == null) {
                        break;
                    }
                }
                footer = read(r);
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            offer(SheetLocator.damaged(fileName, e));
        } catch (RuntimeException | Error e) {
            offer(e);
        }
    }

    /**
     * Parses one row into the batch, passing the batch on when full; true at the table's footer. A
     * method called per row, so the JVM compiles it soon (the loop above runs once and stays interpreted).
     */
    private boolean read(Row r) throws InterruptedException {
        if (r.number() <= last || r.isBlank()) {
            return false;
        }
        if (loc.layout().isFooter(r)) {
            return true;
        }
        if (loc.layout().isSkippable(r)) {
            return false;
        }
        batch.add(parser.parse(r));
        if (batch.size() == Importer.BATCH) {
            put(batch);
            batch = new ArrayList<>(Importer.BATCH);
        }
        return false;
    }

    private void put(Object o) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
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
