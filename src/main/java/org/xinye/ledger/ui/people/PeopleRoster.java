package org.xinye.ledger.ui.people;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.store.WorkerListing.Filter;
import org.xinye.ledger.store.WorkerListing.Relation;
import org.xinye.ledger.store.WorkerListing.Sort;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 人员 table at any size: its filters, counted, filtered and sorted in SQL and read a page
 * at a time ({@link PagedRows}), and its export of the same rows.
 */
public final class PeopleRoster {
    private static final int PAGE_READERS = 2;

    private final Workspace workspace;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Occupation> occupation = new SimpleObjectProperty<>(this, "occupation");
    private final ObjectProperty<Choice<Long>> employer = new SimpleObjectProperty<>(this, "employer");
    private final ObjectProperty<Choice<String>> township = new SimpleObjectProperty<>(this, "township");
    private final ObjectProperty<PoliticalStatus> political = new SimpleObjectProperty<>(this, "political");
    private final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(this, "relation");
    private final ObjectProperty<WorkerStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyObjectWrapper<PagedRows> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", -1);
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(this, "matching", -1);
    private Sort sort = Sort.DEFAULT;
    private final Deque<PageRequest> pageQueue = new ArrayDeque<>();
    private int pagesInFlight;
    private long queryGeneration;
    private boolean querying;
    private boolean queryPending;

    private record Query(long total, long matching, List<WorkerListing.Row> firstPage) {
    }

    private record PageRequest(long generation, Filter filter, Sort order, int page) {
    }

    PeopleRoster(Workspace workspace) {
        this.workspace = workspace;
        InvalidationListener filterChanged = o -> requery();
        for (Observable p : List.<Observable>of(text, occupation, employer, township, political, relation, status)) {
            p.addListener(filterChanged);
        }
    }

    public Filter filter() {
        return Filter.of(Text.trimmedOrNull(text.get()), occupation.get(), employer.get() == null ? null : employer.get().key(),
                township.get() == null ? null : township.get().key(), political.get(), relation.get(), status.get());
    }

    /**
     * Counts and reads the first page for the current filter and order. While a query runs,
     * further changes (typing) wait and then run once, with the latest filter.
     */
    public void requery() {
        if (workspace.ledger() == null) {
            return;
        }
        if (querying) {
            queryPending = true;
            return;
        }
        querying = true;
        long generation = ++queryGeneration;
        Filter f = filter();
        Sort order = sort;
        workspace.background().submit(Messages.get("task.loadingPeople"), p -> workspace.ledger().read(s -> new Query(
                s.workers().count(), s.workerListing().count(f), s.workerListing().page(f, order, 0, PagedRows.PAGE))),
                q -> {
                    querying = false;
                    if (queryPending) {
                        queryPending = false;
                        requery();
                        return;
                    }
                    show(generation, f, order, q);
                }, e -> {
                    querying = false;
                    queryPending = false;
                    workspace.fail(e);
                });
    }

    private void show(long generation, Filter f, Sort order, Query q) {
        pageQueue.clear();
        total.set(q.total());
        matching.set(q.matching());
        PagedRows list = new PagedRows(q.matching(), page -> loadPage(generation, f, order, page));
        list.fill(0, q.firstPage());
        rows.set(list);
    }

    /**
     * Queues a page; the newest request is read first (dragging the scroll bar asks for many
     * pages, and the one in view now is the one that matters), two at a time.
     */
    private void loadPage(long generation, Filter f, Sort order, int page) {
        pageQueue.push(new PageRequest(generation, f, order, page));
        nextPages();
    }

    private void nextPages() {
        while (pagesInFlight < PAGE_READERS && !pageQueue.isEmpty()) {
            PageRequest r = pageQueue.pop();
            if (r.generation() != queryGeneration) {
                continue;
            }
            pagesInFlight++;
            workspace.background().submit(Messages.get("task.loadingPeople"), p -> workspace.ledger().read(
                    s -> s.workerListing().page(r.filter(), r.order(), (long) r.page() * PagedRows.PAGE, PagedRows.PAGE)),
                    rowsRead -> {
                        pagesInFlight--;
                        PagedRows list = rows.get();
                        if (r.generation() == queryGeneration && list != null) {
                            list.fill(r.page(), rowsRead);
                        }
                        nextPages();
                    }, e -> {
                        pagesInFlight--;
                        PagedRows list = rows.get();
                        if (list != null) {
                            list.forget(r.page());
                        }
                        workspace.fail(e);
                        nextPages();
                    });
        }
    }

    /** The order the table asked for (null: the default, by name). */
    public void sortBy(WorkerListing.SortKey key, boolean ascending) {
        Sort wanted = key == null ? Sort.DEFAULT : new Sort(key, ascending);
        if (!wanted.equals(sort)) {
            sort = wanted;
            requery();
        }
    }

    public Sort sort() {
        return sort;
    }

    /** 导出…: the rows the table lists now (the same filter), masked unless the user chooses full values. */
    public void export() {
        new ExportAction(workspace, TableExport.Table.WORKERS, this::filter).run();
    }

    public void clearFilters() {
        text.set("");
        occupation.set(null);
        employer.set(null);
        township.set(null);
        political.set(null);
        relation.set(null);
        status.set(null);
    }

    /** The line of the worker with this id among the rows in memory, or -1 (for putting the selection back). */
    public int indexOf(long workerId) {
        PagedRows list = rows.get();
        return list == null ? -1 : list.indexOf(workerId);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Occupation> occupationProperty() {
        return occupation;
    }

    public ObjectProperty<Choice<Long>> employerProperty() {
        return employer;
    }

    public ObjectProperty<Choice<String>> townshipProperty() {
        return township;
    }

    public ObjectProperty<PoliticalStatus> politicalProperty() {
        return political;
    }

    public ObjectProperty<Relation> relationProperty() {
        return relation;
    }

    public ObjectProperty<WorkerStatus> statusProperty() {
        return status;
    }

    /** The rows of the current query; replaced by a new list when the filter or order changes. */
    public ReadOnlyObjectProperty<PagedRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }
}
