package org.xinye.ledger.ui.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.SearchPickers;

/** The pickers of the forms: enums by their labels, dates typed and shown as {@code 2026-11-27}. */
public final class Pickers {
    private Pickers() {
    }

    /** A form's enum field: chooses one of {@code values} by its label, bound both ways to {@code value}. */
    public static <E extends Enum<E>> void choose(ComboBox<E> combo, E[] values, Property<E> value) {
        combo.getItems().setAll(values);
        labels(combo, null);
        combo.valueProperty().bindBidirectional(value);
    }

    /**
     * A searchable picker of records ({@link SearchPickers}): chooses one of {@code choices} by
     * name, as written or by pinyin, bound both ways to {@code value}.
     */
    public static <K> void choose(ComboBox<Choice<K>> picker, ObservableList<Choice<K>> choices,
                                  Property<Choice<K>> value) {
        picker.setItems(choices);
        SearchPickers.install(picker, Choice::label);
        picker.valueProperty().bindBidirectional(value);
    }

    /** {@code clear} empties {@code value} (a picker's 清除 button). */
    public static void clears(Button clear, Property<?> value) {
        clear.setOnAction(e -> value.setValue(null));
    }

    /**
     * Enum labels from the bundle; {@code noneText} is what an empty value reads (null: blank). The
     * chosen label also shows whole on hover.
     */
    public static <E extends Enum<E>> void labels(ComboBox<E> combo, String noneText) {
        Function<E, String> text = e -> e == null ? (noneText == null ? "" : noneText) : Messages.label(e);
        labels(combo, text, text);
    }

    /**
     * A drop-down whose entries read as {@code text} says and whose chosen entry reads as
     * {@code chosenText} (a shorter form, say), whole on hover when the box cuts it.
     */
    public static <T> void labels(ComboBox<T> combo, Function<T, String> text, Function<T, String> chosenText) {
        combo.setConverter(Formats.shownAs(text));
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(chosenText.apply(empty ? null : item));
                // A choice cut in a narrow box (English at 1280×720) reads whole on hover.
                setTooltip(getText().isEmpty() ? null : new Tooltip(getText()));
            }
        });
    }

    /** ISO dates whatever the system locale; a date that cannot be read leaves the value unchanged. */
    public static void isoDate(DatePicker picker) {
        picker.setPromptText(Messages.get("records.datePrompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                String t = Text.compact(s).replace('/', '-').replace('.', '-');
                if (t.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(t);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        // A date typed without pressing Enter is taken when the field is left.
        picker.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        String tip = Messages.get("records.dateHint");
        picker.setTooltip(new Tooltip(tip));
    }
}
