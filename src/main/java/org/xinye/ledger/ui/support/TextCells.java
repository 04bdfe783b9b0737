package org.xinye.ledger.ui.support;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Table cells for long text (one that wraps within its column, one that shows the whole text on
 * hover) and for a count (grouped by thousands, right-aligned, its column still sorted by number).
 */
public final class TextCells {
    private TextCells() {
    }

    /** Wraps long text within the column's width instead of hiding it behind an ellipsis. */
    public static <S> TableCell<S, String> wrapping(TableColumn<S, String> column) {
        return new TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(column.widthProperty().subtract(14));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(item);
                setGraphic(empty ? null : text);
            }

            /** As tall as the text wrapped at the column's width (a label asked without a width wraps nothing). */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() == null) {
                    return super.computePrefHeight(width);
                }
                return snappedTopInset() + text.prefHeight(text.getMaxWidth()) + snappedBottomInset();
            }
        };
    }

    /** Shows the whole text on hover, for a column narrower than its longest value. */
    public static <S> TableCell<S, String> hovering() {
        return new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(640);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                tip.setText(item);
                setTooltip(empty || item == null || item.isEmpty() ? null : tip);
            }
        };
    }

    /** Shows a count as {@link Formats#number} does ({@code 3,000}); the cell keeps the number, so its column sorts numerically. */
    public static <S, N extends Number> TableCell<S, N> count() {
        return new TableCell<>() {
            {
                getStyleClass().add("number");
            }

            @Override
            protected void updateItem(N item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.number(item));
            }
        };
    }
}
