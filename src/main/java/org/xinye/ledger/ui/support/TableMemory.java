package org.xinye.ledger.ui.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.util.Subscription;

/**
 * The widths, order and sort of every table, remembered per page and table across runs (the
 * way a spreadsheet keeps its columns): a column moved, widened or sorted stays so the next
 * time the page opens. Columns are known by their id (the FXML {@code fx:id}); a column
 * without one keeps its place. Kept in the user's preferences, or only for this run.
 */
public final class TableMemory {
    private final Preferences node;
    private final Map<String, String> session = new HashMap<>();

    /** @param node where to keep the states; null keeps them for this run only */
    public TableMemory(Preferences node) {
        this.node = node;
    }

    /** Puts back what was remembered of {@code table} under {@code key}, then remembers every change. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Subscription remember(String key, TableView<?> table) {
        return remember(key, (ObservableList) table.getColumns(), (ObservableList) table.getSortOrder(),
                c -> ((TableColumn<?, ?>) c).getSortType() == TableColumn.SortType.DESCENDING,
                (c, down) -> ((TableColumn<?, ?>) c).setSortType(down ? TableColumn.SortType.DESCENDING
                        : TableColumn.SortType.ASCENDING));
    }

    /** As {@link #remember(String, TableView)}, for a tree table. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Subscription remember(String key, TreeTableView<?> table) {
        return remember(key, (ObservableList) table.getColumns(), (ObservableList) table.getSortOrder(),
                c -> ((TreeTableColumn<?, ?>) c).getSortType() == TreeTableColumn.SortType.DESCENDING,
                (c, down) -> ((TreeTableColumn<?, ?>) c).setSortType(down ? TreeTableColumn.SortType.DESCENDING
                        : TreeTableColumn.SortType.ASCENDING));
    }

    private interface SortSetter {
        void set(TableColumnBase<?, ?> column, boolean descending);
    }

    private <C extends TableColumnBase<?, ?>> Subscription remember(String key, ObservableList<C> columns,
            ObservableList<C> sortOrder, java.util.function.Predicate<TableColumnBase<?, ?>> descending,
            SortSetter setSort) {
        restore(get(key), columns, sortOrder, setSort);
        InvalidationListener save = o -> put(key, state(columns, sortOrder, descending));
        List<Subscription> subs = new ArrayList<>();
        columns.addListener(save);
        sortOrder.addListener(save);
        subs.add(() -> columns.removeListener(save));
        subs.add(() -> sortOrder.removeListener(save));
        for (C c : columns) {
            // A column dragged wider or narrower gets that width as its preferred one.
            c.prefWidthProperty().addListener(save);
            subs.add(() -> c.prefWidthProperty().removeListener(save));
            if (c instanceof TableColumn<?, ?> t) {
                t.sortTypeProperty().addListener(save);
                subs.add(() -> t.sortTypeProperty().removeListener(save));
            } else if (c instanceof TreeTableColumn<?, ?> t) {
                t.sortTypeProperty().addListener(save);
                subs.add(() -> t.sortTypeProperty().removeListener(save));
            }
        }
        return Subscription.combine(subs.toArray(Subscription[]::new));
    }

    /** {@code id:width,id:width;id:A|D,id:A|D}: the columns in order with their widths, then the sort. */
    private static <C extends TableColumnBase<?, ?>> String state(List<C> columns, List<C> sortOrder,
            java.util.function.Predicate<TableColumnBase<?, ?>> descending) {
        StringBuilder b = new StringBuilder();
        for (C c : columns) {
            if (c.getId() != null) {
                b.append(b.length() == 0 ? "" : ",").append(c.getId()).append(':').append(Math.round(c.getPrefWidth()));
            }
        }
        b.append(';');
        boolean first = true;
        for (C c : sortOrder) {
            if (c.getId() != null) {
                b.append(first ? "" : ",").append(c.getId()).append(':').append(descending.test(c) ? 'D' : 'A');
                first = false;
            }
        }
        return b.toString();
    }

    private static <C extends TableColumnBase<?, ?>> void restore(String saved, ObservableList<C> columns,
            ObservableList<C> sortOrder, SortSetter setSort) {
        if (saved == null || saved.isEmpty()) {
            return;
        }
        String[] parts = saved.split(";", -1);
        Map<String, Double> widths = new LinkedHashMap<>();
        for (String cw : parts[0].split(",")) {
            int colon = cw.lastIndexOf(':');
            if (colon > 0) {
                try {
                    widths.put(cw.substring(0, colon), Double.parseDouble(cw.substring(colon + 1)));
                } catch (NumberFormatException ignored) {
                    // A value from another version: the column keeps its own width.
                }
            }
        }
        List<String> order = new ArrayList<>(widths.keySet());
        List<C> reordered = new ArrayList<>(columns);
        reordered.sort(Comparator.comparingInt(c -> {
            int i = c.getId() == null ? -1 : order.indexOf(c.getId());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        if (!reordered.equals(columns)) {
            columns.setAll(reordered);
        }
        for (C c : columns) {
            Double w = c.getId() == null ? null : widths.get(c.getId());
            if (w != null && w >= c.getMinWidth() && w <= c.getMaxWidth()) {
                c.setPrefWidth(w);
            }
        }
        if (parts.length > 1 && !parts[1].isEmpty()) {
            List<C> sorted = new ArrayList<>();
            for (String cs : parts[1].split(",")) {
                int colon = cs.lastIndexOf(':');
                String id = colon > 0 ? cs.substring(0, colon) : cs;
                for (C c : columns) {
                    if (id.equals(c.getId()) && c.isSortable()) {
                        setSort.set(c, cs.endsWith(":D"));
                        sorted.add(c);
                    }
                }
            }
            sortOrder.setAll(sorted);
        }
    }

    private String get(String key) {
        return node == null ? session.get(key) : node.get(key, null);
    }

    private void put(String key, String value) {
        if (node == null) {
            session.put(key, value);
        } else {
            node.put(key, value);
        }
    }
}
