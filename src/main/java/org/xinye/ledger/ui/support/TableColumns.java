package org.xinye.ledger.ui.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;
import javafx.util.Subscription;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Pinyin;

/**
 * The block every table page is built of: text sorts in pinyin order, a header is never cut
 * (its column is at least as wide as its title), a cell too narrow for its text shows it
 * whole on hover, and the columns' widths, order and sort are remembered per page
 * ({@link TableMemory}).
 */
public final class TableColumns {
    /** Room for the sort arrow and the header's padding beside the title. */
    private static final double HEADER_EXTRA = 22;
    /** A cell's padding and borders beside its text. */
    private static final double CELL_EXTRA = 14;

    /** Texts in pinyin order, anything else as the table would order it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final Comparator<Object> ORDER = (a, b) -> a instanceof String s && b instanceof String t
            ? Pinyin.ORDER.compare(s, t) : ((Comparator) TableColumnBase.DEFAULT_COMPARATOR).compare(a, b);

    private TableColumns() {
    }

    /** Sets up {@code table} as a table page's table and remembers its columns under {@code key}. */
    public static Subscription standard(String key, TableView<?> table, TableMemory memory) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            pinyin(c);
        }
        fitHeaders(table);
        return memory.remember(key, table);
    }

    /** As {@link #standard(String, TableView, TableMemory)}, for a tree table. */
    public static Subscription standard(String key, TreeTableView<?> table, TableMemory memory) {
        for (TreeTableColumn<?, ?> c : table.getColumns()) {
            if (c.getComparator() == TableColumnBase.DEFAULT_COMPARATOR) {
                @SuppressWarnings({"rawtypes", "unchecked"})
                TreeTableColumn raw = c;
                raw.setComparator(ORDER);
            }
        }
        fitHeaders(table);
        return memory.remember(key, table);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void pinyin(TableColumn<?, ?> c) {
        if (c.getComparator() == TableColumnBase.DEFAULT_COMPARATOR) {
            ((TableColumn) c).setComparator(ORDER);
        }
    }

    /** Makes {@code table}'s columns from their declarations, in that order. */
    public static <R> void build(TableView<R> table, List<Column<R>> columns) {
        build(table, ReadOnlyObjectWrapper::new, columns);
    }

    /**
     * As {@link #build(TableView, List)}, for a table whose lines hold their rows as values
     * that may arrive later ({@code row}): a cell shows nothing until its row is there.
     */
    public static <S, R> void build(TableView<S> table, Function<S, ObservableValue<R>> row, List<Column<R>> columns) {
        table.getColumns().setAll(made(columns, () -> new TableColumn<S, Object>(), (column, c) -> {
            column.setCellValueFactory(cd -> row.apply(cd.getValue()).map(c::valueOf));
            column.setCellFactory(x -> showing(new TableCell<>(), c));
        }));
    }

    /** As {@link #build(TableView, List)}, for a tree table (its root may hold no row). */
    public static <R> void build(TreeTableView<R> table, List<Column<R>> columns) {
        table.getColumns().setAll(made(columns, () -> new TreeTableColumn<R, Object>(), (column, c) -> {
            column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(c.valueOf(cd.getValue().getValue())));
            column.setCellFactory(x -> showing(new TreeTableCell<>(), c));
        }));
    }

    /** The columns for {@code columns}, each made by {@code create} and given its values and cells by {@code wire}. */
    private static <R, C extends TableColumnBase<?, Object>> List<C> made(List<Column<R>> columns, Supplier<C> create,
                                                                          BiConsumer<C, Column<R>> wire) {
        List<C> made = new ArrayList<>(columns.size());
        for (Column<R> c : columns) {
            C column = create.get();
            column.setText(Messages.get(c.header()));
            setUp(column, c);
            wire.accept(column, c);
            made.add(column);
        }
        return made;
    }

    /**
     * Sorts {@code table} by handing the order to its model (SQL sorts a table too big to sort
     * in memory): {@code sortBy} gets the first sorted column's {@link Column#sortKey} and
     * whether it goes up, or null when the user took the sort away; a sort the table holds
     * already (remembered, {@link TableMemory}) goes to the model at once.
     */
    public static <S> void sortInModel(TableView<S> table, List<? extends Column<?>> columns,
                                       BiConsumer<Object, Boolean> sortBy) {
        Map<String, Object> keys = new HashMap<>();
        for (Column<?> c : columns) {
            keys.put(c.id(), c.sortKey());
        }
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.setSortable(keys.get(column.getId()) != null);
        }
        Callback<TableView<S>, Boolean> policy = t -> {
            if (t.getSortOrder().isEmpty()) {
                sortBy.accept(null, true);
            } else {
                TableColumn<S, ?> c = t.getSortOrder().get(0);
                sortBy.accept(keys.get(c.getId()), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        };
        table.setSortPolicy(policy);
        if (!table.getSortOrder().isEmpty()) {
            // A sort remembered from the last run: the model sorts so from the start.
            policy.call(table);
        }
    }

    /** The order of a column's cells: pinyin for text, the values' own otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> order(Column<?> c) {
        return c.chinese() ? (Comparator) Pinyin.ORDER : (Comparator) TableColumnBase.DEFAULT_COMPARATOR;
    }

    private static void setUp(TableColumnBase<?, Object> column, Column<?> c) {
        column.setId(c.id());
        column.setComparator(order(c));
        double width = c.width();
        if (c.labels() != null) {
            for (Enum<?> e : c.labels().getEnumConstants()) {
                width = Math.max(width, Math.ceil(UiFont.width(Messages.label(e), false)) + CELL_EXTRA);
            }
        }
        if (width > 0) {
            column.setPrefWidth(width);
        }
        if (c.kind() == Column.Kind.NUMBER) {
            column.getStyleClass().add("number");
        }
        if (c.kind() == Column.Kind.MASKED) {
            column.setSortable(false);
        }
    }

    /** Makes {@code cell} show its column's value; too narrow for its text, it shows the whole on hover. */
    private static <C extends IndexedCell<Object>> C showing(C cell, Column<?> c) {
        Tooltip tip = new Tooltip();
        Runnable show = () -> {
            String text = cell.isEmpty() ? null : c.shown(cell.getItem());
            cell.setText(text);
            boolean any = c.hovers() && text != null && !text.isEmpty();
            tip.setText(any ? text : "");
            cell.setTooltip(any ? tip : null);
        };
        cell.itemProperty().subscribe(show);
        cell.emptyProperty().subscribe(show);
        return cell;
    }

    /**
     * Widens each column to its title once the headers exist (and again when the language
     * changes the titles), so no header is cut at 1366×768; a column may still be made wider.
     */
    public static void fitHeaders(Control table) {
        Runnable fit = () -> {
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof TableColumnHeader h && !(n instanceof NestedTableColumnHeader)) {
                    Node l = h.lookup(".label");
                    TableColumnBase<?, ?> column = h.getTableColumn();
                    if (l instanceof Label label && column != null) {
                        double needed = Math.ceil(label.prefWidth(-1) + HEADER_EXTRA);
                        if (column.getMinWidth() < needed) {
                            column.setMinWidth(needed);
                        }
                        if (column.getPrefWidth() < needed) {
                            column.setPrefWidth(needed);
                        }
                    }
                }
            }
        };
        if (table.getSkin() != null) {
            Platform.runLater(fit);
        }
        table.skinProperty().addListener((o, a, b) -> Platform.runLater(fit));
    }
}
