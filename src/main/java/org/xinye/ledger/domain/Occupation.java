package org.xinye.ledger.domain;

/** 职业: 快递员, 外卖骑手, 网约车司机, 货车司机, 网络主播, 家政服务员, 其他. Stored by name; labels come from the bundle ({@code enum.Occupation.*}). */
public enum Occupation {
    COURIER, RIDER, RIDE_HAILING_DRIVER, TRUCK_DRIVER, STREAMER, DOMESTIC_WORKER, OTHER
}
