package org.xinye.ledger.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.domain.Messages;

/**
 * The window's executor: the status bar's 取消 on a job that writes asks it to stop instead of
 * dropping it. Before the job's point of no return the job stops, no callback runs and the
 * status bar says it was cancelled; from the point of no return the button reads 正在写入…, the
 * cancel is refused and the job's outcome is delivered. A read is still dropped at once.
 */
class FxBackgroundCancelTest {
    private final FxBackground background = new FxBackground();
    private final AtomicReference<Object> delivered = new AtomicReference<>();
    private final AtomicReference<Throwable> failed = new AtomicReference<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Messages.use(Messages.CHINESE);
    }

    @AfterEach
    void close() {
        background.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch l) {
        try {
            assertTrue(l.await(10, TimeUnit.SECONDS), "the job did not get there");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, background::isIdle);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Task<?> submitWrite(Background.Job<Integer> job) throws Exception {
        return fx(() -> {
            background.submitWrite("正在写…", job, delivered::set, failed::set);
            return background.currentProperty().get();
        });
    }

    @Test
    void aWriteCancelledBeforeItsPointOfNoReturnStopsAndNothingIsDelivered() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean wrote = new AtomicBoolean();
        Task<?> task = submitWrite(p -> {
            started.countDown();
            await(go);
            p.commitOrStop();
            wrote.set(true);
            return 1;
        });
        await(started);
        assertEquals(1, (int) fx(() -> background.writingProperty().get()));
        assertEquals("正在写…", fx(background::writingTitle));
        fx(() -> {
            FxBackground.cancel(task);
            return null;
        });
        assertEquals(Background.Stop.CANCELLING, fx(() -> FxBackground.stopOf(task).getValue()));
        assertFalse(fx(() -> background.isIdle()), "not said to be cancelled before the job ended");
        go.countDown();
        settle();
        assertFalse(wrote.get(), "it stopped before writing");
        assertNull(delivered.get());
        assertNull(failed.get(), "a cancel honoured is no failure");
        assertEquals(Messages.get("task.cancelledNotice", "正在写"), fx(() -> background.noticeProperty().get()));
        assertEquals(0, (int) fx(() -> background.writingProperty().get()));
    }

    @Test
    void aWritePastItsPointOfNoReturnRefusesTheCancelAndDeliversItsOutcome() throws Exception {
        CountDownLatch committed = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        Task<?> task = submitWrite(p -> {
            p.commitOrStop();
            committed.countDown();
            await(go);
            return 7;
        });
        await(committed);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Background.Stop.WRITING, fx(() -> FxBackground.stopOf(task).getValue()));
        fx(() -> {
            FxBackground.cancel(task);
            return null;
        });
        assertEquals(Background.Stop.WRITING, fx(() -> FxBackground.stopOf(task).getValue()), "refused");
        go.countDown();
        settle();
        assertEquals(7, delivered.get());
        assertEquals("", fx(() -> background.noticeProperty().get()));
    }

    @Test
    void quittingAsksEveryWriteToStop() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        submitWrite(p -> {
            started.countDown();
            await(go);
            p.commitOrStop();
            return 1;
        });
        await(started);
        assertEquals(1, (int) fx(background::askAllToStop), "one write still to end");
        go.countDown();
        settle();
        assertNull(delivered.get());
        assertEquals(0, (int) fx(() -> background.writingProperty().get()));
    }

    @Test
    void aReadIsStillDroppedAtOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Task<?> task = fx(() -> {
            background.submit("正在读…", p -> {
                await(go);
                return 1;
            }, delivered::set, failed::set);
            return background.currentProperty().get();
        });
        assertEquals(Background.Stop.AVAILABLE, fx(() -> FxBackground.stopOf(task).getValue()));
        fx(() -> {
            FxBackground.cancel(task);
            return null;
        });
        assertTrue(fx(() -> background.isIdle()), "a read is dropped at once");
        assertEquals(0, (int) fx(() -> background.writingProperty().get()));
        go.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(delivered.get());
    }
}
