package org.xinye.ledger.domain;

/** 党群服务阵地: 党群服务中心, 红色蓄能站, 暖新驿站. */
public record Station(Long id, String name, StationKind kind, String host, String regionCode, String address,
                      String facilities, String openingHours, String notes) {
    public Station withId(Long newId) {
        return new Station(newId, name, kind, host, regionCode, address, facilities, openingHours, notes);
    }
}
