package org.xinye.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * The whole-file check ({@code quick_check}) of a big ledger that {@link Ledger#openCheckingLater}
 * put off until after opening. Until it has passed, the ledger refuses every write: with
 * {@code store.checkPending} while it runs, with {@code store.damaged} once it found damage.
 * It runs on a connection of its own, which closing the ledger interrupts.
 */
final class DeferredCheck {
    private enum State { PENDING, PASSED, DAMAGED }

    private final Path file;
    private volatile State state = State.PENDING;
    private Connection running;
    private volatile boolean interrupted;

    DeferredCheck(Path file) {
        this.file = file;
    }

    boolean passed() {
        return state == State.PASSED;
    }

    /** Runs the check; damage marks the ledger damaged and is thrown ({@code store.damaged}). */
    void run() {
        Connection c;
        try {
            c = Connections.openReadOnly(file);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
        try {
            synchronized (this) {
                if (interrupted) {
                    throw closed();
                }
                running = c;
            }
            LedgerGate.requireSound(c, file);
        } catch (StoreException e) {
            if (interrupted) {
                throw closed();
            }
            if (e.kind() == StoreException.Kind.CORRUPT) {
                state = State.DAMAGED;
            }
            throw e;
        } finally {
            synchronized (this) {
                running = null;
            }
            Connections.closeQuietly(c);
        }
    }

    /** Called once the check passed and what opening does after it is done. */
    void pass() {
        state = State.PASSED;
    }

    void requirePassed() {
        switch (state) {
            case PASSED -> { }
            case DAMAGED -> throw new StoreException(StoreException.Kind.CORRUPT, "store.damaged", null, file);
            case PENDING -> throw new StoreException(StoreException.Kind.READ_ONLY, "store.checkPending", null, file);
        }
    }

    /** Stops a running check (the ledger is closing). */
    synchronized void interrupt() {
        interrupted = true;
        if (running != null) {
            try {
                ((SQLiteConnection) running).getDatabase().interrupt();
            } catch (SQLException e) {
                // The check then ends on its own; closing goes on.
            }
        }
    }

    private IllegalStateException closed() {
        return new IllegalStateException("ledger closed during its check: " + file);
    }
}
