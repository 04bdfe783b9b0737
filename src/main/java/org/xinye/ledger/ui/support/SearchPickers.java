package org.xinye.ledger.ui.support;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.xinye.ledger.domain.Pinyin;

/**
 * The searchable pickers (units, orgs, streets, instructors): typed text finds an entry by its
 * name or by the name's pinyin, full or by initials ({@code mt} → 美团), as every list's
 * {@link org.xinye.ledger.domain.SearchMatcher} does. ControlsFX's picker keeps an entry whose
 * converted text holds every word typed, so the converted text carries the pinyin forms too,
 * while the cells show the name alone. The popup list is no wider than {@link #POPUP_WIDTH}:
 * a long name is cut with "…" and shown whole on hover, never drawn past the window.
 */
public final class SearchPickers {
    /** The widest a picker's list may grow, in pixels (a third of a 1280-pixel window). */
    public static final double POPUP_WIDTH = 420;

    private SearchPickers() {
    }

    /** Makes {@code picker} searchable by pinyin; {@code label} names an entry (null: none). */
    public static <T> void install(ComboBox<T> picker, Function<T, String> label) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                String name = item == null ? "" : label.apply(item);
                String forms = Pinyin.searchForms(name);
                return forms.isEmpty() ? name : name + " " + forms.replace(Pinyin.FORM_SEPARATOR, ' ');
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        picker.setCellFactory(list -> {
            list.setMaxWidth(Math.max(POPUP_WIDTH, picker.getWidth()));
            return cell(label);
        });
        picker.setButtonCell(cell(label));
    }

    private static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String name = empty || item == null ? null : label.apply(item);
                setText(name);
                setTextOverrun(OverrunStyle.ELLIPSIS);
                setTooltip(name == null || name.length() < 16 ? null : new Tooltip(name));
            }
        };
    }
}
