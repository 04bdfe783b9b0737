package org.xinye.ledger;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;
import org.xinye.ledger.domain.Messages;

/**
 * {@code --startup-probe}: prints how long it took from process start to the first frame
 * that shows the populated dashboard, then exits. The measurement is taken on the pulse
 * after the data arrived, so it includes layout and rendering of that frame.
 */
final class StartupProbe {
    private final long mainNanos;

    StartupProbe(long mainNanos) {
        this.mainNanos = mainNanos;
    }

    void watch(ObservableBooleanValue loaded, Stage stage) {
        loaded.addListener((o, was, now) -> {
            if (now) {
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        // Let the pulse render, then report.
                        Platform.runLater(() -> report());
                    }
                });
                Platform.requestNextPulse();
            }
        });
    }

    private void report() {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(null);
        long sinceMain = (System.nanoTime() - mainNanos) / 1_000_000;
        long sinceProcess = processStart == null ? sinceMain : Duration.between(processStart, Instant.now()).toMillis();
        System.out.println(Messages.get("probe.result", sinceProcess, sinceMain));
        System.out.flush();
        Platform.exit();
    }
}
