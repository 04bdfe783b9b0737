package org.xinye.ledger.domain;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Waiting for work started on a side thread at start-up (reading preferences, opening the ledger). */
public final class Await {
    private Await() {
    }

    /**
     * The task's result, its own unchecked failure rethrown as it was (so a refusal keeps its
     * message and exit code); an interrupt is kept for the caller, not lost.
     */
    public static <T> T result(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw failure(e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What a task failed with, to throw as it was: its own unchecked exception, or its error
     * (thrown from here); a checked one wrapped in an {@link IllegalStateException}.
     */
    public static RuntimeException failure(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getCause());
    }
}
