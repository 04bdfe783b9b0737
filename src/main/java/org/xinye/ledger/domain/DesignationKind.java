package org.xinye.ledger.domain;

/** 称号与参与: 先锋岗, 示范岗, 责任区, 荣誉, 四亮, 基层治理. Stored by name; labels come from the bundle ({@code enum.DesignationKind.*}). */
public enum DesignationKind {
    PIONEER_POST, MODEL_POST, RESPONSIBILITY_ZONE, HONOUR, FOUR_LIGHTS, GOVERNANCE
}
