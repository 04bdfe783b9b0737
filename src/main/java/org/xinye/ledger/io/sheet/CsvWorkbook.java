package org.xinye.ledger.io.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV or tab-separated text file as a one-sheet workbook. The encoding is found, not
 * assumed ({@link TextEncoding}); the delimiter (comma, tab, semicolon) is taken from the
 * first lines ({@link #open} finds both); {@link CsvRecords} reads the records.
 */
record CsvWorkbook(Path file, Charset charset, int bomLength, char delimiter) implements Workbook {
    static CsvWorkbook open(Path file) {
        try {
            TextEncoding.Encoding enc = TextEncoding.of(file);
            return new CsvWorkbook(file, enc.charset(), enc.bomLength(), sniffDelimiter(file, enc.charset(),
                    enc.bomLength()));
        } catch (IOException e) {
            throw new FileRefusedException(FileRefusedException.Cause.UNREADABLE, "import.refused.unreadable", e,
                    file.getFileName(), e.getMessage());
        }
    }

    private static char sniffDelimiter(Path file, Charset cs, int bom) throws IOException {
        char[] candidates = {',', '\t', ';', '|'};
        int[] lines = new int[candidates.length];
        try (BufferedReader r = TextEncoding.reader(file, cs, bom)) {
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

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String guessedEncoding() {
        return bomLength == 0 && charset == TextEncoding.GB18030 ? charset.name() : null;
    }

    @Override
    public List<SheetInfo> sheets() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return List.of(new SheetInfo(0, dot > 0 ? name.substring(0, dot) : name, false));
    }

    @Override
    public RowCursor rows(SheetInfo sheet) throws IOException {
        return new CsvRecords(TextEncoding.reader(file, charset, bomLength), file, delimiter);
    }


    @Override
    public void close() {
        // Each cursor holds its own reader.
    }
}
