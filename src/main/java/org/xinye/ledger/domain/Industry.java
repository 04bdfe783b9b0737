package org.xinye.ledger.domain;

/** 行业: 快递, 外卖, 网约车, 货运, 网络直播, 家政, 其他. Stored by name; labels come from the bundle ({@code enum.Industry.*}). */
public enum Industry {
    EXPRESS, FOOD_DELIVERY, RIDE_HAILING, FREIGHT, LIVE_STREAMING, DOMESTIC, OTHER
}
