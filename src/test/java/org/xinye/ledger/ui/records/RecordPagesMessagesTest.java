package org.xinye.ledger.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.WorkerListing;

/**
 * Every text the record pages show is in both languages: the Chinese and English bundles have
 * the same keys, and each key the record pages' FXML and code ask for exists.
 */
class RecordPagesMessagesTest {
    private static final Path MAIN = Path.of("src", "main");
    private static final List<String> PACKAGES = List.of("records", "units", "orgs", "people", "instructors",
            "stations", "followups");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([A-Za-z0-9_.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RecordPagesMessagesTest.class.getResourceAsStream("/org/xinye/ledger/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        TreeSet<String> zh = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        TreeSet<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        TreeSet<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        TreeSet<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertTrue(onlyZh.isEmpty(), "missing in English: " + onlyZh);
        assertTrue(onlyEn.isEmpty(), "missing in Chinese: " + onlyEn);
    }

    @Test
    void everyKeyTheRecordPagesUseExists() throws IOException {
        Properties zh = bundle("messages.properties");
        List<String> missing = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String pkg : PACKAGES) {
            collect(MAIN.resolve("java/org/xinye/ledger/ui/" + pkg), files);
            collect(MAIN.resolve("resources/org/xinye/ledger/ui/" + pkg), files);
        }
        collect(MAIN.resolve("java/org/xinye/ledger/store/ChangeLog.java"), files);
        collect(MAIN.resolve("java/org/xinye/ledger/store/HistoryFormat.java"), files);
        collect(MAIN.resolve("java/org/xinye/ledger/domain/FieldChecks.java"), files);
        for (Path f : files) {
            String text = Files.readString(f);
            Matcher m = (f.toString().endsWith(".fxml") ? FXML_KEY : CODE_KEY).matcher(text);
            while (m.find()) {
                // Keys ending in a dot are prefixes completed at run time; the test below covers those.
                if (!m.group(1).endsWith(".") && !zh.containsKey(m.group(1))) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertTrue(files.size() > 20, "found the sources");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyBuiltAtRunTimeExists(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Properties zh = bundle("messages.properties");
        List<String> missing = new ArrayList<>();
        for (EditAction a : EditAction.values()) {
            check(zh, "audit.action." + a.name(), missing);
        }
        for (String a : List.of(ChangeLog.CREATE, ChangeLog.UPDATE,
                ChangeLog.DELETE, ChangeLog.UNDO,
                ChangeLog.REVEAL)) {
            check(zh, "audit.action." + a, missing);
        }
        for (WorkerListing.Relation r : WorkerListing.Relation.values()) {
            check(zh, "enum.Relation." + r.name(), missing);
        }
        try (Ledger ledger = Ledger.open(dir.resolve("keys.xldb"),
                Ledger.Mode.WRITE)) {
            ledger.read(s -> {
                for (Aggregate a : Aggregate.values()) {
                    a.parts().forEach(p -> check(zh, "history.table." + p.table(), missing));
                    for (String col : Sql.list(s.connection(),
                            "SELECT name FROM pragma_table_info(?)", rs -> rs.getString(1), a.table())) {
                        // The pinyin columns are derived from the name and never shown in a history.
                        if (!List.of("id", "created_at", "updated_at", "name_key", "name_py").contains(col)) {
                            check(zh, "field." + col, missing);
                        }
                    }
                }
                return null;
            });
        }
        assertEquals(List.of(), missing);
    }

    private static void check(Properties bundle, String key, List<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }

    private static void collect(Path p, List<Path> out) throws IOException {
        if (Files.isRegularFile(p)) {
            out.add(p);
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).forEach(out::add);
            }
        }
    }
}
