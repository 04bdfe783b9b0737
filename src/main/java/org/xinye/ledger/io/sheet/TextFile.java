package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small text file (a region list) read with the encoding detection of CSV import, so a file
 * saved by Excel or WPS on Chinese Windows reads the same here as there.
 */
public final class TextFile {
    /** The text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    private TextFile() {
    }

    /** The whole file as text, without its byte-order mark; bytes the encoding cannot read become U+FFFD. */
    public static Decoded read(Path file) throws IOException {
        TextEncoding.Encoding enc = TextEncoding.of(file);
        byte[] bytes = Files.readAllBytes(file);
        int bom = Math.min(enc.bomLength(), bytes.length);
        return new Decoded(new String(bytes, bom, bytes.length - bom, enc.charset()), enc.charset().name());
    }
}
