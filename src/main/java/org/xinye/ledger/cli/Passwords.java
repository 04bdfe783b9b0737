package org.xinye.ledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Passwords come from the first line of a file, never from the command line (which other users can list). */
final class Passwords {
    static final int MIN_LENGTH = 8;

    private Passwords() {
    }

    static char[] fromFile(Args args) {
        Path file = args.path("password-file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Args.UsageException(org.xinye.ledger.domain.Messages.get("cli.password.cannotRead", file, IoReason.of(file, e)));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new Args.UsageException(org.xinye.ledger.domain.Messages.get("cli.password.empty", file));
        }
        return line.toCharArray();
    }
}
