package org.xinye.ledger.domain;

/** 组建方式: 单独组建, 联合组建, 区域(楼宇/商圈), 行业, 功能型/流动党员. Stored by name; labels come from the bundle ({@code enum.OrgForm.*}). */
public enum OrgForm {
    SINGLE, JOINT, AREA, INDUSTRY, FUNCTIONAL
}
