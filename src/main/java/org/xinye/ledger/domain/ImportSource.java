package org.xinye.ledger.domain;

/** 数据来源: 企业底册, 属地摸排, 主管部门, 其他. Stored by name; labels come from the bundle ({@code enum.ImportSource.*}). */
public enum ImportSource {
    ENTERPRISE_ROSTER, CANVASSING, DEPARTMENT, OTHER
}
