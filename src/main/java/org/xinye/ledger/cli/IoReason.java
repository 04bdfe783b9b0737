package org.xinye.ledger.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.xinye.ledger.domain.Messages;

/** Why a file could not be read or written, in words: Java's own messages are often just the path again. */
final class IoReason {
    private IoReason() {
    }

    static String of(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get("io.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("io.accessDenied");
        }
        if (file != null && Files.isDirectory(file)) {
            return Messages.get("io.isFolder");
        }
        return String.valueOf(e.getMessage());
    }
}
