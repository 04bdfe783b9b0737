package org.xinye.ledger.ui.support;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.xinye.ledger.domain.Messages;

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

        /**
         * The job's point of no return, asked just before it commits (or moves its file into
         * place): false when a cancel has been asked, and the job must then stop without
         * writing; true otherwise, and from then on a cancel is refused (the status bar's
         * button reads 正在写入…) and the job runs to its end.
         */
        default boolean committing() {
            return !isCancelled();
        }

        /** Stops the job ({@link CancellationException}) when a cancel has been asked: a check between steps. */
        default void stopIfCancelled() {
            if (isCancelled()) {
                throw new CancellationException(Messages.get("task.cancelled"));
            }
        }

        /** {@link #committing()}, stopping the job ({@link CancellationException}) when it answers false. */
        default void commitOrStop() {
            if (!committing()) {
                throw new CancellationException(Messages.get("task.cancelled"));
            }
        }

        /**
         * {@link #commitOrStop()}, then {@code value}: the last step of a transaction's work, so a
         * cancel asked until then rolls it back ({@code ledger.write(s -> p.commitWith(change(s)))}).
         */
        default <T> T commitWith(T value) {
            commitOrStop();
            return value;
        }
    }

    /**
     * What the status bar's 取消 can still do for a job that writes: ask it to stop
     * ({@code AVAILABLE}); nothing, as a stop was asked and the job is ending
     * ({@code CANCELLING}, the button reads 正在取消…); or nothing, as the job is past its point
     * of no return ({@code WRITING}, the button reads 正在写入…).
     */
    enum Stop {
        AVAILABLE, CANCELLING, WRITING
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
     * Runs a job that writes (the ledger, or a file the user asked for). The status bar's 取消
     * does not drop it: it asks the job to stop ({@link Progress#isCancelled()}), which it honours
     * up to its {@link Progress#committing()}; the job's true outcome is shown once it has
     * ended: nothing written ({@code onFailure} is not called for a {@link CancellationException}
     * after a cancel: the status bar says it was cancelled), or written ({@code onSuccess}).
     * Quitting the window while such a job runs asks first.
     */
    default <T> Handle submitWrite(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
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
