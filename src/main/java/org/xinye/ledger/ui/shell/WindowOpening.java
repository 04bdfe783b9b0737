package org.xinye.ledger.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.StoreException;

/**
 * How the window opens a ledger file: with the single-writer lock, read-only when the file
 * cannot be written, and a big file's whole-file check put off until after the first frame.
 */
public final class WindowOpening {
    /**
     * A ledger file bigger than this (a city's or a big county's, 64 MiB: some 140,000 people)
     * opens with its whole-file check put off until after the first frame (seconds of CPU on
     * a city's ledger); it is read-only until the check passes.
     */
    public static final long CHECK_LATER_ABOVE = 64L << 20;

    private WindowOpening() {
    }

    /** Opens with the single-writer lock; a file that cannot be written opens read-only. */
    public static Ledger open(Path file) {
        return open(file, CHECK_LATER_ABOVE);
    }

    /** {@link #open(Path)}, checking files above {@code checkLaterAbove} bytes after opening. */
    public static Ledger open(Path file, long checkLaterAbove) {
        try {
            return Ledger.openCheckingLater(file, checkLaterAbove);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.READ_ONLY && Files.exists(file)) {
                return Ledger.open(file, Ledger.Mode.READ);
            }
            throw e;
        }
    }
}
