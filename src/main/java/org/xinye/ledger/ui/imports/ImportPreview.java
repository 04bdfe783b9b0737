package org.xinye.ledger.ui.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.ParsedRow;
import org.xinye.ledger.store.ImportStore;
import org.xinye.ledger.ui.support.Formats;

/**
 * The wizard's third step: every row of a dry run with its problems, the counts, the employers
 * that matched no unit (and the user's choice for each), and the roster's people missing from
 * the file.
 */
public final class ImportPreview {
    /** What to show in the preview table. */
    public enum Filter {
        ALL, PROBLEMS, REJECTED, NEW, CHANGED
    }

    private final ObservableList<ParsedRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ParsedRow> shownRows = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final ObservableList<EmployerChoice> unmatched = FXCollections.observableArrayList();
    private final ObservableList<EmployerChoice.Target> targets = FXCollections.observableArrayList();
    private final ObservableList<ImportStore.RosterEntry> missing = FXCollections.observableArrayList();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>(this, "result");

    ImportPreview() {
        filter.addListener((o, a, b) -> applyFilter());
    }

    /** Shows a dry run's rows and result; {@code units} are the units an unmatched employer may be mapped to. */
    void show(ImportResult r, List<ParsedRow> parsed, List<Enterprise> units) {
        result.set(r);
        rows.setAll(parsed);
        applyFilter();
        counts.set(countsText(r));
        List<EmployerChoice.Target> t = new ArrayList<>(List.of(EmployerChoice.Target.PENDING,
                EmployerChoice.Target.CREATE));
        for (Enterprise e : units) {
            t.add(new EmployerChoice.Target(e.id(), e.name()));
        }
        targets.setAll(t);
        List<EmployerChoice> choices = new ArrayList<>();
        r.unmatchedEmployers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> choices.add(new EmployerChoice(e.getKey(), e.getValue())));
        unmatched.setAll(choices);
        missing.setAll(r.missing());
    }

    void clear() {
        rows.clear();
        shownRows.clear();
        unmatched.clear();
        missing.clear();
        result.set(null);
        counts.set("");
    }

    /** The employers the user chose to create or map, by name. */
    Map<String, Long> employerChoices() {
        Map<String, Long> choices = new LinkedHashMap<>();
        for (EmployerChoice c : unmatched) {
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

    public StringProperty countsProperty() {
        return counts;
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
}
