package org.xinye.ledger.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test executor keeps {@link Background}'s contract at every phase a test can stop it in. */
class StepBackgroundTest {
    private final List<String> heard = new ArrayList<>();

    private Background.Handle submit(Background bg, String title, Background.Job<String> job) {
        return bg.submit(title, job, v -> heard.add("ok " + v), e -> heard.add("failed " + e.getMessage()));
    }

    @Test
    void runNowDeliversBeforeSubmitReturns() {
        StepBackground bg = StepBackground.runNow();
        submit(bg, "read", p -> "a");
        assertEquals(List.of("ok a"), heard);
        assertEquals(StepBackground.Phase.DELIVERED, bg.submitted().get(0).phase());
    }

    @Test
    void stepwiseRunsNothingUntilTheTestSaysSo() {
        StepBackground bg = StepBackground.stepwise();
        submit(bg, "read", p -> "a");
        submit(bg, "write", p -> "b");
        assertEquals(List.of(), heard);
        assertEquals(2, bg.pending().size());
        bg.pending("write").run();
        assertEquals(List.of("ok b"), heard);
        assertEquals(1, bg.runAll());
        assertEquals(List.of("ok b", "ok a"), heard);
    }

    @Test
    void startAndDeliverAreSeparatePhases() {
        StepBackground bg = StepBackground.stepwise();
        submit(bg, "read", p -> "a");
        StepBackground.Task<?> t = bg.next().start();
        assertEquals(StepBackground.Phase.FINISHED, t.phase());
        assertEquals(List.of(), heard, "finished work waits for its delivery");
        t.deliver();
        assertEquals(List.of("ok a"), heard);
    }

    @Test
    void aFailureIsDeliveredToOnFailure() {
        StepBackground bg = StepBackground.stepwise();
        submit(bg, "read", p -> {
            throw new IllegalStateException("gone");
        });
        bg.runAll();
        assertEquals(List.of("failed gone"), heard);
    }

    @Test
    void cancelledBeforeItStartsTheWorkNeverRuns() {
        StepBackground bg = StepBackground.stepwise();
        List<String> ran = new ArrayList<>();
        Background.Handle h = submit(bg, "read", p -> {
            ran.add("ran");
            return "a";
        });
        h.cancel();
        assertEquals(0, bg.runAll());
        assertEquals(List.of(), ran);
        assertEquals(List.of(), heard);
        assertEquals(StepBackground.Phase.CANCELLED, bg.submitted().get(0).phase());
    }

    @Test
    void cancelledWhileRunningTheWorkSeesItAndNoCallbackRuns() {
        StepBackground bg = StepBackground.stepwise();
        List<Boolean> seen = new ArrayList<>();
        submit(bg, "import", p -> {
            for (int i = 1; i <= 5; i++) {
                p.update(i / 5.0, null);
                seen.add(p.isCancelled());
            }
            return "done";
        });
        StepBackground.Task<?> t = bg.next().cancelAtProgress(3);
        t.run();
        assertEquals(List.of(false, false, true, true, true), seen);
        assertEquals(List.of(0.2, 0.4, 0.6, 0.8, 1.0), t.progress());
        assertEquals(StepBackground.Phase.CANCELLED, t.phase());
        assertEquals(List.of(), heard);
    }

    @Test
    void cancelledAfterTheWorkFinishedTheOutcomeIsNeverDelivered() {
        StepBackground bg = StepBackground.stepwise();
        Background.Handle h = submit(bg, "read", p -> "a");
        StepBackground.Task<?> t = bg.next().start();
        h.cancel();
        t.deliver();
        assertEquals(List.of(), heard);
        assertTrue(bg.pending().isEmpty());
    }

    @Test
    void askingForAJobThatIsNotThereFailsTheTest() {
        StepBackground bg = StepBackground.stepwise();
        assertThrows(AssertionError.class, bg::next);
        assertThrows(AssertionError.class, () -> bg.pending("read"));
    }
}
