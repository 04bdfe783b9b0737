package org.xinye.ledger.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Listings;
import org.xinye.ledger.store.UnitFilter;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.store.WorkerListing.Filter;
import org.xinye.ledger.store.demo.DemoData;

/**
 * A page and its export hold the same rows: the 人员 page's filter is the export's filter, the
 * other pages export the rows they list; and the command line's words mean the same filter.
 */
class PageAndExportTest {
    @TempDir
    static Path dir;
    static Ledger ledger;

    @BeforeAll
    static void demo() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("demo.xldb"), Ledger.Mode.WRITE);
        new DemoData(11, 1500, LocalDate.of(2026, 11, 27)).fill(ledger, p -> { });
        ledger.writing(s -> {
            // Names with the characters LIKE would take as wildcards.
            List<String> names = List.of("张_三", "张三", "李%四", "李四四");
            for (int i = 0; i < names.size(); i++) {
                s.workers().insert(Worker.of(IdNumber.of(TestIds.id("150299", LocalDate.of(1961, 2, 3), 101 + i)),
                        names.get(i)));
            }
        });
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    /** The (name, ID number as shown) of every row the 人员 page lists for {@code f}, page after page. */
    private static List<String> pageRows(Filter f) {
        return ledger.read(s -> {
            List<String> out = new ArrayList<>();
            long n = s.workerListing().count(f);
            for (long offset = 0; offset < n; offset += 500) {
                for (WorkerListing.Row r : s.workerListing().page(f, WorkerListing.Sort.DEFAULT, offset, 500)) {
                    out.add(r.name() + "|" + r.idNumber());
                }
            }
            assertEquals(n, out.size(), "the count is the rows");
            return out;
        });
    }

    /** The (name, ID number) of every row of the export. */
    private static List<String> exportRows(TableExport.Request request) throws IOException {
        Path csv = dir.resolve("export-" + System.nanoTime() + ".csv");
        TableExport.Result r = TableExport.export(ledger, request, csv);
        List<List<String>> rows = CsvRows.read(csv);
        List<String> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            out.add(row.get(1) + "|" + row.get(0));
        }
        assertEquals(r.rows(), out.size());
        return out;
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }

    @Test
    void thePeoplePageAndItsExportHoldTheSameRowsForEveryFilterOfItsBar() throws IOException {
        String employerName = ledger.read(s -> s.listings().unitChoices().get(3).label());
        long employer = ledger.read(s -> s.listings().unitChoices().get(3).key());
        String township = ledger.read(s -> s.listings().townshipChoices().get(2).key());
        List<Filter> filters = List.of(Filter.of("王", null, null, null, null, null, null),
                Filter.of("138", null, null, null, null, null, null),
                Filter.of(null, Occupation.COURIER, null, null, null, null, WorkerStatus.ACTIVE),
                Filter.of(null, null, employer, null, null, null, null),
                Filter.of(null, null, null, township, null, null, null),
                Filter.of(null, null, null, null, null, WorkerListing.Relation.MISSING, null),
                Filter.of("张", null, null, null, null, WorkerListing.Relation.TRANSFERRED_IN, null));
        for (Filter f : filters) {
            List<String> page = pageRows(f);
            assertFalse(page.isEmpty() && f.employerId() == null, "the demo has rows for " + f);
            assertEquals(sorted(page), sorted(exportRows(TableExport.Request.of(f, false))), f + " / " + employerName);
        }
    }

    @Test
    void theCommandLineWordsAreThePagesFilter() throws IOException {
        Filter page = Filter.of("王", Occupation.COURIER, null, null, null, null, WorkerStatus.ACTIVE);
        List<String> viaWords = exportRows(TableExport.Request.parse(TableExport.Table.WORKERS,
                Map.of("q", "王", "occupation", "快递员", "status", "在岗"), false));
        assertEquals(sorted(pageRows(page)), sorted(viaWords));
    }

    @Test
    void wildcardCharactersAreSearchedForAsTyped() throws IOException {
        assertEquals(List.of("张_三"), names(exportRows(TableExport.Request.parse(TableExport.Table.WORKERS,
                Map.of("name", "张_"), false))));
        assertEquals(List.of("李%四"), names(exportRows(TableExport.Request.parse(TableExport.Table.WORKERS,
                Map.of("q", "李%"), false))));
        assertEquals(List.of("李%四"), names(pageRows(Filter.of("李%", null, null, null, null, null, null))));
    }

    private static List<String> names(List<String> rows) {
        return rows.stream().map(r -> r.substring(0, r.indexOf('|'))).toList();
    }

    @Test
    void aListPageExportsExactlyTheUnitsItLists() throws IOException {
        List<Listings.UnitRow> units = ledger.read(s -> s.listings().units());
        List<Listings.UnitRow> shown = units.stream().filter(u -> u.name().contains("快递")).limit(40).toList();
        assertTrue(shown.size() > 5, "the demo has express units");
        Path csv = dir.resolve("units.csv");
        TableExport.export(ledger, TableExport.Request.of(UnitFilter.ids(shown.stream().map(Listings.UnitRow::id)
                .toList()), false), csv);
        List<List<String>> rows = CsvRows.read(csv);
        assertEquals(sorted(shown.stream().map(Listings.UnitRow::name).toList()),
                sorted(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList()));
    }
}
