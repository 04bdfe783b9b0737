package org.xinye.ledger.ui.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.IssueGroup;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.ui.support.Formats;

/**
 * The wizard's third step: every row of a dry run with its problems, the problems grouped by
 * rule and column, the counts, the employers and 党组织 that matched nothing (and the user's
 * choice for each, kept while the preview is run again), and the roster's people missing from
 * the file. Every choice made here is told to {@link #onChoice}, which runs the preview again.
 */
public final class ImportPreview {
    /** What to show in the preview table. */
    public enum Filter {
        ALL, PROBLEMS, REJECTED, NEW, CHANGED
    }

    private final ObservableList<ParsedRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ParsedRow> shownRows = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final ObservableList<EmployerChoice> unmatched = FXCollections.observableArrayList();
    private final ObservableList<EmployerChoice.Target> targets = FXCollections.observableArrayList();
    private final ObservableList<ImportStore.RosterEntry> missing = FXCollections.observableArrayList();
    private final ObservableList<EmployerChoice> orgs = FXCollections.observableArrayList();
    private final ObservableList<EmployerChoice.Target> orgTargets = FXCollections.observableArrayList();
    private final ObservableList<EmployerChoice.Street> streets = FXCollections.observableArrayList();
    private final ObservableList<IssueGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>(this, "result");
    private Runnable onChoice = () -> { };

    ImportPreview() {
        filter.addListener((o, a, b) -> applyFilter());
    }

    /** Told whenever a choice here changes (create, map, a new unit's street). */
    void onChoice(Runnable r) {
        this.onChoice = r;
    }

    /** What a dry run needs beside its rows: the units, orgs and streets a choice may name. */
    record Lists(List<Enterprise> units, List<PartyOrg> orgs, List<Region> streets) {
    }

    /**
     * Shows a dry run's rows and result. Choices already made for a name are kept (the same
     * objects, so a list open on screen stays as it is); a new unmatched employer gets the street
     * the roster suggests.
     */
    void show(ImportResult r, List<ParsedRow> parsed, Lists lists) {
        result.set(r);
        rows.setAll(parsed);
        applyFilter();
        groups.setAll(r.groups());
        List<EmployerChoice.Street> s = new ArrayList<>();
        Map<String, EmployerChoice.Street> byCode = new HashMap<>();
        for (Region g : lists.streets()) {
            EmployerChoice.Street street = new EmployerChoice.Street(g.code(), g.name());
            s.add(street);
            byCode.put(g.code(), street);
        }
        if (!s.equals(streets)) {
            streets.setAll(s);
        }
        List<EmployerChoice.Target> t = new ArrayList<>(List.of(EmployerChoice.Target.PENDING,
                EmployerChoice.Target.CREATE));
        for (Enterprise e : lists.units()) {
            t.add(new EmployerChoice.Target(e.id(), e.name()));
        }
        if (!t.equals(targets)) {
            targets.setAll(t);
        }
        List<EmployerChoice.Target> o = new ArrayList<>(List.of(EmployerChoice.Target.PENDING,
                EmployerChoice.Target.CREATE));
        for (PartyOrg org : lists.orgs()) {
            o.add(new EmployerChoice.Target(org.id(), org.name()));
        }
        if (!o.equals(orgTargets)) {
            orgTargets.setAll(o);
        }
        keep(unmatched, withChosen(r.unmatchedEmployers(), unmatched), name -> byCode.get(r.employerStreets().get(name)));
        keep(orgs, withChosen(r.unmatchedOrgs(), orgs), name -> null);
        missing.setAll(r.missing());
    }

    /**
     * The names to offer: those the run found unmatched, and those already chosen (a chosen name
     * matches in the next run, yet its choice must stay visible and changeable).
     */
    private static Map<String, Integer> withChosen(Map<String, Integer> found, List<EmployerChoice> shown) {
        Map<String, Integer> out = new java.util.TreeMap<>(found);
        for (EmployerChoice c : shown) {
            if (c.targetProperty().get() != EmployerChoice.Target.PENDING) {
                out.putIfAbsent(c.name(), c.people());
            }
        }
        return out;
    }

    private void keep(ObservableList<EmployerChoice> list, Map<String, Integer> names,
                      java.util.function.Function<String, EmployerChoice.Street> suggested) {
        Map<String, EmployerChoice> old = new HashMap<>();
        list.forEach(c -> old.put(c.name(), c));
        List<EmployerChoice> out = new ArrayList<>();
        names.forEach((name, people) -> {
            EmployerChoice c = old.get(name);
            if (c == null) {
                c = new EmployerChoice(name, people);
                c.streetProperty().set(suggested.apply(name));
                c.targetProperty().addListener((ob, a, b) -> onChoice.run());
                EmployerChoice made = c;
                c.streetProperty().addListener((ob, a, b) -> {
                    if (made.targetProperty().get() == EmployerChoice.Target.CREATE) {
                        onChoice.run();
                    }
                });
            }
            out.add(c);
        });
        if (!out.equals(list)) {
            list.setAll(out);
        }
    }

    void clear() {
        rows.clear();
        shownRows.clear();
        unmatched.clear();
        orgs.clear();
        groups.clear();
        missing.clear();
        result.set(null);
    }

    /** The employers the user chose to create or map, by name. */
    Map<String, Long> employerChoices() {
        return chosen(unmatched);
    }

    /** The 党组织 the user chose to create or map, by name. */
    Map<String, Long> orgChoices() {
        return chosen(orgs);
    }

    /** The street of each unit to create, by name. */
    Map<String, String> newUnitStreets() {
        Map<String, String> out = new LinkedHashMap<>();
        for (EmployerChoice c : unmatched) {
            if (c.targetProperty().get() == EmployerChoice.Target.CREATE && c.streetProperty().get() != null) {
                out.put(c.name(), c.streetProperty().get().code());
            }
        }
        return out;
    }

    private static Map<String, Long> chosen(List<EmployerChoice> list) {
        Map<String, Long> choices = new LinkedHashMap<>();
        for (EmployerChoice c : list) {
            EmployerChoice.Target t = c.targetProperty().get();
            if (t != null && t.unitId() != null) {
                choices.put(c.name(), t.unitId());
            }
        }
        return choices;
    }

    static String countsText(ImportResult r) {
        return Messages.get("import.ui.counts", Formats.count(r.rows()), Formats.count(r.inserted()),
                Formats.count(r.updated()), Formats.count(r.moved()), Formats.count(r.unchanged()),
                Formats.count(r.rejected()), Formats.count(r.warnings()), Formats.count(r.missing().size()));
    }

    private void applyFilter() {
        Filter f = filter.get();
        List<ParsedRow> out = new ArrayList<>();
        for (ParsedRow r : rows) {
            boolean keep = switch (f) {
                case ALL -> true;
                case PROBLEMS -> !r.issues().isEmpty();
                case REJECTED -> r.outcome() == ParsedRow.Outcome.REJECTED;
                case NEW -> r.outcome() == ParsedRow.Outcome.NEW;
                case CHANGED -> r.outcome() == ParsedRow.Outcome.CHANGED || r.outcome() == ParsedRow.Outcome.MOVED;
            };
            if (keep) {
                out.add(r);
            }
        }
        shownRows.setAll(out);
    }

    /** The dry run's result, or null before one ran. */
    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public ObservableList<ParsedRow> rows() {
        return rows;
    }

    public ObservableList<ParsedRow> shownRows() {
        return shownRows;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /**
     * The counts line of the last dry run, in the window's language (a view formats it when it
     * shows, so a window switched to another language mid-import does not keep the old words).
     */
    public String counts() {
        ImportResult r = result.get();
        return r == null ? "" : countsText(r);
    }

    public ObservableList<EmployerChoice> unmatched() {
        return unmatched;
    }

    public ObservableList<EmployerChoice.Target> targets() {
        return targets;
    }

    public ObservableList<ImportStore.RosterEntry> missing() {
        return missing;
    }

    public ObservableList<EmployerChoice> orgs() {
        return orgs;
    }

    public ObservableList<EmployerChoice.Target> orgTargets() {
        return orgTargets;
    }

    /** The townships a new unit may be placed in. */
    public ObservableList<EmployerChoice.Street> streets() {
        return streets;
    }

    /** The dry run's problems by rule and column. */
    public ObservableList<IssueGroup> groups() {
        return groups;
    }
}
