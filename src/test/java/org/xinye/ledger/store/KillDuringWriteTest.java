package org.xinye.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar for crashes: a child JVM fills a ledger with {@code demo} (one large transaction)
 * and is killed with SIGKILL at a random moment after it has begun writing, twenty times. Every time the file must
 * pass {@code check} and hold either nothing or the whole demo, never a part, and the
 * single-writer lock must have died with the process.
 */
class KillDuringWriteTest {
    private static final int WORKERS = 25_000;
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    private Process demo(Path db) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "org.xinye.ledger.Main",
                "demo", "--db", db.toString(), "--workers", Integer.toString(WORKERS));
        pb.environment().put("XINYE_LEDGER_HOME", dir.resolve("home").toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("child.log").toFile());
        return pb.start();
    }

    /** Waits until the child's write transaction has started writing (its WAL has content); gives nanoTime then. */
    private static long untilWriting(Process child, Path db) throws InterruptedException {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        while (child.isAlive() && Connections.sizeOf(wal) == 0) {
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    /** Workers, units and snapshots: the demo writes all three in its one transaction. */
    private static long[] state(Path db) {
        LedgerCheck.Report r = LedgerCheck.run(db);
        assertTrue(r.ok(), "check passes: " + r.integrity() + " " + r.foreignKeys());
        Map<String, Long> c = r.counts();
        return new long[] {c.get("worker"), c.get("enterprise"), c.get("coverage_snapshot")};
    }

    @Test
    void aKilledLargeWriteLeavesACheckedFileWithAllOrNothing() throws Exception {
        Path template = dir.resolve("empty.xldb");
        Ledger.open(template, Ledger.Mode.WRITE).close();

        Path full = dir.resolve("full.xldb");
        Files.copy(template, full);
        long start = System.nanoTime();
        Process p = demo(full);
        long writing = untilWriting(p, full) - start;
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("child.log")));
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        long writeMillis = fullMillis - writing / 1_000_000;
        long[] whole = state(full);
        assertEquals(WORKERS, whole[0]);

        Random rnd = new Random();
        List<String> outcomes = new ArrayList<>();
        int empty = 0;
        int complete = 0;
        for (int i = 0; i < KILLS; i++) {
            Path db = dir.resolve("kill" + i + ".xldb");
            Files.copy(template, db);
            Process child = demo(db);
            untilWriting(child, db);
            // From the moment the transaction has begun spilling pages into the WAL until about when it commits.
            long delay = (long) (rnd.nextDouble() * writeMillis);
            boolean exited = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!exited) {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            long[] s = state(db);
            if (s[0] == 0) {
                assertEquals(0, s[1], "no units without workers: nothing of the transaction");
                assertEquals(0, s[2]);
                empty++;
            } else {
                assertEquals(whole[0], s[0], "all workers or none");
                assertEquals(whole[1], s[1]);
                assertEquals(whole[2], s[2]);
                complete++;
            }
            try (Ledger again = Ledger.open(db, Ledger.Mode.WRITE)) {
                assertEquals(s[0], (long) again.read(x -> x.workers().count()), "the lock died with the process");
            }
            outcomes.add(delay + "ms:" + (exited ? "finished" : "killed") + "/" + s[0]);
        }
        System.out.println("kill -9 during demo --workers " + WORKERS + " (full run " + fullMillis + " ms, writing "
                + writeMillis + " ms): " + KILLS
                + " runs, " + empty + " left nothing, " + complete + " left everything, 0 partial: " + outcomes);
        assertEquals(KILLS, empty + complete);
    }
}
