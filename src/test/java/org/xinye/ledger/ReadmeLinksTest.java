package org.xinye.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The user guides and the developer guide point only at files that are there: a picture the README
 * names but the repository lacks shows as a broken image on the project page and in the window's
 * 帮助 (which renders the Chinese README).
 */
class ReadmeLinksTest {
    /** A Markdown picture or link with a relative target: {@code ![alt](assets/x.png)}, {@code [t](docs/y.md#z)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s:#]+)(#[^)]*)?\\)");

    static List<String> missingTargets(Path markdown) throws IOException {
        List<String> missing = new ArrayList<>();
        Matcher m = LINK.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        while (m.find()) {
            if (!Files.exists(markdown.getParent().resolve(m.group(1)))) {
                missing.add(m.group(1));
            }
        }
        return missing;
    }

    @Test
    void everyPictureAndLinkOfTheGuidesIsAFile() throws IOException {
        for (String guide : new String[] {"README.md", "README.zh-CN.md", "src/site/markdown/developer-guide.md"}) {
            Path file = Path.of(guide).toAbsolutePath();
            assertEquals(List.of(), missingTargets(file), guide + " points at files that are not there");
        }
    }

    @Test
    void aMissingPictureIsFound() throws IOException {
        Path dir = Files.createTempDirectory("readme");
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "![there](README.md) ![gone](assets/gone.png) [web](https://example.org/x.png)");
        assertEquals(List.of("assets/gone.png"), missingTargets(readme));
        assertTrue(Files.deleteIfExists(readme));
        Files.delete(dir);
    }
}
