package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding of a web page saved as a spreadsheet: a byte-order mark decides; else the page's
 * own {@code <meta charset>} (or {@code http-equiv} Content-Type); else it is sniffed like a CSV
 * (valid UTF-8 is UTF-8, anything else GB18030). GB2312 and GBK are read as GB18030, their
 * superset: pages that declare GB2312 routinely hold characters only GBK has. A page that says
 * UTF-8 but is not is read as GB18030, as a browser on Chinese Windows would show it.
 */
final class HtmlCharset {
    /** Where browsers look for the meta tag. */
    private static final int PRESCAN = 1024 * 8;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-.:]+)", Pattern.CASE_INSENSITIVE);

    /** The encoding, the length of the byte-order mark, and whether nothing in the file said which. */
    record Found(Charset charset, int bomLength, boolean guessed) {
    }

    private HtmlCharset() {
    }

    static Found of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PRESCAN);
        }
        int n = head.length;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Found(StandardCharsets.UTF_8, 3, false);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Found(StandardCharsets.UTF_16LE, 2, false);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Found(StandardCharsets.UTF_16BE, 2, false);
        }
        Charset declared = declared(new String(head, StandardCharsets.ISO_8859_1));
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Found(declared, 0, false);
        }
        boolean utf8 = TextEncoding.isValidUtf8(file);
        if (declared != null && utf8) {
            return new Found(declared, 0, false);
        }
        return new Found(utf8 ? StandardCharsets.UTF_8 : TextEncoding.GB18030, 0, !utf8);
    }

    /** The charset a meta tag names, GB2312 and GBK widened to GB18030; null when none or unknown. */
    static Charset declared(String head) {
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("gb") || name.equals("x-gbk") || name.equals("cp936") || name.equals("ms936")
                || name.equals("windows-936")) {
            return TextEncoding.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
