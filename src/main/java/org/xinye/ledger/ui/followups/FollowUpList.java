package org.xinye.ledger.ui.followups;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.support.Column;

/**
 * One of the 待办 page's five lists: its rows, the columns the page shows and exports them with,
 * and what opening a row does. The lists hold names and dates, no ID number or mobile, so there
 * is nothing to mask.
 *
 * @param name what the list is called in the code: its tab is {@code <name>Tab}, its table
 *             {@code <name>Table}, its title {@code followups.<name>} (with the count as its
 *             argument) and the rule it lists by {@code followups.<name>.rule}
 * @param <R>  the list's row
 */
public record FollowUpList<R>(String name, ObservableList<R> rows, List<Column<R>> columns, Consumer<R> open) {
    FollowUpList(String name, List<Column<R>> columns, Consumer<R> open) {
        this(name, FXCollections.observableArrayList(), columns, open);
    }

    /** The tab's title, with the count as its argument. */
    public String titleKey() {
        return "followups." + name;
    }

    /** The rule the list follows, shown above it. */
    public String ruleKey() {
        return titleKey() + ".rule";
    }

    /** The list's name without its count, for the sheet and the file. */
    public String title() {
        return Messages.get(titleKey(), 0).replaceAll("[（(].*$", "").trim();
    }
}
