package org.xinye.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.shell.PageId;

/**
 * The developer guide's map stays true: every page of the window has a row, and every class
 * the map names ({@code ui/people/PeopleView}, and a bare {@code WorkerForm} after it in the
 * same folder) is a file in the repository.
 */
class DeveloperGuideTest {
    private static final Path GUIDE = Path.of("src/site/markdown/developer-guide.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*");

    /** The rows of the two tables of §2: the pages and the commands. */
    private static List<String> mapRows() throws IOException {
        return rows("## 2.", "## 3.");
    }

    /** The table rows of the guide between two headings ({@code null}: to the end). */
    private static List<String> rows(String from, String to) throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String section = guide.substring(guide.indexOf(from), to == null ? guide.length() : guide.indexOf(to));
        return section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| page") && !l.startsWith("| command")
                && !l.startsWith("| before")).toList();
    }

    @Test
    void everyPageOfTheWindowHasARow() throws IOException {
        Messages.use(Messages.CHINESE);
        List<String> rows = mapRows();
        for (PageId page : PageId.values()) {
            String label = Messages.get(page.labelKey());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("| " + label + " ")), "no row for " + label);
        }
    }

    @Test
    void everyClassTheMapNamesIsAFile() throws IOException {
        assertTrue(missing(mapRows()).isEmpty(), "the guide names classes that are not there: " + missing(mapRows()));
    }

    @Test
    void whatMovedWhereNamesFilesThatAreThere() throws IOException {
        List<String> rows = rows("## 8.", null);
        assertTrue(rows.size() > 10, "the table of §8");
        assertTrue(missing(rows).isEmpty(), "§8 names classes that are not there: " + missing(rows));
    }

    private static List<String> missing(List<String> rows) {
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            for (String cell : row.split("\\|")) {
                String folder = null;
                Matcher m = CODE.matcher(cell);
                while (m.find()) {
                    // `store/TextSearch.workers` names a member of a class: the class is the file.
                    String name = m.group(1).split(" ")[0].replaceAll("\\.[a-z]\\w*$", "");
                    if (name.contains("*") || name.startsWith("export") && name.contains(" ")) {
                        continue;
                    }
                    String path;
                    if (name.contains("/")) {
                        folder = name.substring(0, name.lastIndexOf('/') + 1);
                        path = name;
                    } else if (folder != null && CLASS.matcher(name).matches()) {
                        path = folder + name;
                    } else {
                        continue;
                    }
                    if (!Files.exists(Path.of("src/main/java/org/xinye/ledger/" + path + ".java"))
                            && !Files.exists(Path.of("src/test/java/org/xinye/ledger/" + path + ".java"))) {
                        missing.add(path);
                    }
                }
            }
        }
        return missing;
    }
}
