package org.xinye.ledger.domain;

/** 单位类别: 平台企业, 分支机构, 加盟企业, 基层网点/站点. Stored by name; labels come from the bundle ({@code enum.EnterpriseKind.*}). */
public enum EnterpriseKind {
    PLATFORM, BRANCH, FRANCHISE, OUTLET
}
