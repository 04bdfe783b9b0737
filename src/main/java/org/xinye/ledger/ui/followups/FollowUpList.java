package org.xinye.ledger.ui.followups;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.support.Column;

/**
 * One of the 待办 page's five lists: its rows and the columns the page shows and exports them
 * with. The lists hold names and dates, no ID number or mobile, so there is nothing to mask.
 *
 * @param titleKey the tab's title, with the count as its argument
 * @param <R>      the list's row
 */
public record FollowUpList<R>(String titleKey, ObservableList<R> rows, List<Column<R>> columns) {
    FollowUpList(String titleKey, List<Column<R>> columns) {
        this(titleKey, FXCollections.observableArrayList(), columns);
    }

    /** The list's name without its count, for the sheet and the file. */
    public String title() {
        return Messages.get(titleKey, 0).replaceAll("[（(].*$", "").trim();
    }
}
