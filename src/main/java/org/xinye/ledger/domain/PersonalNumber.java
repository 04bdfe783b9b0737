package org.xinye.ledger.domain;

/**
 * A checked personal number (ID number, mobile): equal by its normalized value, and shown
 * masked when printed, so a log line never carries a full number.
 */
public abstract class PersonalNumber {
    private final String value;

    protected PersonalNumber(String value) {
        this.value = value;
    }

    /** The normalized number, in full. */
    public final String value() {
        return value;
    }

    /** The number as the privacy setting shows it. */
    public abstract String masked();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((PersonalNumber) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Masked on purpose. */
    @Override
    public final String toString() {
        return masked();
    }
}
