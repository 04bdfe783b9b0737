package org.xinye.ledger.domain;

/** 经营状态: 在营, 停业, 注销. Stored by name; labels come from the bundle ({@code enum.OperatingStatus.*}). */
public enum OperatingStatus {
    OPERATING, SUSPENDED, CANCELLED
}
