package org.xinye.ledger.ui.imports;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import org.controlsfx.control.SearchableComboBox;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.SearchPickers;

/** The import page's columns and cells: text, numbers, wrapping text, and choices always shown as drop-downs. */
final class ImportCells {
    private ImportCells() {
    }

    /** A column whose text wraps within its width, so a long problem is read whole: the row grows. */
    static <S> TableColumn<S, String> wrapping(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = ImportListTables.col(title, value, width);
        c.setCellFactory(t -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                text.getStyleClass().add("wrapping-text");
                setGraphic(text);
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                text.setText(empty || s == null ? "" : s);
            }
        });
        return c;
    }

    /**
     * A column of choices each row shows as a drop-down (not only once double-clicked); with
     * {@code search} the list is searched as it is typed, by name or pinyin.
     */
    static <S, T> TableColumn<S, T> choices(String title, double width, Function<S, ObjectProperty<T>> property,
                                            ObservableList<T> options, Function<T, String> label, boolean search,
                                            Function<S, ObservableValue<Boolean>> disabled) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> property.apply(d.getValue()));
        c.setCellFactory(t -> new TableCell<>() {
            private final ComboBox<T> box = search ? new SearchableComboBox<>(options) : new ComboBox<>(options);
            private ObjectProperty<T> bound;

            {
                box.setMaxWidth(Double.MAX_VALUE);
                if (search) {
                    // Typed text finds an entry by its name or its pinyin, full or by initials.
                    SearchPickers.install(box, x -> x == null ? "" : label.apply(x));
                } else {
                    box.setConverter(Formats.shownAs(label));
                }
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    box.valueProperty().unbindBidirectional(bound);
                    box.disableProperty().unbind();
                    bound = null;
                }
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                bound = property.apply(row);
                box.valueProperty().bindBidirectional(bound);
                if (disabled != null) {
                    box.disableProperty().bind(disabled.apply(row));
                }
                setGraphic(box);
            }
        });
        return c;
    }
}
