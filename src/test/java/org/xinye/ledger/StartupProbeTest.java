package org.xinye.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class StartupProbeTest {
    @Test
    @EnabledOnOs(OS.LINUX)
    void linuxProcessAgeAgreesWithTheJvmsOwnUptimeToTheTick() {
        long before = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = StartupProbe.linuxMillisSinceProcessStart().orElseThrow();
        long after = ManagementFactory.getRuntimeMXBean().getUptime();
        // The process starts before the JVM's clock does, by the launcher's few dozen milliseconds;
        // the boot-time-in-seconds reading this replaces could be off by up to a whole second.
        assertTrue(age >= before - 20, "process age " + age + " ms, JVM uptime " + before + " ms");
        assertTrue(age <= after + 300, "process age " + age + " ms, JVM uptime " + after + " ms");
    }
}
