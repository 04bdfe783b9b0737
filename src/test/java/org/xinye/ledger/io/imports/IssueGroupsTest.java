package org.xinye.ledger.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.domain.Messages;

class IssueGroupsTest {
    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private static Issue issue(int row, String column, String code, Issue.Severity s) {
        return new Issue(row, column, null, "", s, code, "import.rule.nameEmpty", List.of(), null);
    }

    @Test
    void rowsBecomeRangesAndErrorsComeFirst() {
        List<Issue> issues = new java.util.ArrayList<>();
        for (int r : new int[] {12, 13, 14, 20, 21, 52}) {
            issues.add(issue(r, "性别", "gender.mismatch", Issue.Severity.WARNING));
        }
        issues.add(issue(30, "姓名", "name.empty", Issue.Severity.ERROR));
        issues.add(issue(31, "姓名", "name.empty", Issue.Severity.ERROR));
        issues.add(issue(12, "手机号", "mobile.invalid", Issue.Severity.WARNING));
        List<IssueGroup> groups = IssueGroups.of(issues);
        assertEquals(List.of("name.empty", "gender.mismatch", "mobile.invalid"),
                groups.stream().map(IssueGroup::code).toList());
        assertEquals("12–14、20–21、52", groups.get(1).rows(IssueGroup.SHOWN_RANGES));
        assertEquals("12–14、20–21、…", groups.get(1).rows(2));
        assertEquals(6, groups.get(1).count());
        assertEquals("姓名 · 姓名为空，未导入：2 行（第 30–31 行）。", groups.get(0).describe());
        Messages.use(java.util.Locale.ENGLISH);
        try {
            assertEquals("12–14, 20–21, 52", groups.get(1).rows(IssueGroup.SHOWN_RANGES));
            assertEquals("Name · Name is empty; not imported: 2 rows (rows 30–31).", groups.get(0).describe()
                    .replace("姓名", "Name"));
        } finally {
            Messages.use(Messages.CHINESE);
        }
    }

    /** The command line and the files for the sender give a group's count plain; the window groups thousands. */
    @Test
    void aGroupsCountIsPlainUnlessTheCallerShowsItOtherwise() {
        List<Issue> issues = new java.util.ArrayList<>();
        for (int r = 2; r <= 3001; r++) {
            issues.add(issue(r, "性别", "gender.mismatch", Issue.Severity.WARNING));
        }
        IssueGroup g = IssueGroups.of(issues).get(0);
        assertEquals("性别 · 性别与身份证号不符，已按身份证号记录：3000 行（第 2–3001 行）。", g.describe());
        assertEquals("性别 · 性别与身份证号不符，已按身份证号记录：3,000 行（第 2–3001 行）。",
                g.describe(org.xinye.ledger.ui.support.Formats::count));
        assertEquals("已处理 3,000 行…", Messages.get("import.progress.rows", 3000), "only the window shows progress");
        Messages.use(java.util.Locale.ENGLISH);
        try {
            assertEquals("性别 · Gender disagrees with the ID number; recorded as the ID says: 3,000 rows (rows 2–3001).",
                    g.describe(org.xinye.ledger.ui.support.Formats::count));
            assertEquals("3,000 rows processed…", Messages.get("import.progress.rows", 3000));
        } finally {
            Messages.use(Messages.CHINESE);
        }
    }

    /** Every issue code written in the import's and the value types' sources has a group title. */
    @Test
    void everyCodeHasATitle() throws IOException {
        Pattern code = Pattern.compile("\"((?:id|mobile|uscc|name|unit|dup|gender|birth|value|date|count|cell|employer"
                + "|township|parent|org|relation)\\.[a-zA-Z]+)\"");
        Set<String> missing = new TreeSet<>();
        List<Path> sources = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/org/xinye/ledger/io/imports"))) {
            s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("IssueTitles.java")).forEach(sources::add);
        }
        for (String d : List.of("IdNumber", "Mobile", "CreditCode")) {
            sources.add(Path.of("src/main/java/org/xinye/ledger/domain", d + ".java"));
        }
        int found = 0;
        for (Path p : sources) {
            Matcher m = code.matcher(Files.readString(p));
            while (m.find()) {
                found++;
                if (!IssueTitles.has(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertTrue(found > 30, "the scan finds the codes: " + found);
        assertEquals(Set.of(), missing);
    }
}
