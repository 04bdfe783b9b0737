package org.xinye.ledger.ui.support;

import java.util.Comparator;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;
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
import javafx.util.Subscription;
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

    /** Shows a text column's cells with their whole text on hover (a long name, an address). */
    public static <S> void hoverText(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                boolean any = !empty && text != null && !text.isEmpty();
                tip.setText(any ? text : "");
                setTooltip(any ? tip : null);
            }
        });
    }

    /** As {@link #hoverText(TableColumn)}, for a tree table's column of any value shown as text. */
    public static <S, T> void hoverText(TreeTableColumn<S, T> column) {
        column.setCellFactory(c -> new TreeTableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                tip.setText(text == null ? "" : text);
                setTooltip(text == null || text.isEmpty() ? null : tip);
            }
        });
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
