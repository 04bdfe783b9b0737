package org.xinye.ledger.ui.records;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Pinyin;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.TableColumns;

/** Column set-up shared by the record tables: text, enum labels, right-aligned numbers, ISO dates. */
public final class Cells {
    private Cells() {
    }

    /** Text that sorts in pinyin order, as Chinese users expect of names. */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(nz(value.apply(cd.getValue()))));
        column.setComparator(Pinyin.ORDER);
        TableColumns.hoverText(column);
    }

    public static <S> void label(TableColumn<S, String> column, Function<S, ? extends Enum<?>> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Messages.label(value.apply(cd.getValue()))));
        column.setComparator(Pinyin.ORDER);
        TableColumns.hoverText(column);
    }

    public static <S> void number(TableColumn<S, Integer> column, Function<S, Integer> value) {
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        column.getStyleClass().add("number");
    }

    /** Dates sort as dates and read as {@code 2026-11-27}. */
    public static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> value) {
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Formats.date(item));
            }
        });
    }

    /** Double-click (or Enter) on a row runs {@code open} with that row. */
    public static <S> void onOpen(TableView<S> table, Consumer<S> open) {
        // On top of any row factory already set (warning rows keep their marks and tooltips).
        var base = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<S> row = base == null ? new TableRow<>() : base.call(t);
            row.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
