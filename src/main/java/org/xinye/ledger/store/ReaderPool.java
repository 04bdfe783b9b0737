package org.xinye.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** The ledger's few read-only connections, opened on first need and reused. */
final class ReaderPool {
    private final Path file;
    private final int size;
    private final BlockingQueue<Connection> idle;
    private int open;
    private volatile boolean closed;

    ReaderPool(Path file, int size) {
        this.file = file;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** An idle reader, a new one while fewer than {@code size} are open, else the next one given back. */
    Connection borrow() {
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (open < size) {
                try {
                    Connection fresh = Connections.connect(file, true);
                    open++;
                    return fresh;
                } catch (SQLException e) {
                    throw Failures.translate(e);
                }
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.IO, "store.interrupted", e);
        }
    }

    /**
     * Takes a reader back (closed instead once the pool is). The caller has ended its
     * transaction: the driver opens the next one right after a commit, and a pooled reader
     * left like that keeps its old snapshot, so the next read would miss the latest write.
     */
    void giveBack(Connection c) {
        if (closed || !idle.offer(c)) {
            Connections.closeQuietly(c);
        }
    }

    /** Closes the idle readers; those still borrowed are closed as they come back. */
    void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            Connections.closeQuietly(c);
        }
    }
}
