package org.xinye.ledger.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link Background} the test drives. {@link #runNow()} runs each job and hands its result
 * over before {@code submit} returns; {@link #stepwise()} queues each job until the test says
 * so, one phase at a time ({@link Task#start()} runs the work, {@link Task#deliver()} hands the
 * outcome to the page), and the test may cancel at any phase: before it starts, while it runs
 * (at its n-th progress report, {@link Task#cancelAtProgress}) or after it finished but before
 * its outcome reached the page.
 *
 * <p>The contract is {@link Background}'s: a cancelled job calls neither of its callbacks, and
 * a job asked to stop sees {@link Background.Progress#isCancelled()} from then on.
 */
public final class StepBackground implements Background {
    /** Where a job is. */
    public enum Phase {
        /** Submitted, not started. */
        QUEUED,
        /** Its work is running. */
        RUNNING,
        /** Its work returned or threw; the page has not heard yet. */
        FINISHED,
        /** Its callback ran. */
        DELIVERED,
        /** Cancelled; no callback ran nor will. */
        CANCELLED
    }

    private final boolean immediate;
    private final List<Task<?>> jobs = new ArrayList<>();

    private StepBackground(boolean immediate) {
        this.immediate = immediate;
    }

    /** Every job runs to its callback inside {@code submit}, on the calling thread. */
    public static StepBackground runNow() {
        return new StepBackground(true);
    }

    /** Every job waits in a queue until the test runs it ({@link #runAll()}, {@link #next()}). */
    public static StepBackground stepwise() {
        return new StepBackground(false);
    }

    @Override
    public <T> Handle submit(String title, Background.Job<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return add(new Task<>(title, work, onSuccess, onFailure, false));
    }

    @Override
    public <T> Handle submitWrite(String title, Background.Job<T> work, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        return add(new Task<>(title, work, onSuccess, onFailure, true));
    }

    private <T> Handle add(Task<T> job) {
        jobs.add(job);
        if (immediate) {
            job.run();
        }
        return job::cancel;
    }

    /** Every job submitted so far, oldest first, whatever its phase. */
    public List<Task<?>> submitted() {
        return List.copyOf(jobs);
    }

    /** The jobs not yet delivered nor cancelled, oldest first. */
    public List<Task<?>> pending() {
        return jobs.stream().filter(j -> j.phase == Phase.QUEUED || j.phase == Phase.FINISHED).toList();
    }

    /** The oldest pending job; fails the test when there is none. */
    public Task<?> next() {
        List<Task<?>> p = pending();
        if (p.isEmpty()) {
            throw new AssertionError("no background job is waiting");
        }
        return p.get(0);
    }

    /** The newest pending job with this title; fails the test when there is none. */
    public Task<?> pending(String title) {
        List<Task<?>> p = pending().stream().filter(j -> j.title.equals(title)).toList();
        if (p.isEmpty()) {
            throw new AssertionError("no background job \"" + title + "\" is waiting; pending: "
                    + pending().stream().map(Task::title).toList());
        }
        return p.get(p.size() - 1);
    }

    /** Runs and delivers every pending job, also those the callbacks submit, oldest first; answers how many ran. */
    public int runAll() {
        int n = 0;
        while (!pending().isEmpty()) {
            next().run();
            n++;
        }
        return n;
    }

    /** One submitted job and its phases. */
    public final class Task<T> implements Progress {
        private final String title;
        private final Background.Job<T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private final List<Double> fractions = new ArrayList<>();
        private Phase phase = Phase.QUEUED;
        private boolean cancelled;
        private int cancelAt = -1;
        private Consumer<String> onProgress = m -> { };
        private Runnable onCommitted = () -> { };
        private T value;
        private Throwable failure;

        private final boolean writes;
        private boolean committed;

        private Task(String title, Background.Job<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                     boolean writes) {
            this.writes = writes;
            this.title = title;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        public String title() {
            return title;
        }

        public Phase phase() {
            return phase;
        }

        /** The fractions the job reported, in order. */
        public List<Double> progress() {
            return List.copyOf(fractions);
        }

        /** The exception the work ended with, once finished (null: it returned). */
        public Throwable failure() {
            return failure;
        }

        /** Runs the work on the calling thread; its outcome waits for {@link #deliver()}. */
        public Task<T> start() {
            if (phase != Phase.QUEUED) {
                throw new IllegalStateException(title + " cannot start: " + phase);
            }
            phase = Phase.RUNNING;
            try {
                value = work.run(this);
            } catch (Exception e) {
                failure = e;
            }
            // A job that writes and was asked to stop is cancelled only when it stopped; one that went on
            // (past its point of no return, or not listening) delivers what really happened.
            phase = cancelled && (!writes || failure instanceof java.util.concurrent.CancellationException)
                    ? Phase.CANCELLED : Phase.FINISHED;
            return this;
        }

        /** Hands the outcome to the page, as the FX thread would. */
        public Task<T> deliver() {
            if (phase == Phase.CANCELLED) {
                return this;
            }
            if (phase != Phase.FINISHED) {
                throw new IllegalStateException(title + " cannot deliver: " + phase);
            }
            phase = Phase.DELIVERED;
            if (failure == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(failure);
            }
            return this;
        }

        /** {@link #start()} then {@link #deliver()}. */
        public Task<T> run() {
            return start().deliver();
        }

        /**
         * Asks the job to stop, at whatever phase it is; a delivered job is past stopping, and so is
         * a job that writes once it passed its point of no return ({@link #committed()}).
         */
        public void cancel() {
            // A write that has ended is delivered whatever was asked: its outcome is what happened.
            if (phase == Phase.DELIVERED || committed || writes && phase == Phase.FINISHED) {
                return;
            }
            cancelled = true;
            // A queued write still starts, as on the window's pool, and stops itself (it may hold a staged file).
            if (phase != Phase.RUNNING && !(writes && phase == Phase.QUEUED)) {
                phase = Phase.CANCELLED;
            }
        }

        /** Cancels the job while it runs, when it reports progress for the {@code nth} time (1 = the first). */
        public Task<T> cancelAtProgress(int nth) {
            cancelAt = nth;
            return this;
        }

        /**
         * Runs {@code action} with the message of each progress report while the job runs, on its
         * thread: how a test acts at a phase the job announces (a cancel while it writes).
         */
        public Task<T> onProgress(Consumer<String> action) {
            onProgress = action;
            return this;
        }

        @Override
        public void update(double fraction, String message) {
            fractions.add(fraction);
            onProgress.accept(message);
            if (fractions.size() == cancelAt) {
                cancel();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean committing() {
            if (cancelled) {
                return false;
            }
            committed = true;
            onCommitted.run();
            return true;
        }

        /**
         * Runs {@code action} on the job's thread just after it passed its point of no return
         * ({@link #committing()} answered true): how a test cancels while the job writes.
         */
        public Task<T> onCommitted(Runnable action) {
            onCommitted = action;
            return this;
        }

        /** True once the job passed its point of no return: a cancel is refused from then on. */
        public boolean committed() {
            return committed;
        }

        /** True for a job submitted with {@link Background#submitWrite}. */
        public boolean writes() {
            return writes;
        }

        @Override
        public String toString() {
            return title + " (" + phase + ")";
        }
    }
}
