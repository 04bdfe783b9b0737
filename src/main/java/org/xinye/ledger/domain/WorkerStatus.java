package org.xinye.ledger.domain;

/** 人员状态: 在岗, 离职, 待核实. Stored by name; labels come from the bundle ({@code enum.WorkerStatus.*}). */
public enum WorkerStatus {
    ACTIVE, LEFT, TO_VERIFY
}
