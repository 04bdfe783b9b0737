import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Restore;

/**
 * Open (for writing, as the window and every writing command do) and restore of a ledger, in
 * process CPU time per phase, averaged over 6 runs after 2 unmeasured ones: the cost of the
 * structure check and the defensive connections (issue 17). Run against any build:
 *   java -jar target/xinye-ledger.jar demo --db big.xldb --workers 100000 --seed 1
 *   java -cp target/xinye-ledger.jar src/test/bench/TrustBench.java big.xldb
 */
public class TrustBench {
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }
    public static void main(String[] a) throws Exception {
        Path big = Path.of(a[0]);
        Path work = Files.createTempDirectory("phase");
        Path current = work.resolve("current.xldb");
        Files.copy(big, current);
        long[] sum = new long[4];
        int runs = 6;
        for (int i = -2; i < runs; i++) {
            long c0 = cpu();
            Restore r = new Restore(Clock.systemDefaultZone());
            try (Ledger l = Ledger.open(current, Ledger.Mode.WRITE)) {
                long c1 = cpu();
                try (Restore.Prepared p = r.prepare(big, current)) {
                    long c2 = cpu();
                    r.restore(l, p);
                    long c3 = cpu();
                    if (i >= 0) { sum[0] += c1 - c0; sum[1] += c2 - c1; sum[2] += c3 - c2; }
                }
                long c4 = cpu();
                l.close();
                if (i >= 0) sum[3] += cpu() - c4;
            }
        }
        System.out.printf("avg CPU ms: open %d, prepare %d, restore %d, close %d%n", sum[0] / runs, sum[1] / runs, sum[2] / runs, sum[3] / runs);
    }
}
