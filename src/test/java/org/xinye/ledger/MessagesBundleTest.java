package org.xinye.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.shell.PageId;

/**
 * Every user-visible string comes from the bundle: this finds keys used but missing, keys
 * present but unused, keys in one language only, patterns that do not parse, and bundles
 * that do not load.
 */
class MessagesBundleTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("org/xinye/ledger/i18n/" + name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void bothBundlesLoadAndHaveTheSameKeys() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), onlyZh, "keys missing in English");
        assertEquals(Set.of(), onlyEn, "keys missing in Chinese");
        ResourceBundle chinese = Messages.load(Messages.CHINESE);
        ResourceBundle english = Messages.load(Locale.ENGLISH);
        assertEquals("新业态党建台账", chinese.getString("app.title"));
        assertEquals("Xinye Ledger", english.getString("app.title"));
        // A JVM whose default locale is English must still answer a Chinese request in Chinese.
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("新业态党建台账", Messages.load(Messages.CHINESE).getString("app.title"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyPatternWithArgumentsParses() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.contains("{0")) {
                    new MessageFormat(v);
                    assertTrue(!v.replace("''", "").contains("'"), name + " " + key + ": a lone apostrophe hides arguments");
                }
            }
        }
    }

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Properties zh = load("messages.properties");
        Set<String> keys = zh.stringPropertyNames();
        Set<String> namespaces = new HashSet<>();
        keys.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        String src = sources();

        Set<String> used = new HashSet<>();
        Matcher m = LITERAL.matcher(src);
        while (m.find()) {
            used.add(m.group(1));
        }
        Matcher f = FXML_KEY.matcher(src);
        while (f.find()) {
            used.add(f.group(1));
        }
        // Problem codes (the first argument of Problem.of) and constants holding setting names share
        // the dotted look of message keys without being ones.
        Set<String> notKeys = new HashSet<>();
        Matcher codes = Pattern.compile("Problem\\.of\\(\"([^\"]+)\"").matcher(src);
        while (codes.find()) {
            notKeys.add(codes.group(1));
        }
        // A code written just before the message key it goes with: issue(…, "value.unknown", "import.rule.…").
        Matcher pairs = Pattern.compile("\"([a-z][\\w.]*)\",\\s*\"([a-z][\\w.]*)\"").matcher(src);
        while (pairs.find()) {
            if (keys.contains(pairs.group(2))) {
                notKeys.add(pairs.group(1));
            }
        }
        Matcher constants = Pattern.compile("static final String [A-Z_]+ = \"([^\"]+)\";").matcher(src);
        while (constants.find()) {
            notKeys.add(constants.group(1));
        }
        Set<String> missing = new TreeSet<>();
        for (String u : used) {
            if (notKeys.contains(u) && !keys.contains(u)) {
                continue;
            }
            if (u.indexOf('.') > 0 && namespaces.contains(u.substring(0, u.indexOf('.'))) && !keys.contains(u) && !isPrefix(u, keys)) {
                missing.add(u);
            }
        }
        assertEquals(Set.of(), missing, "keys used in code but not in the bundle");

        Set<String> unused = new TreeSet<>();
        for (String k : keys) {
            if (!used.contains(k) && !usedDynamically(k, used, src)) {
                unused.add(k);
            }
        }
        assertEquals(Set.of(), unused, "keys in the bundle that nothing uses");
    }

    /** A literal that is the stem of keys built at run time, such as {@code "coverage.col." + name}. */
    private static boolean isPrefix(String literal, Set<String> keys) {
        return keys.stream().anyMatch(k -> k.startsWith(literal + "."));
    }

    /** Keys whose names are built at run time: enum labels, page labels, usage texts, column headers. */
    private static boolean usedDynamically(String key, Set<String> literals, String src) {
        String[] parts = key.split("\\.");
        if (parts[0].equals("enum") && parts.length == 3) {
            return src.contains("enum " + parts[1] + " ") && src.contains(parts[2]);
        }
        if (parts[0].equals("nav") && parts.length == 2) {
            for (PageId id : PageId.values()) {
                if (id.labelKey().equals(key)) {
                    return true;
                }
            }
        }
        if (key.endsWith(".usage")) {
            String summary = key.substring(0, key.length() - ".usage".length());
            return literals.contains(summary) || usedDynamically(summary, literals, src);
        }
        int lastDot = key.lastIndexOf('.');
        String stem = key.substring(0, lastDot);
        String last = key.substring(lastDot + 1);
        boolean stemBuilt = literals.contains(stem);
        String prefix = stem;
        while (!stemBuilt) {
            stemBuilt = src.contains("\"" + prefix + ".\"");
            int dot = prefix.lastIndexOf('.');
            if (dot < 0) {
                break;
            }
            prefix = prefix.substring(0, dot);
        }
        if (!stemBuilt) {
            return false;
        }
        // The last part comes from a literal or from an enum constant (ORG_SINGLE → orgSingle).
        return src.contains("\"" + last + "\"") || identifiers(src).contains(normalize(last));
    }

    private static Set<String> identifiersCache;

    private static Set<String> identifiers(String src) {
        if (identifiersCache == null) {
            Set<String> ids = new HashSet<>();
            Matcher m = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b").matcher(src);
            while (m.find()) {
                ids.add(normalize(m.group()));
            }
            identifiersCache = ids;
        }
        return identifiersCache;
    }

    private static String normalize(String s) {
        return s.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
