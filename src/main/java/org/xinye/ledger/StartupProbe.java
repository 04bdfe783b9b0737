package org.xinye.ledger;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.xinye.ledger.domain.Messages;

/**
 * {@code --startup-probe}: prints how long it took from process start to the first frame
 * that shows the populated dashboard, then exits. The measurement is taken on the pulse
 * after the data arrived, so it includes layout and rendering of that frame.
 * {@code --snapshot FILE.png} instead saves a picture of the window (after going to
 * {@code --page NAME} and letting it load), for documentation; {@code snapshot} is null for
 * the probe, {@code unfinishedJobs} how many background jobs are still running (the picture
 * waits for the page's data).
 */
record StartupProbe(long mainNanos, Path snapshot, Runnable beforeSnapshot, ObservableIntegerValue unfinishedJobs) {
    private static final int QUIET_TICKS = 6;
    private static final long MIN_SETTLE_MILLIS = 1000;
    private static final long MAX_SETTLE_MILLIS = 30_000;

    void watch(ObservableBooleanValue loaded, Stage stage) {
        loaded.addListener((o, was, now) -> {
            if (now) {
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        // Let the pulse render, then report.
                        Platform.runLater(() -> done(stage));
                    }
                });
                Platform.requestNextPulse();
            }
        });
    }

    private void done(Stage stage) {
        if (snapshot == null) {
            report();
            Platform.exit();
            return;
        }
        beforeSnapshot.run();
        // The page loads in the background: the picture is taken once no job has run for a
        // moment (and at the latest after half a minute on a very slow machine).
        long start = System.nanoTime();
        int[] quietTicks = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            quietTicks[0] = unfinishedJobs.get() == 0 ? quietTicks[0] + 1 : 0;
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if ((quietTicks[0] >= QUIET_TICKS && elapsed >= MIN_SETTLE_MILLIS) || elapsed > MAX_SETTLE_MILLIS) {
                poll.stop();
                save(stage.getScene().snapshot(null));
                Platform.exit();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    private void report() {
        long sinceMain = (System.nanoTime() - mainNanos) / 1_000_000;
        long sinceProcess = linuxMillisSinceProcessStart().orElseGet(() -> ProcessHandle.current().info()
                .startInstant().map(start -> java.time.Duration.between(start, Instant.now()).toMillis())
                .orElse(sinceMain));
        System.out.println(Messages.get("probe.result", sinceProcess, sinceMain));
        System.out.flush();
    }

    /**
     * On Linux the JDK derives the process start instant from the boot time in whole seconds
     * ({@code btime}), which shifts every reading by up to a second. The process's start in
     * clock ticks since boot against {@code /proc/uptime} is exact to 10 ms.
     */
    static Optional<Long> linuxMillisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which may contain spaces) start with the state (field 3);
            // starttime is field 22.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            String uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
            long uptimeMillis = Math.round(Double.parseDouble(uptime) * 1000);
            // USER_HZ is 100 on every Linux the app runs on.
            return Optional.of(uptimeMillis - startTicks * 10);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void save(WritableImage image) {
        BufferedImage img = SwingFXUtils.fromFXImage(image, null);
        try {
            ImageIO.write(img, "png", snapshot.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
