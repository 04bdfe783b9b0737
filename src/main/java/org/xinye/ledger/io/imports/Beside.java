package org.xinye.ledger.io.imports;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.xinye.ledger.domain.Await;
import org.xinye.ledger.domain.Messages;

/** Work on its own thread beside the import, whose outcome the import waits for where it needs it. */
final class Beside<T> {
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
            throw Await.failure(e);
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
