package org.xinye.ledger.store.rollup;

/**
 * A record a ledger may not submit: a unit, party org or person outside the ledger's scope, or a unit
 * whose township is not recorded (it could be anyone's). {@code idNumber} is the person's, unmasked;
 * {@code place} is the township (or industry) that puts the record outside.
 */
public record OutOfScope(Kind kind, long id, String name, String idNumber, String place, Reason reason) {
    public enum Kind { UNIT, ORG, WORKER }

    public enum Reason {
        /** In another county's area. */
        OTHER_AREA,
        /** A unit with no township recorded: whose it is cannot be told. */
        NO_TOWNSHIP,
        /** Of an industry the department does not oversee. */
        OTHER_INDUSTRY
    }
}
