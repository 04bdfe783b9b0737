package org.xinye.ledger.domain;

/** 阵地类型: 党群服务中心, 红色蓄能站, 暖新驿站, 其他. Stored by name; labels come from the bundle ({@code enum.StationKind.*}). */
public enum StationKind {
    SERVICE_CENTER, ENERGY_STATION, WARM_STATION, OTHER
}
