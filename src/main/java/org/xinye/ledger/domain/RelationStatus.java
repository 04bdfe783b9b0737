package org.xinye.ledger.domain;

/** 组织关系状态: 已转入, 未转入 (仍在流出地), 流动党员. Stored by name; labels come from the bundle ({@code enum.RelationStatus.*}). */
public enum RelationStatus {
    TRANSFERRED_IN, NOT_TRANSFERRED, MOBILE
}
