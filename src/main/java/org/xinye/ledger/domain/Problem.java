package org.xinye.ledger.domain;

import java.util.List;

/**
 * Why a value was refused: a stable code for tests and reports, and a message key with
 * arguments so each front end (GUI, CLI, error report) can say it in the user's language.
 */
public record Problem(String code, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String code, String messageKey, Object... args) {
        return new Problem(code, messageKey, List.of(args));
    }

    /** The message in the current bundle. */
    public String message() {
        return Messages.get(messageKey, args.toArray());
    }
}
