package org.xinye.ledger.ui.support;

import java.util.function.Consumer;

/**
 * Runs slow work (database, files, reports) off the FX thread and hands the result back on
 * it. The FX implementation uses {@code javafx.concurrent.Task}; tests can use
 * {@link #sameThread()}.
 */
public interface Background {

    /** What a job may report while it runs. */
    interface Progress {
        /** Fraction 0–1 (negative: indeterminate) and a short message. */
        void update(double fraction, String message);

        boolean isCancelled();
    }

    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** A submitted job; {@link #cancel()} asks it to stop at its next progress check. */
    interface Handle {
        void cancel();
    }

    /**
     * Runs {@code job} in the background. {@code onSuccess} and {@code onFailure} run on the
     * FX thread; a cancelled job calls neither.
     */
    <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Like {@link #submit(String, Job, Consumer, Consumer)}, for a job whose page has its own
     * 取消 with its own meaning ({@code cancel}, run on the FX thread): the window's other cancel
     * (the status bar's) runs that instead of dropping the job, so the page still hears how the
     * job really ended. Test executors ignore it.
     */
    default <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                              Runnable cancel) {
        return submit(title, job, onSuccess, onFailure);
    }

    /**
     * Runs {@code r} on the FX thread, after what is already queued there: how a running job
     * tells the page something before it ends (that it passed its point of no return). Test
     * executors, which run jobs on the calling thread, run it at once.
     */
    default void onUiThread(Runnable r) {
        r.run();
    }

    /** Runs everything at once on the calling thread: for view-model tests. */
    static Background sameThread() {
        return new Background() {
            @Override
            public <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                Progress quiet = new Progress() {
                    @Override
                    public void update(double fraction, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                };
                T result;
                try {
                    result = job.run(quiet);
                } catch (Exception e) {
                    onFailure.accept(e);
                    return () -> { };
                }
                onSuccess.accept(result);
                return () -> { };
            }
        };
    }
}
