package org.xinye.ledger.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Messages;

/**
 * CsvWorkbook splits lines without quotes itself and hands the file to commons-csv at the
 * first quote. Whatever the text, the rows (numbers and values) must be exactly those
 * commons-csv alone makes of it, unless a quote left open swallows lines: then the file is
 * refused.
 */
class CsvRowsTest {
    private static final String[] PIECES = {"a", "bc", "张伟", "150203", ",", ",", ",", "\t", ";", "|", " ", "\u3000",
        "\r\n", "\r\n", "\n", "\r", "", "\"", "\"\"", "x\"y", "\"q,r\"", "\"line\nbreak\""};

    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void rowsAreThoseOfCommonsCsvForAnyText() throws IOException {
        Random rnd = new Random(20261128);
        for (int n = 0; n < 4000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = rnd.nextInt(60);
            // Most files have no quote at all, many get their first one late: both paths and the hand-over.
            int quotesFrom = rnd.nextInt(3) == 0 ? rnd.nextInt(pieces + 1) : Integer.MAX_VALUE;
            for (int k = 0; k < pieces; k++) {
                String p = PIECES[rnd.nextInt(PIECES.length)];
                if (k < quotesFrom && p.contains("\"")) {
                    p = "a";
                }
                b.append(p);
            }
            check(b.toString(), "case " + n);
        }
    }

    @Test
    void linesAcrossTheBufferAndLongerThanItReadTheSame() throws IOException {
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < 40_000; row++) {
            int cols = 1 + rnd.nextInt(8);
            for (int c = 0; c < cols; c++) {
                b.append(c == 0 ? "" : ",").append(rnd.nextInt(5) == 0 ? "" : "值" + rnd.nextInt(100_000));
            }
            b.append(switch (rnd.nextInt(4)) {
                case 0 -> "\r";
                case 1 -> "\n";
                default -> "\r\n";
            });
            if (row == 20_000) {
                b.append("长".repeat(200_000)).append(",end\r\n");
            }
        }
        check(b.toString(), "long file");
        // Short CRLF lines after a first line of every length modulo theirs: one of them has a buffer fill end
        // between a CR and its LF.
        for (int first = 0; first < 5; first++) {
            check("h".repeat(first) + "\n" + "x,1\r\n".repeat(40_000) + "y", "CRLF across fills " + first);
            check("h".repeat(first) + "\n" + "中,1\r\n".repeat(40_000) + "y", "CRLF across fills, CJK " + first);
        }
        check(b + "tail,\"quoted\r\nvalue\",x\r\nlast", "long file ending in quotes");
    }

    private void check(String text, String what) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (Files.size(file) == 0) {
            return;
        }
        try (CsvWorkbook wb = CsvWorkbook.open(file)) {
            List<String> ours = rows(wb);
            List<String> theirs = commonsCsv(file, wb.delimiter(), true);
            String about = what + ": " + text.length() + " chars, delimiter " + (int) wb.delimiter();
            String last = ours.isEmpty() ? "" : ours.get(ours.size() - 1);
            if (last.equals("refused: import.refused.quoteToEnd")) {
                List<String> strict = commonsCsv(file, wb.delimiter(), false);
                assertEquals("failed: CSVException", strict.get(strict.size() - 1), about);
            } else if (last.equals("refused: import.refused.quoteSwallows")) {
                assertTrue(String.join("", theirs).contains("\n") || String.join("", theirs).contains("\r"), about);
            } else {
                assertEquals(theirs, ours, about);
            }
        }
    }

    @Test
    void aQuoteLeftOpenToTheEndIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("花名册.csv");
        Files.writeString(file, "姓名,身份证号,备注\n甲九," + TestIds.id(9) + ",好\n甲十," + TestIds.id(10)
                + ",\"未闭合\n甲十一," + TestIds.id(11) + ",正常\n", StandardCharsets.UTF_8);
        FileRefusedException e = refusal(file);
        assertEquals("import.refused.quoteToEnd", e.messageKey());
        assertEquals("花名册.csv", e.args()[0].toString());
        assertEquals(3L, ((Number) e.args()[1]).longValue(), "the line the open quote is on");
    }

    @Test
    void aQuoteThatSwallowsRecordsIsRefusedWhileALineBreakInACellIsKept() throws IOException {
        Path file = dir.resolve("名单.csv");
        String header = "姓名,身份证号,备注\r\n";
        // An Alt+Enter note first: its second line has a comma, but fewer than a record.
        String note = "甲八," + TestIds.id(8) + ",\"白班\r\n夜班, 周末\"\r\n";
        Files.writeString(file, header + note + "甲十," + TestIds.id(10) + ",\"未闭合\r\n甲十一," + TestIds.id(11)
                + ",正常\r\n甲十二," + TestIds.id(12) + ",\"另一个\"\r\n", StandardCharsets.UTF_8);
        FileRefusedException e = refusal(file);
        assertEquals("import.refused.quoteSwallows", e.messageKey());
        assertEquals("名单.csv", e.args()[0].toString());
        assertEquals(4L, ((Number) e.args()[1]).longValue(), "the line the open quote is on");

        Files.writeString(file, header + note + "甲十," + TestIds.id(10) + ",正常\r\n", StandardCharsets.UTF_8);
        try (CsvWorkbook wb = CsvWorkbook.open(file)) {
            assertEquals(List.of("1:[姓名][身份证号][备注]", "2:[甲八][" + TestIds.id(8) + "][白班\r\n夜班, 周末]",
                    "3:[甲十][" + TestIds.id(10) + "][正常]"), rows(wb));
        }
    }

    private static FileRefusedException refusal(Path file) {
        try (CsvWorkbook wb = CsvWorkbook.open(file); RowCursor cursor = wb.rows(wb.sheets().get(0))) {
            return assertThrows(FileRefusedException.class, () -> {
                while (cursor.next() != null) {
                    // Reading on to the refusal.
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> rows(CsvWorkbook wb) {
        List<String> out = new ArrayList<>();
        try (RowCursor cursor = wb.rows(wb.sheets().get(0))) {
            Row r;
            while ((r = cursor.next()) != null) {
                out.add(describe(r));
            }
        } catch (FileRefusedException e) {
            out.add("refused: " + e.messageKey());
        } catch (IOException | RuntimeException e) {
            out.add("failed: " + e.getClass().getSimpleName());
        }
        return out;
    }

    /** What the reader made of the file when it used commons-csv for every line; lenient: a quote may stay open. */
    private static List<String> commonsCsv(Path file, char delimiter, boolean lenient) {
        List<String> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrailingData(true).setLenientEof(lenient).get();
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            for (CSVRecord rec : parser) {
                Cell[] cells = new Cell[rec.size()];
                int max = -1;
                for (int i = 0; i < cells.length; i++) {
                    if (!rec.get(i).isEmpty()) {
                        cells[i] = Cell.text(rec.get(i));
                        max = i;
                    }
                }
                if (max >= 0) {
                    out.add(describe(new Row((int) rec.getRecordNumber(), java.util.Arrays.copyOf(cells, max + 1))));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            out.add("failed: " + (e instanceof UncheckedIOException u ? u.getCause() : e).getClass().getSimpleName());
        }
        return out;
    }

    private static String describe(Row r) {
        StringBuilder b = new StringBuilder().append(r.number()).append(':');
        for (Cell c : r.cells()) {
            b.append('[').append(c == null ? "-" : c.text()).append(']');
        }
        return b.toString();
    }
}
