package org.xinye.ledger.ui.records;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.SearchMatcher;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * A record page's list as its table shows it: what it reads, every row read, the rows the search box lets
 * through ({@link SearchMatcher}: as written or by pinyin, in the fields the page names), the
 * count line, and 导出… of exactly the rows shown.
 *
 * @param <R> the list's row
 */
public final class RecordList<R> {
    private final TableExport.Table table;
    private final ToLongFunction<R> id;
    private final Function<Session, List<R>> read;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> visible = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    /**
     * @param table    what 导出… writes
     * @param id       a row's record id
     * @param read     the rows, read in one transaction
     * @param searched the texts of a row the search looks in
     */
    public RecordList(TableExport.Table table, ToLongFunction<R> id, Function<Session, List<R>> read,
                      Function<R, String[]> searched) {
        this.table = table;
        this.id = id;
        this.read = read;
        search.subscribe(typed -> {
            SearchMatcher m = SearchMatcher.of(typed);
            visible.setPredicate(m.isEmpty() ? null : r -> m.matches(searched.apply(r)));
        });
    }

    /** Reads the rows (in the background, in the page's transaction). */
    List<R> read(Session s) {
        return read.apply(s);
    }

    /** Every row read. */
    public ObservableList<R> rows() {
        return rows;
    }

    /** The rows the search lets through. */
    public FilteredList<R> visible() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public long id(R row) {
        return id.applyAsLong(row);
    }

    /** Whether the record is read but hidden by the search. */
    public boolean hides(long recordId) {
        return rows.stream().anyMatch(r -> id(r) == recordId) && visible.stream().noneMatch(r -> id(r) == recordId);
    }

    /**
     * The count line: {@code key} with the number of rows, or, when {@code filteredKey} is
     * given and the table shows fewer, that with both numbers.
     */
    public String summary(String key, String filteredKey, int shown) {
        int all = rows.size();
        return filteredKey == null || shown == all ? Messages.get(key, Formats.count(all))
                : Messages.get(filteredKey, Formats.count(all), Formats.count(shown));
    }

    /** 导出…: {@code shown}, the rows the table lists now. */
    public void export(Workspace workspace, List<R> shown) {
        ExportAction.shown(workspace, table, List.copyOf(shown), rows.size(), id);
    }
}
