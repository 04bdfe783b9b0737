package org.xinye.ledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What someone with an SQLite tool can do to a ledger file before it travels: plant objects
 * that would run or mislead when the app uses the file, change definitions, write crafted
 * journal rows. Every change goes through a plain connection, as such a tool would.
 */
public final class Tampering {
    /** A named way of changing a ledger's structure, and the name the refusal must mention. */
    public record Plant(String label, String objectName, List<String> sql) {
    }

    /** The objects a file from elsewhere may carry: a trigger, a view, a table, an index, a column, changed definitions. */
    public static final List<Plant> PLANTS = List.of(
            new Plant("trigger", "rename_all", List.of("CREATE TRIGGER rename_all AFTER INSERT ON worker BEGIN "
                    + "UPDATE worker SET name = '同一个名字'; END")),
            new Plant("view", "all_ids", List.of("CREATE VIEW all_ids AS SELECT id_number FROM worker")),
            new Plant("table", "notes", List.of("CREATE TABLE notes(x TEXT)")),
            new Plant("index", "worker_mobile_x", List.of("CREATE INDEX worker_mobile_x ON worker(mobile)")),
            new Plant("column", "nickname", List.of("ALTER TABLE worker ADD COLUMN nickname TEXT")),
            new Plant("changed view", "unit_coverage", List.of("DROP VIEW unit_coverage",
                    "CREATE VIEW unit_coverage AS SELECT id AS enterprise_id, 'ORG_SINGLE' AS status FROM enterprise")),
            new Plant("changed index", "worker_name_key", List.of("DROP INDEX worker_name_key",
                    "CREATE INDEX worker_name_key ON worker(name_key, mobile)")),
            new Plant("update trigger", "keep_name", List.of("CREATE TRIGGER keep_name BEFORE UPDATE ON enterprise "
                    + "BEGIN SELECT RAISE(IGNORE); END")));

    private Tampering() {
    }

    /** Every file of a folder with its content: to show that a refusal wrote, created and left nothing. */
    public record FolderState(Path folder, Map<String, String> files) {
        public static FolderState of(Path folder) {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.filter(Files::isRegularFile).toList()) {
                    files.put(p.getFileName().toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return new FolderState(folder, files);
        }

        /** Fails unless the folder holds the same files with the same bytes as when this was taken. */
        public void assertUnchanged(String what) {
            org.junit.jupiter.api.Assertions.assertEquals(files, of(folder).files(), what);
        }
    }

    public static void apply(Path ledger, Plant plant) {
        run(ledger, plant.sql());
    }

    public static void run(Path ledger, List<String> statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
