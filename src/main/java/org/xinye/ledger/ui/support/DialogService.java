package org.xinye.ledger.ui.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog, file chooser and print dialog goes through here, so view models can be
 * tested without windows. Texts arrive already localized.
 */
public interface DialogService {

    /** A file-type filter: a description and patterns such as {@code *.xldb}. */
    record FileType(String description, List<String> patterns) {
        public FileType(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    /** Asks yes/no; true for yes. */
    boolean confirm(String title, String message);

    void info(String title, String message);

    /** Shows an error; {@code details} (may be null) goes into an expandable, copyable area. */
    void error(String title, String message, Throwable details);

    Optional<Path> chooseOpenFile(String title, List<FileType> types);

    Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types);

    /**
     * Asks for a password; with {@code twice} it must be typed twice and match. The caller
     * clears the returned array when done.
     */
    Optional<char[]> askPassword(String title, String message, boolean twice);

    /** Lets the user pick one of {@code options} (the first is preselected); gives its index. */
    Optional<Integer> choose(String title, String message, List<String> options, int preselected);
}
