package org.xinye.ledger.io.sheet;

import org.xinye.ledger.domain.Messages;

/**
 * The input file is refused before anything is imported: hostile, damaged, encrypted or not
 * a spreadsheet. The message names the file and the cause, and says what to do.
 */
public final class FileRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, for tests and exit codes; the message says it in the user's language. */
    public enum Cause {
        NOT_FOUND, EMPTY, TOO_LARGE, ZIP_BOMB, TRUNCATED, ENCRYPTED, NOT_SPREADSHEET, OLD_FORMAT, DAMAGED, UNREADABLE,
        /** Readable, but no header row or no column for a required field. */
        LAYOUT
    }

    private final Cause cause;
    private final String messageKey;
    private final transient Object[] args;

    public FileRefusedException(Cause cause, String messageKey, Throwable reason, Object... args) {
        super(cause + ": " + messageKey, reason);
        this.cause = cause;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public Cause refusal() {
        return cause;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments (the file name first). */
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get(messageKey, args);
    }
}
