package org.xinye.ledger.ui.support;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * {@link Background} on {@code javafx.concurrent.Task} and a small pool of daemon threads.
 * The newest running task is published for the status bar (progress bar and cancel).
 */
public final class FxBackground implements Background, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxBackground.class.getName());
    private final ExecutorService pool;
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>(this, "current");
    private final IntegerProperty unfinished = new SimpleIntegerProperty(this, "unfinished");

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
        return submit(title, job, onSuccess, onFailure, null);
    }

    @Override
    public <T> Handle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                             Runnable cancel) {
        JobTask<T> task = new JobTask<>(title, job, cancel);
        task.setOnSucceeded(e -> {
            clear(task);
            try {
                onSuccess.accept(task.getValue());
            } finally {
                ended();
            }
        });
        task.setOnFailed(e -> {
            clear(task);
            LOG.log(Level.WARNING, "background job failed: " + title, task.getException());
            try {
                onFailure.accept(task.getException());
            } finally {
                ended();
            }
        });
        task.setOnCancelled(e -> {
            clear(task);
            ended();
        });
        if (pool.isShutdown()) {
            // The window is closing: a result that arrives now may still ask for more (the next
            // page of a table), which nobody will see.
            return () -> { };
        }
        unfinished.set(unfinished.get() + 1);
        current.set(task);
        pool.execute(task);
        return () -> task.cancel(false);
    }

    /** A task that is also the job's progress sink. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final Job<T> job;
        private final Runnable pageCancel;

        JobTask(String title, Job<T> job, Runnable pageCancel) {
            this.job = job;
            this.pageCancel = pageCancel;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void update(double fraction, String message) {
            if (fraction < 0) {
                updateProgress(-1, 1);
            } else {
                updateProgress(Math.min(1.0, fraction), 1.0);
            }
            if (message != null) {
                updateMessage(message);
            }
        }
    }

    /**
     * The status bar's 取消 for {@code task}: the page's own cancel when it has one (the job then
     * ends as the page says, and the page hears how), otherwise the job is dropped. FX thread.
     */
    public static void cancel(Task<?> task) {
        if (task instanceof JobTask<?> j && j.pageCancel != null) {
            j.pageCancel.run();
        } else {
            task.cancel(false);
        }
    }

    @Override
    public void onUiThread(Runnable r) {
        javafx.application.Platform.runLater(r);
    }

    /** True when every job submitted has ended: what a window test waits for instead of sleeping. */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    private void ended() {
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
