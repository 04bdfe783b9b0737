package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file. A line without a quote character is split at the delimiter
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
final class CsvRecords implements RowCursor {
    private final Reader in;
    private final Path file;
    private final char delimiter;
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

    CsvRecords(Reader in, Path file, char delimiter) {
        this.in = in;
        this.file = file;
        this.delimiter = delimiter;
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
