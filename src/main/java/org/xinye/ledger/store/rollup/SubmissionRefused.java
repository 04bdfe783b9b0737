package org.xinye.ledger.store.rollup;

import org.xinye.ledger.domain.Messages;

/**
 * A submission file the city does not take in, with the reason; nothing was changed. The reason's
 * name is the stable code of {@code rollup --format json}; its message says what to do.
 */
public final class SubmissionRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a submission file of this application (another file, a ledger, a package of a whole ledger). */
        NOT_A_SUBMISSION,
        /** Encrypted, and no password was given. */
        NEEDS_PASSWORD,
        /** Encrypted: the password is wrong or the file was changed. */
        BAD_PASSWORD,
        /** Its checksum does not match: changed or damaged after it was written. */
        TAMPERED,
        /** The database inside is damaged or does not have the app's schema. */
        DAMAGED,
        /** The database inside holds objects the app did not create, or changed ones (a planted trigger, view…). */
        ALTERED,
        /** Written by an older version of the app (an older schema). */
        OLDER_VERSION,
        /** Written by a newer version of the app. */
        NEWER_VERSION,
        /** From another city: its county is not in this ledger's region tree. */
        FOREIGN,
        /** Records outside the scope it declares. */
        WRONG_SCOPE,
        /** The figures it carries differ from those its records give. */
        FIGURES_DIFFER,
        /** Older than the submission already counted for the same scope and period. */
        OLDER_THAN_COUNTED,
        /** This very file was taken in before. */
        ALREADY_TAKEN,
        /** ID numbers hashed under another key than the other submissions (or hashed where they are not). */
        OTHER_KEY,
        /** The file could not be read. */
        UNREADABLE
    }

    private final Reason reason;
    private final transient Object[] args;

    public SubmissionRefused(Reason reason, Throwable cause, Object... args) {
        super(reason.name(), cause);
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get("rollup.refused." + reason.name(), args);
    }
}
