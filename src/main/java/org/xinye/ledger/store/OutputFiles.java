package org.xinye.ledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Problem;

/**
 * Where an export, report, chart or template goes: a folder given as the file is refused with
 * a message (instead of a raw "Is a directory" or a folder silently replaced by the file), and a
 * missing folder is created, as a file-save dialog would have let the user do.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Checks {@code file} can be written as a file and creates its folder. */
    public static Path prepare(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new InvalidValueException(Problem.of("output", "output.isFolder", abs));
        }
        try {
            Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new InvalidValueException(Problem.of("output", "output.cannotCreateFolder", abs.getParent(),
                    String.valueOf(e.getMessage())));
        }
        return abs;
    }
}
