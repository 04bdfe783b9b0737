package org.xinye.ledger.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.imports.ImportRequest;

/**
 * A name the roster gives that matched nothing in the ledger (an employer, or a member's 党组织),
 * and what to do with it: leave it, create it, or map it to an existing one. A unit created here
 * gets the street chosen beside it.
 */
public final class EmployerChoice {
    private final String name;
    private final int people;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.PENDING);
    private final ObjectProperty<Street> street = new SimpleObjectProperty<>(this, "street");

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

    /** The street (township) of the unit to create; suggested from the roster, changeable. */
    public ObjectProperty<Street> streetProperty() {
        return street;
    }

    /** Where an unmatched name goes: stays 待匹配, becomes a new record, or is an existing one (named). */
    public record Target(Long unitId, String unitName) {
        public static final Target PENDING = new Target(null, null);
        public static final Target CREATE = new Target(ImportRequest.CREATE, null);

        /** Said in the window's language of the moment, which may change while a choice is kept. */
        @Override
        public String toString() {
            return label("import.ui.employer.create");
        }

        /** The choice in words; {@code createKey} says what creating makes (新建为单位 / 新建为党组织). */
        public String label(String createKey) {
            if (unitName != null) {
                return Messages.get("import.ui.employer.mapTo", unitName);
            }
            return Messages.get(unitId == null ? "import.ui.employer.pending" : createKey);
        }
    }

    /** A township a new unit may be placed in. */
    public record Street(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }
}
