package org.xinye.ledger.ui.support;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.xinye.ledger.domain.SearchMatcher;

/**
 * The searchable pickers (units, orgs, streets, instructors): what is typed into the picker's
 * search field finds an entry as every list's {@link SearchMatcher} does, by its name or by
 * the name's pinyin, full or by initials ({@code mt} → 美团). ControlsFX's picker filters by
 * plain contains; its filter is replaced by the matcher once the picker's skin exists. The
 * popup list is no wider than {@link #POPUP_WIDTH}: a long name is cut with "…" and shown
 * whole on hover, never drawn past the window.
 */
public final class SearchPickers {
    /** The widest a picker's list may grow, in pixels (a third of a 1280-pixel window). */
    public static final double POPUP_WIDTH = 420;

    private SearchPickers() {
    }

    /** Makes {@code picker} search by {@link SearchMatcher}; {@code label} names an entry (null: none). */
    public static <T> void install(ComboBox<T> picker, Function<T, String> label) {
        picker.setConverter(Formats.shownAs(item -> item == null ? "" : label.apply(item)));
        picker.setCellFactory(list -> {
            list.setMaxWidth(Math.max(POPUP_WIDTH, picker.getWidth()));
            return cell(label);
        });
        picker.setButtonCell(cell(label));
        picker.skinProperty().subscribe(skin -> {
            if (skin != null) {
                Platform.runLater(() -> matchWith(picker, label));
            }
        });
    }

    /**
     * The skin filters the entries on every change of its search field; this listener comes
     * after the skin's own and sets the matcher's filter instead.
     */
    @SuppressWarnings("unchecked")
    static <T> boolean matchWith(ComboBox<T> picker, Function<T, String> label) {
        Node search = picker.lookup(".combo-box-search");
        // The skin copies the picker's style classes onto its inner combo, so that one is known by its id.
        Node inner = picker.lookup("#filtered");
        if (!(search instanceof TextField field) || !(inner instanceof ComboBox<?> filtered)) {
            return false;
        }
        field.textProperty().addListener(o -> {
            // The skin may give its combo a new list at each change: filter the one it shows now.
            if (filtered.getItems() instanceof FilteredList<?> shown) {
                SearchMatcher m = SearchMatcher.of(field.getText());
                ((FilteredList<T>) shown).setPredicate(m.isEmpty() ? null
                        : item -> item != null && m.matches(label.apply(item)));
            }
        });
        return true;
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
