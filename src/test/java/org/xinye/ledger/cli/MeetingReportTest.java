package org.xinye.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;

/**
 * The meeting report on the default demo ledger, as a secretary hands it out: at most four
 * pages before the appendix, table headers whole, the cover block, the five follow-up kinds,
 * the signature line and page numbers, in one language.
 */
class MeetingReportTest {
    private static final String[] COVERAGE_KEYS = {"name", "inScope", "orgCovered", "singleOrg", "jointOrg", "areaOrg",
        "workCovered", "uncovered", "orgRate", "workRate", "singleRate", "workers", "partyMembers"};

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void demo() {
        Messages.use(Messages.CHINESE);
        db = dir.resolve("demo.xldb");
        assertEquals(0, CliTest.run("demo", "--db", db.toString()).code());
        assertEquals(0, CliTest.run("report", "--db", db.toString(), "--out", dir.resolve("unit.pdf").toString(),
                "--unit", "中共示例区委组织部").code());
    }

    @AfterAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    /** The text of each page. */
    private static List<String> pages(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                strip.setStartPage(i);
                strip.setEndPage(i);
                out.add(strip.getText(doc));
            }
        }
        return out;
    }

    private static List<String> report(String name, String... options) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("report", "--db", db.toString(), "--out", out.toString()));
        args.addAll(Arrays.asList(options));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return pages(out);
    }

    private static int appendixPage(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).strip().startsWith(Messages.get("report.appendixLabel"))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void withFollowUpsTheReportFitsFourPagesBeforeTheAppendix() throws Exception {
        for (boolean landscape : new boolean[] {false, true}) {
            List<String> pages = landscape ? report("l.pdf", "--follow-ups", "--landscape") : report("p.pdf", "--follow-ups");
            int appendix = appendixPage(pages);
            assertTrue(appendix > 0 && appendix <= 4, "appendix starts on page " + (appendix + 1) + " of " + pages.size());
            String main = String.join("\n", pages.subList(0, appendix));
            for (String kind : new String[] {"should_build", "joint_over_limit", "overdue_visits", "annual_checks",
                "missing_relations"}) {
                assertTrue(main.contains(Messages.get("report.kind." + kind)), kind + " in the summary table");
            }
            assertTrue(main.contains(Messages.get("report.oldest")));
            assertTrue(main.contains("中共示例区委组织部"), "the issuing unit set with --unit is kept in the ledger");
            assertTrue(main.contains(Messages.get("report.sign.preparer")) && main.contains(Messages.get("report.sign.reviewer")));
            assertTrue(pages.get(0).contains(Messages.get("report.page", 1, pages.size())), "第 1 页 共 n 页");
            String lists = String.join("\n", pages.subList(appendix, pages.size()));
            assertTrue(lists.contains(Messages.get("report.col.certNo")), "the annual-check list is in the appendix");
        }
    }

    @Test
    void theAppendixCanBeLeftOut() throws Exception {
        List<String> pages = report("short.pdf", "--follow-ups", "--no-appendix");
        assertEquals(-1, appendixPage(pages));
        assertTrue(pages.size() <= 4);
    }

    @Test
    void chineseTableHeadersAreNeverBrokenInsideAWord() throws Exception {
        for (String paper : new String[] {"--title", "--landscape"}) {
            List<String> pages = paper.equals("--landscape") ? report("hl.pdf", paper) : report("hp.pdf", paper, "报告");
            // The header row as extracted: the line that starts it and the next two (a cell of two lines splits it).
            List<String> lines = pages.stream().flatMap(String::lines).toList();
            int start = 0;
            while (!lines.get(start).startsWith(Messages.get("coverage.col.name") + " "
                    + Messages.get("coverage.col.inScope"))) {
                start++;
            }
            List<String> tokens = Arrays.asList(String.join(" ", lines.subList(start, start + 3)).split("\\s+"));
            for (String key : COVERAGE_KEYS) {
                String label = Messages.get("coverage.col." + key);
                if (!label.contains("/")) {
                    assertTrue(tokens.contains(label), label + " whole in the header: " + tokens);
                }
            }
        }
    }

    @Test
    void theEnglishReportIsEnglishWithHeadersBrokenOnlyBetweenWords() throws Exception {
        Messages.use(java.util.Locale.ENGLISH);
        try {
            List<String> pages = report("en.pdf", "--follow-ups");
            String all = String.join("\n", pages);
            assertTrue(all.replaceAll("\\s+", " ").contains(Messages.get("report.defaultTitle", "包头市")));
            assertFalse(all.contains("制表人") || all.contains("第 1 页") || all.contains("总体情况"), "no Chinese copy");
            List<String> tokens = Arrays.asList(all.split("\\s+"));
            for (String key : COVERAGE_KEYS) {
                for (String word : Messages.get("coverage.col." + key).split("[ /]")) {
                    assertTrue(tokens.stream().anyMatch(t -> t.equals(word) || t.startsWith(word + "/")
                            || t.endsWith("/" + word)), word + " appears whole");
                }
            }
        } finally {
            Messages.use(Messages.CHINESE);
        }
    }
}
