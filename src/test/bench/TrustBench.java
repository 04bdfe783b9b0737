import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Restore;

/**
 * Open (for writing, as the window and every writing command do) and restore of a ledger, in
 * process CPU time and wall time per phase, averaged over 6 runs after 2 unmeasured ones: the
 * cost of the structure check and the defensive connections (issue 17). Restore is prepare (copy
 * and validate the source) plus restore (safety backup, replace, count). Run against any build:
 *   java -jar target/xinye-ledger.jar demo --db big.xldb --workers 100000 --seed 1
 *   java -cp target/xinye-ledger.jar src/test/bench/TrustBench.java big.xldb
 */
public class TrustBench {
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    static long wall() {
        return System.nanoTime() / 1_000_000;
    }

    public static void main(String[] a) throws Exception {
        Path big = Path.of(a[0]);
        Path work = Files.createTempDirectory("phase");
        Path current = work.resolve("current.xldb");
        Files.copy(big, current);
        long[] sum = new long[4];
        long[] wallSum = new long[4];
        int runs = 6;
        for (int i = -2; i < runs; i++) {
            long c0 = cpu();
            long w0 = wall();
            Restore r = new Restore(Clock.systemDefaultZone());
            try (Ledger l = Ledger.open(current, Ledger.Mode.WRITE)) {
                long c1 = cpu();
                long w1 = wall();
                try (Restore.Prepared p = r.prepare(big, current)) {
                    long c2 = cpu();
                    long w2 = wall();
                    r.restore(l, p);
                    long c3 = cpu();
                    long w3 = wall();
                    if (i >= 0) {
                        sum[0] += c1 - c0; sum[1] += c2 - c1; sum[2] += c3 - c2;
                        wallSum[0] += w1 - w0; wallSum[1] += w2 - w1; wallSum[2] += w3 - w2;
                    }
                }
                long c4 = cpu();
                long w4 = wall();
                l.close();
                if (i >= 0) {
                    sum[3] += cpu() - c4;
                    wallSum[3] += wall() - w4;
                }
            }
        }
        // The folder holds a copy of the ledger and a safety backup per run: hundreds of megabytes.
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        System.out.printf("avg CPU ms: open %d, prepare %d, restore %d, close %d; restore in all %d%n", sum[0] / runs,
                sum[1] / runs, sum[2] / runs, sum[3] / runs, (sum[1] + sum[2]) / runs);
        System.out.printf("avg wall ms: open %d, prepare %d, restore %d, close %d; restore in all %d%n",
                wallSum[0] / runs, wallSum[1] / runs, wallSum[2] / runs, wallSum[3] / runs,
                (wallSum[1] + wallSum[2]) / runs);
    }
}
