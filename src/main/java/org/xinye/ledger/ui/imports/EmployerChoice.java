package org.xinye.ledger.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportRequest;

/** An employer name that matched no unit, and what to do with it: leave it, create it, or map it. */
public final class EmployerChoice {
    private final String name;
    private final int people;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.PENDING);

    EmployerChoice(String name, int people) {
        this.name = name;
        this.people = people;
    }

    public String name() {
        return name;
    }

    public int people() {
        return people;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** Where an unmatched employer goes: stays 待匹配, becomes a new unit, or is an existing unit (named). */
    public record Target(Long unitId, String unitName) {
        public static final Target PENDING = new Target(null, null);
        public static final Target CREATE = new Target(ImportRequest.CREATE, null);

        /** Said in the window's language of the moment, which may change while a choice is kept. */
        @Override
        public String toString() {
            if (unitName != null) {
                return Messages.get("import.ui.employer.mapTo", unitName);
            }
            return Messages.get(unitId == null ? "import.ui.employer.pending" : "import.ui.employer.create");
        }
    }
}
