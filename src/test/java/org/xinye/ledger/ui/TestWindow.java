package org.xinye.ledger.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.App;
import org.xinye.ledger.ui.support.FxBackground;

/**
 * The real window for a test: on a fixed day ({@link TestDay}), with a background runner the
 * test can wait on ({@link #settle()}) instead of sleeping.
 */
public final class TestWindow {
    /** The day every window test lives on ({@link TestDay}); generate the ledger's data for it too. */
    public static final LocalDate TODAY = TestDay.TODAY;

    private final FxBackground background = new FxBackground();
    private final Application app;

    private TestWindow(String... args) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(TestDay.CLOCK, background, List.of(args)));
    }

    /** Starts the window with the app's command-line {@code args} (e.g. {@code --db FILE}). */
    public static TestWindow start(String... args) throws TimeoutException {
        return new TestWindow(args);
    }

    /**
     * Waits until every background job the window started has finished and its result is
     * on screen, including the jobs those results started in turn, or until a result asks the
     * user something (a dialog waits for its answer, and so does the job that opened it).
     */
    public void settle() {
        try {
            do {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> background.isIdle() || asking());
                WaitForAsyncUtils.waitForFxEvents();
            } while (!background.isIdle() && !asking());
        } catch (TimeoutException e) {
            throw new AssertionError("the window's background work did not settle in 30 s", e);
        }
    }

    private static boolean asking() {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w instanceof Stage s
                && s.getModality() != Modality.NONE);
    }

    public void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
    }
}
