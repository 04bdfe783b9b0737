package org.xinye.ledger.store;

import org.xinye.ledger.domain.Messages;

/**
 * A refusal or failure of the store, with a kind that front ends map to exit codes and a
 * message key so the user reads what happened and what to do.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Not a SQLite file, or a SQLite file that is not a ledger. */
        NOT_A_LEDGER,
        /** Shorter than its own header says. */
        TRUNCATED,
        /**
         * Structure or stored data this app does not write: a foreign or changed table, column,
         * index, view or trigger, or a journal entry naming a column the ledger does not have.
         */
        FOREIGN,
        /** Written by a newer version of the app. */
        NEWER_VERSION,
        /** SQLite found damage. */
        CORRUPT,
        /** Another window or process has the file open for writing. */
        LOCKED,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** No space left on the device. */
        DISK_FULL,
        /** The file does not exist. */
        NOT_FOUND,
        /** The ledger already holds data that the operation would mix with (demo data). */
        NOT_EMPTY,
        /** A rule of the data was broken (a unique key, a foreign key, a check). */
        CONSTRAINT,
        /** Anything else. */
        IO
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public StoreException(Kind kind, String messageKey, Throwable cause, Object... args) {
        super(kind + ": " + messageKey, cause);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, for a caller that words the same facts its own way. */
    public Object[] args() {
        return args.clone();
    }

    /** True for refusals of the input file (exit code 2), false for failures while working. */
    public boolean isRefusal() {
        return switch (kind) {
            case NOT_A_LEDGER, FOREIGN, TRUNCATED, NEWER_VERSION, CORRUPT, LOCKED, READ_ONLY, NOT_FOUND, NOT_EMPTY -> true;
            default -> false;
        };
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get(messageKey, args);
    }
}
