package org.xinye.ledger.ui.support;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Messages;

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

        /** What a table is exported as: xlsx, or CSV. */
        public static List<FileType> spreadsheets() {
            return List.of(new FileType(Messages.get("file.xlsxType"), "*.xlsx"),
                    new FileType(Messages.get("file.csvType"), "*.csv"));
        }
    }

    /** Asks yes/no; true for yes. */
    boolean confirm(String title, String message);

    void info(String title, String message);

    /** Shows an error; {@code details} (may be null) goes into an expandable, copyable area. */
    void error(String title, String message, Throwable details);

    Optional<Path> chooseOpenFile(String title, List<FileType> types);

    Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types);

    /** Opens a folder in the system's file manager (Explorer, Finder…), or a document in its usual program. */
    void openWithSystem(Path path);

    /**
     * A print job set up in the system print dialog. Pages are pictures of the report's PDF
     * pages; {@link #printPage} and {@link #finish} may be called off the FX thread.
     */
    interface PrintJob {
        /** The resolution to render pages at for this printer. */
        int dpi();

        /** Prints one page, scaled to fit the printable area; false when the printer refused it. */
        boolean printPage(BufferedImage page);

        /** Sends the job to the printer; false when it failed. */
        boolean finish();

        void cancel();
    }

    /**
     * Shows the system print dialog (printer, copies, pages), after the page-setup dialog
     * when {@code pageSetupFirst}; the paper starts as A4 in the given orientation. Empty when
     * cancelled or when no printer is installed (the user is told).
     */
    Optional<PrintJob> print(String jobName, boolean landscape, boolean pageSetupFirst);
    /**
     * Asks for a password; with {@code twice} it must be typed twice and match. The caller
     * clears the returned array when done.
     */
    Optional<char[]> askPassword(String title, String message, boolean twice);

    /** Lets the user pick one of {@code options} (the first is preselected); gives its index. */
    Optional<Integer> choose(String title, String message, List<String> options, int preselected);

    /** Lets the user pick several files to open; empty when cancelled. */
    default List<Path> chooseOpenFiles(String title, List<FileType> types) {
        return chooseOpenFile(title, types).map(List::of).orElse(List.of());
    }

    /** Lets the user pick a folder; empty when cancelled. */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /**
     * Shows a form that a view built over its view model, with {@code okText} and Cancel. OK runs
     * {@code accept}, which answers whether the form may close (false keeps it open, showing
     * whatever its view model says is wrong). True when it closed by OK.
     */
    default boolean form(String title, javafx.scene.Parent content, String okText,
                         java.util.function.BooleanSupplier accept) {
        return false;
    }
}
