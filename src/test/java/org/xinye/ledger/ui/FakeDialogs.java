package org.xinye.ledger.ui;

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
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, boolean twice) {
        shown.add("password: " + title);
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }

    /** Answers the queued index, else the preselected one. */
    @Override
    public Optional<Integer> choose(String title, String message, List<String> options, int preselected) {
        shown.add("choose: " + title + ": " + options);
        return Optional.of(choices.isEmpty() ? preselected : choices.poll());
    }
}
