package org.xinye.ledger.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The day the window and view-model tests live on, so nothing they assert depends on when they run. */
public final class TestDay {
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    private TestDay() {
    }
}
