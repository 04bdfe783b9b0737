package org.xinye.ledger.report;

import org.xinye.ledger.domain.Messages;

/** A report or chart that cannot be made, with a message for the user from the bundle. */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object[] args;

    public ReportException(String key, Object... args) {
        super(key);
        this.args = args;
    }

    public ReportException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.args = args;
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get(getMessage(), args);
    }
}
