package org.xinye.ledger.io.submission;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.rollup.CityContext;
import org.xinye.ledger.store.rollup.CityMerge;
import org.xinye.ledger.store.rollup.Received;
import org.xinye.ledger.store.rollup.Rollups;
import org.xinye.ledger.store.rollup.Staging;
import org.xinye.ledger.store.rollup.StepTimer;
import org.xinye.ledger.store.rollup.SubmissionCheck;
import org.xinye.ledger.store.rollup.SubmissionRefused;

/**
 * A roll-up of submission files into a city ledger: each file is opened and checked (its checksum
 * or tag, then {@link SubmissionCheck}) and, when it passes, staged; then all that passed count at
 * once ({@link Rollups#finish}). A refused file changes nothing and is reported with its reason;
 * the others go ahead. The next files are opened and checked on two other threads while the current
 * one is copied in, so the cores of an office PC share the work; whether a file fits what the city
 * holds is decided in file order.
 */
public final class RollupJob {
    private static final System.Logger LOG = System.getLogger(RollupJob.class.getName());
    /** Files opened and checked side by side, ahead of the one being copied in. */
    private static final int CHECKERS = 2;
    /** A file not taken in, and why. */
    public record Refusal(Path file, SubmissionRefused.Reason reason, String message) {
    }

    /** What a roll-up did: the files taken in, those refused, and what the city counts now (null: nothing taken). */
    public record Outcome(List<Rollups.Taken> taken, List<Refusal> refused, CityMerge.Result merged) {
    }

    /** Hears which file is being worked on (0-based) of how many; {@code total} for the final rebuild. */
    public interface Progress {
        Progress NONE = (done, total, file) -> { };

        void step(int done, int total, Path file);
    }

    private record Checked(SubmissionFile.Opened opened, Received received, Refusal refusal) {
    }

    private final Ledger city;
    private final Clock clock;

    public RollupJob(Ledger city, Clock clock) {
        this.city = city;
        this.clock = clock;
    }

    public Outcome run(List<Path> files, char[] password, Progress progress, BooleanSupplier cancelled) {
        return run(files, password, progress, cancelled, () -> !cancelled.getAsBoolean());
    }

    /**
     * Rolls {@code files} up; {@code cancelled} is asked between files, and {@code commit} just
     * before the staged submissions are merged into the city's records (the point of no return):
     * false there stops it ({@link CancellationException}) and the staged rows are removed.
     */
    public Outcome run(List<Path> files, char[] password, Progress progress, BooleanSupplier cancelled,
                       BooleanSupplier commit) {
        long runId = Rollups.begin(city, clock.instant());
        CityContext context = city.read(CityContext::of);
        List<Long> staged = new ArrayList<>();
        List<Received> received = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        ExecutorService checker = Executors.newFixedThreadPool(CHECKERS, r -> {
            Thread t = new Thread(r, "rollup-check");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<Future<Checked>> ahead = new java.util.ArrayDeque<>();
        try {
            int submitted = 0;
            for (int i = 0; i < files.size(); i++) {
                while (submitted < files.size() && submitted <= i + CHECKERS - 1) {
                    ahead.add(checker.submit(check(files.get(submitted++), password, context)));
                }
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                progress.step(i, files.size(), files.get(i));
                Checked current = await(ahead.poll());
                if (current.refusal() == null) {
                    try {
                        SubmissionCheck.fit(current.received(), context);
                    } catch (SubmissionRefused e) {
                        current.opened().close();
                        current = new Checked(null, null, new RollupJob.Refusal(files.get(i), e.reason(),
                                e.getLocalizedMessage()));
                    }
                }
                if (current.refusal() != null) {
                    refused.add(current.refusal());
                    continue;
                }
                try (SubmissionFile.Opened opened = current.opened()) {
                    StepTimer t = new StepTimer(LOG, files.get(i).getFileName().toString());
                    staged.add(Staging.stage(city, current.received(), runId, clock.instant()));
                    received.add(current.received());
                    t.lap("staged");
                }
            }
            if (!commit.getAsBoolean()) {
                throw new CancellationException();
            }
            progress.step(files.size(), files.size(), null);
            StepTimer t = new StepTimer(LOG, "roll-up");
            CityMerge.Result merged = Rollups.finish(city, runId, staged, clock.instant());
            t.lap("merged and committed");
            return new Outcome(staged.isEmpty() ? List.of() : Rollups.taken(city, staged, received), refused, merged);
        } catch (RuntimeException e) {
            Rollups.abandon(city, runId);
            throw e;
        } finally {
            for (Future<Checked> pending : ahead) {
                Checked left = awaitQuietly(pending);
                if (left != null && left.opened() != null) {
                    left.opened().close();
                }
            }
            checker.shutdownNow();
        }
    }

    private static java.util.concurrent.Callable<Checked> check(Path file, char[] password, CityContext context) {
        return () -> {
            SubmissionFile.Opened opened = null;
            try {
                StepTimer t = new StepTimer(LOG, file.getFileName().toString());
                opened = SubmissionFile.open(file, password);
                t.lap("opened");
                Received r = SubmissionCheck.check(file, opened.database(), opened.sha256(), context);
                t.lap("checked");
                return new Checked(opened, r, null);
            } catch (SubmissionRefused e) {
                if (opened != null) {
                    opened.close();
                }
                return new Checked(null, null, new Refusal(file, e.reason(), e.getLocalizedMessage()));
            } catch (RuntimeException e) {
                if (opened != null) {
                    opened.close();
                }
                throw e;
            }
        };
    }

    private static Checked await(Future<Checked> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Checked awaitQuietly(Future<Checked> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | CancellationException e) {
            return null;
        }
    }
}
