package org.xinye.ledger.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The outcome of checking a raw value: either a value or the problem that refused it. */
public final class Checked<T> {
    private final T value;
    private final Problem problem;

    private Checked(T value, Problem problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(Objects.requireNonNull(value), null);
    }

    public static <T> Checked<T> fail(Problem problem) {
        return new Checked<>(null, Objects.requireNonNull(problem));
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The value; throws {@link InvalidValueException} when the check failed. */
    public T get() {
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
        return value;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    public <R> Checked<R> map(Function<T, R> f) {
        return problem == null ? ok(f.apply(value)) : fail(problem);
    }

    @Override
    public String toString() {
        return problem == null ? "ok(" + value + ")" : "fail(" + problem.code() + ")";
    }
}
