package org.xinye.ledger.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinye.ledger.store.WorkerListing;

class PagedRowsTest {
    private static List<WorkerListing.Row> page(int page) {
        List<WorkerListing.Row> rows = new ArrayList<>();
        for (int i = 0; i < PagedRows.PAGE; i++) {
            long id = (long) page * PagedRows.PAGE + i + 1;
            rows.add(new WorkerListing.Row(id, "人" + id, "", null, null, "", null, "", "", null, null, null));
        }
        return rows;
    }

    @Test
    void aLineAsksForItsPageOnceAndFillsWhenThePageArrives() {
        List<Integer> asked = new ArrayList<>();
        PagedRows rows = new PagedRows(100_000, asked::add);
        assertEquals(100_000, rows.size());
        PersonSlot slot = rows.get(1234);
        assertEquals(List.of(1234 / PagedRows.PAGE), asked);
        rows.get(1235);
        assertEquals(1, asked.size(), "the same page is not asked for twice while it is on its way");
        assertNull(slot.row());
        rows.fill(6, page(6));
        assertEquals(1235, slot.row().id());
    }

    @Test
    void findingALineDoesNotReadTheWholeQuery() {
        List<Integer> asked = new ArrayList<>();
        PagedRows rows = new PagedRows(1_000_000, asked::add);
        PersonSlot slot = rows.get(10);
        asked.clear();
        assertEquals(10, rows.indexOf(slot));
        assertTrue(rows.contains(slot));
        assertEquals(-1, rows.indexOf(new PersonSlot(10)));
        assertTrue(asked.isEmpty(), "the table's selection model looks lines up this way; no page may be read for it");
    }

    @Test
    void onlyTheMostRecentlyUsedPagesStayInMemory() {
        PagedRows rows = new PagedRows(100_000, p -> { });
        PersonSlot first = rows.get(0);
        for (int p = 0; p <= PagedRows.KEPT_PAGES; p++) {
            rows.fill(p, page(p));
        }
        assertNull(first.row(), "the oldest page was let go");
        assertNotNull(rows.get(PagedRows.KEPT_PAGES * PagedRows.PAGE).row());
        assertEquals(-1, rows.indexOf(1L));
        assertEquals(PagedRows.PAGE + 5, rows.indexOf(PagedRows.PAGE + 6L));
    }
}
