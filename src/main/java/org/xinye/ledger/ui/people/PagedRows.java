package org.xinye.ledger.ui.people;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;
import org.xinye.ledger.store.WorkerListing;

/**
 * The rows of one query (one filter, one order) as a list the table can scroll through end
 * to end, without holding them: the size is the SQL count, and a line's page is asked for
 * the first time the table wants the line. Only the most recently used pages stay in memory.
 * A new filter or order makes a new list; this one never changes size.
 */
public final class PagedRows extends ObservableListBase<PersonSlot> {
    public static final int PAGE = 200;
    /** Pages kept; far more than a screen shows, so a visible page is never the one dropped. */
    static final int KEPT_PAGES = 40;

    private final int size;
    private final PersonSlot[] slots;
    private final IntConsumer requestPage;
    private final Set<Integer> requested = new HashSet<>();
    private final Map<Integer, Boolean> loaded = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param size        the number of rows the query matches
     * @param requestPage asked (once per page) to read a page; its answer comes back through {@link #fill}
     */
    PagedRows(long size, IntConsumer requestPage) {
        this.size = (int) Math.min(Integer.MAX_VALUE - 8, size);
        this.slots = new PersonSlot[this.size];
        this.requestPage = requestPage;
    }

    @Override
    public PersonSlot get(int index) {
        PersonSlot s = slots[index];
        if (s == null) {
            s = new PersonSlot(index);
            slots[index] = s;
        }
        int page = index / PAGE;
        if (loaded.get(page) == null && requested.add(page)) {
            requestPage.accept(page);
        }
        return s;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Where a line of this list is, without walking the list: the table's selection model asks
     * this when its items are replaced, and walking would read every page of the query.
     */
    @Override
    public int indexOf(Object o) {
        if (o instanceof PersonSlot s && s.index() < size && slots[s.index()] == s) {
            return s.index();
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Puts a page's rows in place and forgets the least recently used pages beyond the limit. */
    void fill(int page, List<WorkerListing.Row> rows) {
        int from = page * PAGE;
        for (int i = 0; i < rows.size() && from + i < size; i++) {
            get(from + i).fill(rows.get(i));
        }
        requested.remove(page);
        loaded.put(page, Boolean.TRUE);
        while (loaded.size() > KEPT_PAGES) {
            int oldest = loaded.keySet().iterator().next();
            loaded.remove(oldest);
            int start = oldest * PAGE;
            for (int i = start; i < Math.min(size, start + PAGE); i++) {
                if (slots[i] != null) {
                    slots[i].fill(null);
                }
            }
        }
    }

    /** A page whose read failed may be asked for again. */
    void forget(int page) {
        requested.remove(page);
    }

    /** The line showing the worker with this id, among the pages in memory, or -1. */
    int indexOf(long workerId) {
        for (int page : loaded.keySet().toArray(new Integer[0])) {
            int start = page * PAGE;
            for (int i = start; i < Math.min(size, start + PAGE); i++) {
                PersonSlot s = slots[i];
                if (s != null && s.row() != null && s.row().id() == workerId) {
                    return i;
                }
            }
        }
        return -1;
    }
}
