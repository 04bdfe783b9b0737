package org.xinye.ledger.report;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.FontHeaders;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Chinese font that a PDF can embed. PDFBox subsets TrueType-outline fonts (Microsoft
 * YaHei, SimSun, PingFang, WenQuanYi) but refuses CFF-outline OpenType such as Noto Sans
 * CJK, so the search reads each candidate's table headers and skips CFF faces. Known
 * files come first, in the order an office document would choose them; then any other
 * installed font that declares the Simplified Chinese code page.
 */
public final class CjkFont {
    private static final System.Logger LOG = System.getLogger(CjkFont.class.getName());
    /** Simplified Chinese (GBK, code page 936) in the OS/2 code-page range. */
    private static final long CODE_PAGE_936 = 1L << 18;
    private static final List<String> PREFERRED = List.of("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc",
            "deng.ttf", "pingfang.ttc", "hiragino sans gb.ttc", "stheiti light.ttc", "stheiti medium.ttc",
            "songti.ttc", "wqy-microhei.ttc", "wqy-zenhei.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf",
            "notosanssc-regular.ttf", "notosanssc[wght].ttf");
    private static volatile Optional<CjkFont> cached;

    private final Path file;
    private final String postScriptName;
    private final String family;

    CjkFont(Path file, String postScriptName, String family) {
        this.file = file;
        this.postScriptName = postScriptName;
        this.family = family;
    }

    public Path file() {
        return file;
    }

    public String postScriptName() {
        return postScriptName;
    }

    /** The family name, as AWT knows the installed font. */
    public String family() {
        return family;
    }

    /** The embeddable font of this machine, looked up once. */
    public static Optional<CjkFont> find() {
        Optional<CjkFont> f = cached;
        if (f == null) {
            f = find(systemFontFolders());
            cached = f;
            LOG.log(Level.INFO, "PDF font: {0}", f.map(c -> c.file + " (" + c.postScriptName + ")").orElse("none"));
        }
        return f;
    }

    /** The font for a PDF, or a clear message that there is none. */
    public static CjkFont require() {
        return find().orElseThrow(() -> new ReportException("report.noFont"));
    }

    static Optional<CjkFont> find(List<Path> folders) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 4)) {
                files.filter(Files::isRegularFile).filter(CjkFont::isFontFile)
                        .forEach(p -> byName.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.log(Level.DEBUG, "cannot list fonts in {0}: {1}", folder, e.getMessage());
            }
        }
        for (String name : PREFERRED) {
            Path p = byName.get(name);
            Optional<CjkFont> f = p == null ? Optional.empty() : embeddable(p, false);
            if (f.isPresent()) {
                return f;
            }
        }
        for (Path p : byName.values()) {
            Optional<CjkFont> f = embeddable(p, true);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc");
    }

    /** The first face of the file with TrueType outlines (and, when asked, the Chinese code page). */
    static Optional<CjkFont> embeddable(Path file, boolean requireChineseCodePage) {
        List<FontHeaders> faces = new ArrayList<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection.processAllFontHeaders(file.toFile(), faces::add);
            } else {
                try (var in = new RandomAccessReadBufferedFile(file)) {
                    faces.add(new TTFParser().parseTableHeaders(in));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "skipping font {0}: {1}", file, e.getMessage());
            return Optional.empty();
        }
        for (FontHeaders h : faces) {
            if (h.getError() != null || h.isOpenTypePostScript() || h.getName() == null) {
                continue;
            }
            OS2WindowsMetricsTable os2 = h.getOS2Windows();
            if (requireChineseCodePage && (os2 == null || (os2.getCodePageRange1() & CODE_PAGE_936) == 0)) {
                continue;
            }
            // fsType bit 1 (0x2): restricted licence, no embedding allowed.
            if (os2 != null && (os2.getFsType() & 0x000F) == 0x0002) {
                continue;
            }
            return Optional.of(new CjkFont(file, h.getName(), h.getFontFamily() == null ? h.getName() : h.getFontFamily()));
        }
        return Optional.empty();
    }

    /** The folders where Windows, macOS and Linux keep system and user fonts. */
    static List<Path> systemFontFolders() {
        List<Path> out = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            out.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            out.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        for (String dir : List.of("/System/Library/Fonts", "/Library/Fonts", "/usr/share/fonts", "/usr/local/share/fonts")) {
            out.add(Path.of(dir));
        }
        if (!home.isEmpty()) {
            out.add(Path.of(home, "Library", "Fonts"));
            out.add(Path.of(home, ".local", "share", "fonts"));
            out.add(Path.of(home, ".fonts"));
        }
        return out;
    }

    /** The font loaded into a document as a subset; close it only after the document is saved. */
    public Embedded embed(PDDocument doc) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new Embedded(PDType0Font.load(doc, file.toFile()), () -> { });
        }
        TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
        try {
            TrueTypeFont ttf = ttc.getFontByName(postScriptName);
            if (ttf == null) {
                throw new IOException("font " + postScriptName + " not in " + file);
            }
            return new Embedded(PDType0Font.load(doc, ttf, true), ttc);
        } catch (IOException | RuntimeException e) {
            ttc.close();
            throw e;
        }
    }

    /** An embedded font and the open file it reads glyphs from until the document is written. */
    public record Embedded(PDType0Font font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
