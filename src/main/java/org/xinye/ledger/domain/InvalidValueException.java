package org.xinye.ledger.domain;

/** A value failed its check; carries the {@link Problem} for the message. */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public InvalidValueException(Problem problem) {
        super(problem.code());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String getLocalizedMessage() {
        return problem.message();
    }
}
