package org.xinye.ledger.io.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file, found, not assumed: a UTF-8 or UTF-16 byte-order mark decides;
 * otherwise a file that is valid UTF-8 is UTF-8, and anything else is GB18030 (what Excel and
 * WPS on Chinese Windows save as "CSV"; it is a superset of GBK and GB2312).
 */
final class TextEncoding {
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {
    }

    /** A text file's encoding and the length of its byte-order mark (0: none). */
    record Encoding(Charset charset, int bomLength) {
    }

    /** The encoding as the class comment says: the byte-order mark, else UTF-8 when valid, else GB18030. */
    static Encoding of(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return new Encoding(isValidUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Decodes the whole file strictly; a single malformed sequence means it is not UTF-8. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = s.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult r = dec.decode(in, out, end);
                if (r.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            return !dec.flush(out).isError() && in.position() == 0;
        }
    }

    static BufferedReader reader(Path file, Charset cs, int bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom);
        return new BufferedReader(new InputStreamReader(in, cs), 1 << 16);
    }
}
