package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.ui.support.HelpGuide;

class HelpGuideTest {
    @TempDir
    Path dir;

    @Test
    void theGuideComesOutAsAPageWithItsPicturesAndTheFourDailyJobs() throws Exception {
        Path page = HelpGuide.render(dir);
        String html = Files.readString(page);
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        for (String job : new String[] {"维护台账", "导入花名册", "查看和打印两个覆盖", "跟进待办", "<table>"}) {
            assertTrue(html.contains(job), job);
        }
        assertTrue(html.contains("src=\"assets/screenshots/dashboard.png\""));
        assertTrue(Files.size(dir.resolve("assets/screenshots/dashboard.png")) > 10_000, "the picture was copied");
    }
}
