package org.xinye.ledger.ui.rollup;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.rollup.ScopeStore;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * 文件 ▸ 台账信息: the open ledger's file, schema version and counts, and its scope (whose ledger it
 * is: the city, a county, an industry department with its industries), which it sets.
 */
public final class LedgerInfoViewModel {
    /** The scope as chosen in the form; NONE: not set. */
    public enum Choice { NONE, CITY, COUNTY, DEPARTMENT }

    private final Workspace workspace;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.NONE);
    private final ObservableList<Region> counties = FXCollections.observableArrayList();
    private final ObjectProperty<Region> county = new SimpleObjectProperty<>(this, "county");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final Map<Industry, BooleanProperty> industries = new EnumMap<>(Industry.class);
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper(this, "facts", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);

    public LedgerInfoViewModel(Workspace workspace) {
        this.workspace = workspace;
        for (Industry i : Industry.values()) {
            industries.put(i, new SimpleBooleanProperty(this, i.name()));
        }
    }

    /** Reads the ledger's facts and scope into the form. */
    public void load() {
        Ledger ledger = workspace.ledger();
        problem.set("");
        if (ledger == null) {
            return;
        }
        record Loaded(Optional<LedgerScope> scope, List<Region> counties, String facts) {
        }
        Loaded l = ledger.read(s -> {
            ScopeStore scopes = new ScopeStore(s);
            Optional<LedgerScope> scope = scopes.get();
            long submissions = Sql.count(s.connection(), "SELECT COUNT(*) FROM rollup_submission WHERE state = 'CURRENT'");
            String text = Formats.counted("ledgerInfo.facts", ledger.file(), String.valueOf(s.userVersion()), s.enterprises().count(),
                    s.orgs().count(), s.workers().count(),
                    scope.map(scopes::describe).orElse(Messages.get("ledgerInfo.noScope")))
                    + (submissions > 0 ? "\n" + Formats.counted("ledgerInfo.rollups", submissions) : "");
            return new Loaded(scope, s.regions().byLevel(RegionLevel.COUNTY), text);
        });
        counties.setAll(l.counties());
        facts.set(l.facts());
        editable.set(!ledger.isReadOnly());
        LedgerScope scope = l.scope().orElse(null);
        choice.set(scope == null ? Choice.NONE : Choice.valueOf(scope.kind().name()));
        county.set(scope == null || scope.countyCode() == null ? null
                : l.counties().stream().filter(r -> r.code().equals(scope.countyCode())).findFirst().orElse(null));
        department.set(scope == null || scope.department() == null ? "" : scope.department());
        industries.forEach((i, p) -> p.set(scope != null && scope.industries().contains(i)));
    }

    /** Sets the scope as chosen; false (with the reason in {@link #problemProperty}) when it cannot be. */
    public boolean save() {
        Ledger ledger = workspace.ledger();
        if (ledger == null || ledger.isReadOnly()) {
            return true;
        }
        LedgerScope scope;
        switch (choice.get()) {
            case NONE -> {
                return true;
            }
            case CITY -> scope = LedgerScope.city();
            case COUNTY -> {
                if (county.get() == null) {
                    problem.set(Messages.get("ledgerInfo.pickCounty"));
                    return false;
                }
                scope = LedgerScope.county(county.get().code());
            }
            default -> {
                Set<Industry> chosen = EnumSet.noneOf(Industry.class);
                industries.forEach((i, p) -> {
                    if (p.get()) {
                        chosen.add(i);
                    }
                });
                if (department.get() == null || department.get().isBlank() || chosen.isEmpty()) {
                    problem.set(Messages.get("ledgerInfo.needDepartment"));
                    return false;
                }
                scope = LedgerScope.department(department.get(), chosen);
            }
        }
        try {
            ledger.writing(s -> new ScopeStore(s).set(scope));
        } catch (RuntimeException e) {
            problem.set(e.getLocalizedMessage());
            return false;
        }
        workspace.changed();
        return true;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public ObservableList<Region> counties() {
        return counties;
    }

    public ObjectProperty<Region> countyProperty() {
        return county;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public BooleanProperty industry(Industry i) {
        return industries.get(i);
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** The label of a choice in the form. */
    public static String label(Choice c) {
        return Messages.get("ledgerInfo.choice." + c.name());
    }
}
