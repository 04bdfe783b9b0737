package org.xinye.ledger.ui.records;

import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** What the record tables share beyond their columns ({@link org.xinye.ledger.ui.support.Column}): opening a row. */
public final class Cells {
    private Cells() {
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
}
