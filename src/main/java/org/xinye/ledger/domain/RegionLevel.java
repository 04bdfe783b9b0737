package org.xinye.ledger.domain;

/** 区划层级: 市, 区/旗/县, 街道/镇/苏木, 社区/村/嘎查. Stored by name; labels come from the bundle ({@code enum.RegionLevel.*}). */
public enum RegionLevel {
    CITY, COUNTY, TOWNSHIP, COMMUNITY
}
