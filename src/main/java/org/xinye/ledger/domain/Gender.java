package org.xinye.ledger.domain;

public enum Gender {
    MALE, FEMALE
}
