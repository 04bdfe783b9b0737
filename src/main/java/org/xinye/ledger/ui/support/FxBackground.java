package org.xinye.ledger.ui.support;

import java.lang.System.Logger.Level;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.xinye.ledger.domain.Messages;

/**
 * {@link Background} on {@code javafx.concurrent.Task} and a small pool of daemon threads.
 * The newest running task is published for the status bar (progress bar and cancel).
 */
public final class FxBackground implements Background, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxBackground.class.getName());
    private final ExecutorService pool;
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>(this, "current");
    private final IntegerProperty unfinished = new SimpleIntegerProperty(this, "unfinished");
    private final IntegerProperty writing = new SimpleIntegerProperty(this, "writing");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    /** The jobs submitted and not ended. FX thread. */
    private final Set<JobTask<?>> running = new LinkedHashSet<>();

    public FxBackground() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The task the status bar shows, or null when idle. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current;
    }

    /**
     * How many submitted jobs have not ended yet (0: idle); a job ends once its callback has
     * run (or it was cancelled). Changes on the FX thread.
     */
    public ReadOnlyIntegerProperty unfinishedProperty() {
        return unfinished;
    }

    @Override
    public <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return start(new JobTask<>(title, job, null, false), onSuccess, onFailure);
    }

    @Override
    public <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                             Runnable cancel) {
        return start(new JobTask<>(title, job, cancel, true), onSuccess, onFailure);
    }

    @Override
    public <T> Handle submitWrite(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return start(new JobTask<>(title, job, null, true), onSuccess, onFailure);
    }

    private <T> Handle start(JobTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        String title = task.getTitle();
        task.setOnSucceeded(e -> {
            clear(task);
            try {
                onSuccess.accept(task.getValue());
            } finally {
                ended(task);
            }
        });
        task.setOnFailed(e -> {
            clear(task);
            try {
                if (task.stopped()) {
                    // It honoured the cancel: nothing was written, and the status bar says so.
                    notice.set(Messages.get("task.cancelledNotice", title.replaceFirst("…$", "")));
                } else {
                    LOG.log(Level.WARNING, "background job failed: " + title, task.getException());
                    onFailure.accept(task.getException());
                }
            } finally {
                ended(task);
            }
        });
        task.setOnCancelled(e -> {
            clear(task);
            ended(task);
        });
        if (pool.isShutdown()) {
            // The window is closing: a result that arrives now may still ask for more (the next
            // page of a table), which nobody will see.
            return () -> { };
        }
        unfinished.set(unfinished.get() + 1);
        if (task.writes) {
            writing.set(writing.get() + 1);
        }
        notice.set("");
        current.set(task);
        running.add(task);
        pool.execute(task);
        return () -> task.cancel(false);
    }

    /** A task that runs a job and is its progress sink; a job that writes is asked to stop rather than dropped. */
    private final class JobTask<T> extends Task<T> {
        private final Job<T> job;
        private final Runnable pageCancel;
        private final boolean writes;
        /** The race between a cancel and the job's point of no return, decided on the job's thread. */
        private final AtomicReference<Stop> race = new AtomicReference<>(Stop.AVAILABLE);
        /** {@link #race} as the FX thread shows it. */
        private final ObjectProperty<Stop> stop = new SimpleObjectProperty<>(Stop.AVAILABLE);

        JobTask(String title, Job<T> job, Runnable pageCancel, boolean writes) {
            this.job = job;
            this.pageCancel = pageCancel;
            this.writes = writes;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return job.run(new Progress() {
                @Override
                public void update(double fraction, String message) {
                    updateProgress(fraction < 0 ? -1 : Math.min(1.0, fraction), 1.0);
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return race.get() == Stop.CANCELLING || JobTask.this.isCancelled();
                }

                @Override
                public boolean committing() {
                    if (JobTask.this.isCancelled() || !race.compareAndSet(Stop.AVAILABLE, Stop.WRITING)
                            && race.get() != Stop.WRITING) {
                        return false;
                    }
                    Platform.runLater(() -> stop.set(Stop.WRITING));
                    return true;
                }
            });
        }

        /** Asks the job to stop; false when it is past its point of no return. FX thread. */
        boolean askToStop() {
            if (race.compareAndSet(Stop.AVAILABLE, Stop.CANCELLING) || race.get() == Stop.CANCELLING) {
                stop.set(Stop.CANCELLING);
                return true;
            }
            return false;
        }

        /** The job ended by honouring a cancel that was asked. */
        boolean stopped() {
            return race.get() == Stop.CANCELLING && getException() instanceof CancellationException;
        }
    }

    /**
     * The status bar's 取消 for {@code task}: the page's own cancel when it has one (the job then
     * ends as the page says, and the page hears how); for a job that writes, a request to stop,
     * honoured up to its point of no return, whose outcome shows when the job has ended;
     * otherwise (a read) the job is dropped. FX thread.
     */
    public static void cancel(Task<?> task) {
        if (task instanceof FxBackground.JobTask<?> j && j.pageCancel != null) {
            j.pageCancel.run();
        } else if (task instanceof FxBackground.JobTask<?> j && j.writes) {
            j.askToStop();
        } else {
            task.cancel(false);
        }
    }

    /**
     * What the status bar's 取消 can still do for {@code task} (a read or a page's own cancel:
     * always {@code AVAILABLE}). FX thread.
     */
    public static ObservableValue<Stop> stopOf(Task<?> task) {
        if (task instanceof FxBackground.JobTask<?> j && j.pageCancel == null && j.writes) {
            return j.stop;
        }
        return new SimpleObjectProperty<>(Stop.AVAILABLE);
    }

    /** Asks every job that writes to stop (the window is being closed); answers how many must still end. FX thread. */
    public int askAllToStop() {
        for (JobTask<?> t : List.copyOf(running)) {
            if (t.pageCancel != null) {
                t.pageCancel.run();
            } else if (t.writes) {
                t.askToStop();
            }
        }
        return writing.get();
    }

    /** The title of the oldest job that writes and has not ended, or empty. FX thread. */
    public String writingTitle() {
        return running.stream().filter(t -> t.writes).findFirst().map(Task::getTitle).orElse("");
    }

    /** How many jobs that write have not ended yet. Changes on the FX thread. */
    public ReadOnlyIntegerProperty writingProperty() {
        return writing;
    }

    /** The last word about a job that ended without a result of its own (已取消 …), or empty. FX thread. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    @Override
    public void onUiThread(Runnable r) {
        Platform.runLater(r);
    }

    /** True when every job submitted has ended: what a window test waits for instead of sleeping. */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    private void ended(JobTask<?> task) {
        running.remove(task);
        if (task.writes) {
            writing.set(writing.get() - 1);
        }
        unfinished.set(unfinished.get() - 1);
    }

    private void clear(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
