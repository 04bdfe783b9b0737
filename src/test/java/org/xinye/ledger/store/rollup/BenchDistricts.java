package org.xinye.ledger.store.rollup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;

/**
 * The districts of the roll-up benchmark ({@code src/test/bench/bench-rollup.sh}): one demo ledger per
 * county of the default tree, WORKERS people each, where every 20th person (5%) is a person of the
 * previous county (the same ID number; where this county already has that number, the row keeps its own), and
 * their submissions. Also writes all people rows as one CSV,
 * the yardstick's input ({@code sqlite3 .import}).
 * <pre>java -cp … org.xinye.ledger.store.rollup.BenchDistricts DIR DISTRICTS WORKERS</pre>
 */
public final class BenchDistricts {
    private BenchDistricts() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path dir = Path.of(args[0]);
        int districts = Integer.parseInt(args[1]);
        int workers = Integer.parseInt(args[2]);
        Files.createDirectories(dir.resolve("subs"));
        List<String> counties;
        try (Ledger tree = Ledger.open(dir.resolve("tree.xldb"), Ledger.Mode.WRITE)) {
            counties = tree.read(s -> s.regions().byLevel(RegionLevel.COUNTY)).stream().map(r -> r.code()).toList();
        }
        Path previous = null;
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("workers.csv"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < districts; i++) {
                String county = counties.get(i % counties.size());
                Path file = dir.resolve("district-" + i + ".xldb");
                try (Ledger l = Ledger.open(file, Ledger.Mode.WRITE)) {
                    l.writing(s -> new ScopeStore(s).set(LedgerScope.county(county)));
                    new DemoData(1000 + i, workers, LocalDate.now()).fill(l, p -> { });
                }
                if (previous != null) {
                    share(file, previous);
                }
                Path sub = SampleDistricts.submit(file, dir.resolve("subs").resolve(String.format("%02d.xlsub", i)), null,
                        null, YearMonth.now().minusMonths(1));
                rows(file, csv);
                System.out.println(county + " " + sub + " " + Files.size(sub) + " bytes");
                previous = file;
            }
        }
    }

    /** Every 20th person of {@code file} becomes the person with the same row id in {@code previous}. */
    private static void share(Path file, Path previous) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + previous.toString().replace("'", "''") + "' AS prev");
            st.execute("UPDATE OR IGNORE worker SET id_number = (SELECT p.id_number FROM prev.worker p WHERE p.id = worker.id)"
                    + " WHERE id % 20 = 0");
        }
    }

    private static void rows(Path file, BufferedWriter csv) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id_number, name, gender, birth_date, mobile, occupation, employer_id,"
                     + " township_code, political_status, status FROM worker")) {
            while (rs.next()) {
                for (int col = 1; col <= 10; col++) {
                    String v = rs.getString(col);
                    csv.write((col == 1 ? "" : ",") + (v == null ? "" : v));
                }
                csv.write('\n');
            }
        }
    }
}
