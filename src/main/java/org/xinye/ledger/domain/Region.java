package org.xinye.ledger.domain;

/** A statistical division (统计用区划), keyed by its 12-digit code. */
public record Region(String code, String name, RegionLevel level, String parentCode) {
    public static boolean isCode(String s) {
        return s != null && s.length() == 12 && s.chars().allMatch(Character::isDigit);
    }
}
