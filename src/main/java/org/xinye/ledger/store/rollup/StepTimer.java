package org.xinye.ledger.store.rollup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Logs how long each step of a roll-up took, in wall time and in this thread's CPU time (SQLite works
 * on the calling thread), so a slow roll-up on someone's PC says where the time went.
 */
public final class StepTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final System.Logger log;
    private final String what;
    private long last = System.nanoTime();
    private long lastCpu = THREADS.getCurrentThreadCpuTime();

    public StepTimer(System.Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    public void lap(String step) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        log.log(System.Logger.Level.INFO, "{0}: {1} in {2} ms ({3} ms CPU)", what, step, (now - last) / 1_000_000,
                (cpu - lastCpu) / 1_000_000);
        last = now;
        lastCpu = cpu;
    }
}
