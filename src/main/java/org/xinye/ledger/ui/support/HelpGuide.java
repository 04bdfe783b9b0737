package org.xinye.ledger.ui.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * 帮助 ▸ 使用说明: the user guide (README.zh-CN.md, packed into the app with its pictures)
 * written out as an HTML page in the data folder, for the system's browser, which every
 * office PC has and which needs no network for a local file.
 */
public final class HelpGuide {
    private static final String BASE = "/org/xinye/ledger/help/";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)");

    private HelpGuide() {
    }

    /** Writes the guide into {@code folder} and gives the page to open. */
    public static Path render(Path folder) {
        try {
            String markdown = resource("README.zh-CN.md");
            Files.createDirectories(folder);
            Matcher m = IMAGE.matcher(markdown);
            while (m.find()) {
                String picture = m.group(1);
                try (InputStream in = HelpGuide.class.getResourceAsStream(BASE + picture)) {
                    if (in != null) {
                        Path target = folder.resolve(picture);
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
            String body = HtmlRenderer.builder().extensions(extensions).build()
                    .render(Parser.builder().extensions(extensions).build().parse(markdown));
            Path page = folder.resolve("使用说明.html");
            Files.writeString(page, PAGE.replace("{body}", body), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HelpGuide.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("the user guide is missing from this build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>新业态党建台账 使用说明</title>
            <style>
            body { font-family: "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif;
                   max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.7; color: #24292f; }
            h1, h2, h3 { color: #c8161d; line-height: 1.3; }
            h1 { border-bottom: 2px solid #c8161d; padding-bottom: .3em; }
            img { max-width: 100%; border: 1px solid #d0d7de; border-radius: 6px; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #d0d7de; padding: .35em .8em; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; }
            code, pre { font-family: Consolas, "Courier New", monospace; background: #f6f8fa; border-radius: 4px; }
            pre { padding: .8em 1em; overflow-x: auto; }
            </style></head><body>
            {body}
            </body></html>
            """;
}
