package org.xinye.ledger.ui.records;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Session;

/**
 * What a record page's pickers choose from (units, townships, regions, party orgs,
 * instructors), read with the page's list in the same transaction. A list that has not
 * changed is left as it is, so an open picker keeps its place.
 */
public final class Choices {
    /** The lists a page can ask for. */
    public enum Kind {
        UNITS, TOWNSHIPS, REGIONS, ORGS, INSTRUCTORS
    }

    /** The lists as read; those the page did not ask for are empty. */
    public record Read(List<Choice<Long>> units, List<Choice<String>> townships, List<Choice<String>> regions,
                       List<Choice<Long>> orgs, List<Choice<Long>> instructors) {
    }

    private final Set<Kind> kinds;
    private final ObservableList<Choice<Long>> units = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> townships = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> regions = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> orgs = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> instructors = FXCollections.observableArrayList();

    /** @param kinds the lists this page's pickers use */
    public Choices(Kind... kinds) {
        this.kinds = kinds.length == 0 ? EnumSet.noneOf(Kind.class) : EnumSet.of(kinds[0], kinds);
    }

    /** Reads the lists this page uses. */
    public Read read(Session s) {
        var l = s.listings();
        return new Read(kinds.contains(Kind.UNITS) ? l.unitChoices() : List.of(),
                kinds.contains(Kind.TOWNSHIPS) ? l.townshipChoices() : List.of(),
                kinds.contains(Kind.REGIONS) ? l.regionChoices() : List.of(),
                kinds.contains(Kind.ORGS) ? l.orgChoices() : List.of(),
                kinds.contains(Kind.INSTRUCTORS) ? l.instructorChoices() : List.of());
    }

    /** Shows what {@link #read} read (on the FX thread). */
    public void show(Read r) {
        replaceIfChanged(units, r.units());
        replaceIfChanged(townships, r.townships());
        replaceIfChanged(regions, r.regions());
        replaceIfChanged(orgs, r.orgs());
        replaceIfChanged(instructors, r.instructors());
    }

    /** Puts {@code fresh} in {@code list} unless it holds that already (an open picker keeps its place). */
    public static <E> void replaceIfChanged(ObservableList<E> list, List<E> fresh) {
        if (!list.equals(fresh)) {
            list.setAll(fresh);
        }
    }

    /** Units (enterprises), for a parent, an employer, a covered or an assigned unit. */
    public ObservableList<Choice<Long>> units() {
        return units;
    }

    /** Townships (街道/镇), for where a unit or a person is. */
    public ObservableList<Choice<String>> townships() {
        return townships;
    }

    /** Regions of every level, for where an org or a station is. */
    public ObservableList<Choice<String>> regions() {
        return regions;
    }

    public ObservableList<Choice<Long>> orgs() {
        return orgs;
    }

    public ObservableList<Choice<Long>> instructors() {
        return instructors;
    }
}
