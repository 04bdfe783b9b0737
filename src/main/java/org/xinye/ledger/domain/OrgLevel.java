package org.xinye.ledger.domain;

/** 党组织层级: 党委, 党总支, 党支部, 联合党支部, 临时党支部. Stored by name; labels come from the bundle ({@code enum.OrgLevel.*}). */
public enum OrgLevel {
    COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH
}
