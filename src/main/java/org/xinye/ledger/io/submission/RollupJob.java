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
import org.xinye.ledger.store.rollup.SubmissionCheck;
import org.xinye.ledger.store.rollup.SubmissionRefused;

/**
 * A roll-up of submission files into a city ledger: each file is opened and checked (its checksum
 * or tag, then {@link SubmissionCheck}) and, when it passes, staged; then all that passed count at
 * once ({@link Rollups#finish}). A refused file changes nothing and is reported with its reason;
 * the others go ahead. The next file is opened and checked on a second thread while the current
 * one is copied in, so the two cores of an office PC share the work.
 */
public final class RollupJob {
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
        long runId = Rollups.begin(city, clock.instant());
        CityContext context = city.read(CityContext::of);
        List<Long> staged = new ArrayList<>();
        List<Received> received = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rollup-check");
            t.setDaemon(true);
            return t;
        });
        Future<Checked> next = null;
        try {
            next = checker.submit(check(files.get(0), password, context));
            for (int i = 0; i < files.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                progress.step(i, files.size(), files.get(i));
                Checked current = await(next);
                next = i + 1 < files.size() ? checker.submit(check(files.get(i + 1), password, context)) : null;
                if (current.refusal() != null) {
                    refused.add(current.refusal());
                    continue;
                }
                try (SubmissionFile.Opened opened = current.opened()) {
                    staged.add(Staging.stage(city, current.received(), runId, clock.instant()));
                    received.add(current.received());
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            progress.step(files.size(), files.size(), null);
            CityMerge.Result merged = Rollups.finish(city, runId, staged, clock.instant());
            return new Outcome(staged.isEmpty() ? List.of() : Rollups.taken(city, staged, received), refused, merged);
        } catch (RuntimeException e) {
            Rollups.abandon(city, runId);
            throw e;
        } finally {
            if (next != null) {
                Checked pending = awaitQuietly(next);
                if (pending != null && pending.opened() != null) {
                    pending.opened().close();
                }
            }
            checker.shutdownNow();
        }
    }

    private static java.util.concurrent.Callable<Checked> check(Path file, char[] password, CityContext context) {
        return () -> {
            SubmissionFile.Opened opened = null;
            try {
                opened = SubmissionFile.open(file, password);
                Received r = SubmissionCheck.check(file, opened.database(), opened.sha256(), context);
                context.accept(r);
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
