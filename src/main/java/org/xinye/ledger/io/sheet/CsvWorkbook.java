package org.xinye.ledger.io.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV or tab-separated text file as a one-sheet workbook. The encoding is found, not
 * assumed: a UTF-8 or UTF-16 byte-order mark decides; otherwise a file that is valid UTF-8
 * is UTF-8, and anything else is GB18030 (what Excel and WPS on Chinese Windows save as
 * "CSV"; it is a superset of GBK and GB2312). The delimiter (comma, tab, semicolon) is
 * taken from the first lines.
 */
final class CsvWorkbook implements Workbook {
    static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;

    private CsvWorkbook(Path file, Charset charset, int bomLength, char delimiter) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
    }

    static CsvWorkbook open(Path file) {
        try {
            Encoding enc = encoding(file);
            return new CsvWorkbook(file, enc.charset(), enc.bomLength(), sniffDelimiter(file, enc.charset(),
                    enc.bomLength()));
        } catch (IOException e) {
            throw new FileRefusedException(FileRefusedException.Cause.UNREADABLE, "import.refused.unreadable", e,
                    file.getFileName(), e.getMessage());
        }
    }

    /** A text file's encoding and the length of its byte-order mark (0: none). */
    record Encoding(Charset charset, int bomLength) {
    }

    /** The encoding as the class comment says: the byte-order mark, else UTF-8 when valid, else GB18030. */
    static Encoding encoding(Path file) throws IOException {
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

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
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

    private static char sniffDelimiter(Path file, Charset cs, int bom) throws IOException {
        char[] candidates = {',', '\t', ';', '|'};
        int[] lines = new int[candidates.length];
        try (BufferedReader r = reader(file, cs, bom)) {
            String line;
            int seen = 0;
            while ((line = r.readLine()) != null && seen < 30) {
                if (line.isBlank()) {
                    continue;
                }
                seen++;
                for (int k = 0; k < candidates.length; k++) {
                    if (countOutsideQuotes(line, candidates[k]) > 0) {
                        lines[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (lines[k] > lines[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    private static int countOutsideQuotes(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static BufferedReader reader(Path file, Charset cs, int bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom);
        return new BufferedReader(new InputStreamReader(in, cs), 1 << 16);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String guessedEncoding() {
        return bomLength == 0 && charset == GB18030 ? charset.name() : null;
    }

    @Override
    public List<SheetInfo> sheets() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return List.of(new SheetInfo(0, dot > 0 ? name.substring(0, dot) : name, false));
    }

    @Override
    public RowCursor rows(SheetInfo sheet) throws IOException {
        return new Cursor(reader(file, charset, bomLength));
    }

    /**
     * The records of the file. A line without a quote character is split at the delimiter
     * here: that is all commons-csv makes of such a line (no trimming, no escapes, an empty
     * line is one empty value), and a roster is almost all such lines, read several times
     * faster this way. From the first line with a quote on, commons-csv reads the rest, since
     * a quoted value may hold delimiters and line breaks.
     *
     * <p>A quote that is never closed makes everything after it one value: the rows it swallows
     * would vanish from the import without a word. A line break inside a quoted value is normal
     * (Alt+Enter in Excel), so such a value is refused only when it runs to the end of the file
     * or holds a line with as many delimiters as a record has: that is a record, not a note. The
     * whole file is refused rather than that row rejected, because where the broken value ends
     * and the next record begins cannot be known; the sender fixes one quote and sends it again.
     */
    private final class Cursor implements RowCursor {
        private final Reader in;
        private char[] buf = new char[1 << 16];
        private int pos;
        private int lim;
        private boolean eof;
        private long records;
        /** The most values a record has had so far: what a line swallowed into a value is measured against. */
        private int width;
        /** The physical line the next quoted-path record starts on (records and lines part at line breaks in values). */
        private long line;
        private CSVParser parser;
        private Iterator<CSVRecord> it;

        Cursor(Reader in) {
            this.in = in;
        }

        @Override
        public Row next() throws IOException {
            while (true) {
                if (it != null) {
                    return nextQuoted();
                }
                int start = pos;
                int i = pos;
                boolean quote = false;
                char c = 0;
                while (true) {
                    if (i == lim) {
                        int kept = i - start;
                        boolean more = fill(start);
                        start = 0;
                        i = kept;
                        if (!more) {
                            break;
                        }
                        continue;
                    }
                    c = buf[i];
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"') {
                        quote = true;
                    }
                    i++;
                }
                if (i == start && i == lim && eof) {
                    return null;
                }
                if (quote) {
                    handOver(start);
                    continue;
                }
                Row row = split(start, i);
                pos = i;
                if (i < lim) {
                    pos++;
                    if (c == '\r' && (pos < lim || fill(pos)) && buf[pos] == '\n') {
                        pos++;
                    }
                }
                if (row != null) {
                    return row;
                }
            }
        }

        /** One record from the line in {@code buf[from, to)}; null when every value is empty. */
        private Row split(int from, int to) {
            records++;
            int count = 1;
            for (int k = from; k < to; k++) {
                if (buf[k] == delimiter) {
                    count++;
                }
            }
            width = Math.max(width, count);
            Cell[] cells = new Cell[count];
            int max = -1;
            int col = 0;
            int begin = from;
            for (int k = from; k <= to; k++) {
                if (k == to || buf[k] == delimiter) {
                    if (k > begin) {
                        cells[col] = Cell.text(new String(buf, begin, k - begin));
                        max = col;
                    }
                    col++;
                    begin = k + 1;
                }
            }
            return max < 0 ? null : new Row((int) records, max + 1 == count ? cells : Arrays.copyOf(cells, max + 1));
        }

        /**
         * Moves what is unread from {@code from} (which is {@code pos}) to the front of the
         * buffer, growing it for a long line, and reads more after it; false at the end of the
         * file.
         */
        private boolean fill(int from) throws IOException {
            int kept = lim - from;
            System.arraycopy(buf, from, buf, 0, kept);
            pos = 0;
            lim = kept;
            if (eof) {
                return false;
            }
            if (kept == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
                return false;
            }
            lim += n;
            return true;
        }

        /** Lets commons-csv read the rest of the file, starting with the line at {@code from}. */
        private void handOver(int from) throws IOException {
            PushbackReader rest = new PushbackReader(in, Math.max(1, lim - from));
            rest.unread(buf, from, lim - from);
            // Not lenient at the end of the file: a quote still open there is an error, reported by nextQuoted.
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setTrailingData(true).get();
            parser = CSVParser.builder().setReader(rest).setFormat(format).setRecordNumber(records + 1).get();
            it = parser.iterator();
            line = records + 1;
        }

        private Row nextQuoted() throws IOException {
            try {
                while (it.hasNext()) {
                    CSVRecord rec = it.next();
                    int expected = width > 0 ? width : rec.size();
                    Cell[] cells = new Cell[rec.size()];
                    int max = -1;
                    for (int i = 0; i < cells.length; i++) {
                        String v = rec.get(i);
                        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                            if (holdsRecord(v, expected)) {
                                throw new FileRefusedException(FileRefusedException.Cause.DAMAGED,
                                        "import.refused.quoteSwallows", null, file.getFileName(), line,
                                        lineBreaks(v));
                            }
                            line += lineBreaks(v);
                        }
                        if (!v.isEmpty()) {
                            cells[i] = Cell.text(v);
                            max = i;
                        }
                    }
                    line++;
                    width = Math.max(width, rec.size());
                    if (max >= 0) {
                        return new Row((int) rec.getRecordNumber(),
                                max + 1 == cells.length ? cells : Arrays.copyOf(cells, max + 1));
                    }
                }
                return null;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException) {
                    // With trailing data allowed and no escape character, the only malformed CSV is a quote open at the end.
                    throw new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.quoteToEnd", e,
                            file.getFileName(), line);
                }
                throw e.getCause();
            }
        }

        /** Whether a line after the first in {@code v} has as many delimiters as a record of {@code expected} values. */
        private boolean holdsRecord(String v, int expected) {
            if (expected < 2) {
                return false;
            }
            int delimiters = 0;
            boolean later = false;
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '\n' || c == '\r') {
                    later = true;
                    delimiters = 0;
                } else if (c == delimiter && later && ++delimiters == expected - 1) {
                    return true;
                }
            }
            return false;
        }

        /** Line breaks in a value: CR LF, CR or LF, each one. */
        private static int lineBreaks(String v) {
            int n = 0;
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '\n' || c == '\r' && (k + 1 == v.length() || v.charAt(k + 1) != '\n')) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public void close() {
            try {
                if (parser != null) {
                    parser.close();
                } else {
                    in.close();
                }
            } catch (IOException e) {
                // A read stream: nothing to lose.
            }
        }
    }

    @Override
    public void close() {
        // Each cursor holds its own reader.
    }
}
