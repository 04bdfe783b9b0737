package org.xinye.ledger.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.ui.support.DialogService;

/** A scripted {@link DialogService} for view-model tests: records what was said, answers from queues. */
public final class FakeDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    /** Pages sent to the fake printer; {@code printerAnswers} empty means the dialog is cancelled. */
    public final List<BufferedImage> printed = new ArrayList<>();
    public final Deque<Boolean> printerAnswers = new ArrayDeque<>();
    public boolean printFinished;
    public final Deque<String> passwords = new ArrayDeque<>();
    public final Deque<Integer> choices = new ArrayDeque<>();

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + title + ": " + message);
        return confirmAnswers.isEmpty() || confirmAnswers.poll();
    }

    @Override
    public void info(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public void error(String title, String message, Throwable details) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void openWithSystem(Path folder) {
        shown.add("folder: " + folder);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<PrintJob> print(String jobName, boolean landscape, boolean pageSetupFirst) {
        shown.add("print: " + jobName + (landscape ? " (landscape)" : " (portrait)"));
        if (printerAnswers.isEmpty() || !printerAnswers.poll()) {
            return Optional.empty();
        }
        return Optional.of(new PrintJob() {
            @Override
            public int dpi() {
                return 72;
            }

            @Override
            public boolean printPage(BufferedImage page) {
                printed.add(page);
                return true;
            }

            @Override
            public boolean finish() {
                printFinished = true;
                return true;
            }

            @Override
            public void cancel() {
                printFinished = false;
            }
        });
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, boolean twice) {
        shown.add("password: " + title);
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }

    /** Answers the queued index (a negative one: the dialog is cancelled), else the preselected one. */
    @Override
    public Optional<Integer> choose(String title, String message, List<String> options, int preselected) {
        shown.add("choose: " + title + ": " + options);
        int answer = choices.isEmpty() ? preselected : choices.poll();
        return answer < 0 ? Optional.empty() : Optional.of(answer);
    }
}
