package org.xinye.ledger.ui.stations;

import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.FieldChecks;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.records.Checks;

/** The edit form of one 党群服务阵地. */
public final class StationForm {
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final ObjectProperty<StationKind> kind = new SimpleObjectProperty<>(this, "kind", StationKind.WARM_STATION);
    final StringProperty host = new SimpleStringProperty(this, "host", "");
    final ObjectProperty<Choice<String>> region = new SimpleObjectProperty<>(this, "region");
    final StringProperty address = new SimpleStringProperty(this, "address", "");
    final StringProperty facilities = new SimpleStringProperty(this, "facilities", "");
    final StringProperty openingHours = new SimpleStringProperty(this, "openingHours", "");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final ObjectProperty<Station> baseline = new SimpleObjectProperty<>(this, "baseline", blank());
    private final BooleanProperty attempted = new SimpleBooleanProperty(this, "attempted");
    private final BooleanBinding dirty;
    private final StringBinding nameError;

    StationForm() {
        Observable[] all = {name, kind, host, region, address, facilities, openingHours, notes, baseline};
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(toStation(), baseline.get()), all);
        nameError = Checks.error(name, attempted.or(dirty), FieldChecks::required);
    }

    private static Station blank() {
        return new Station(null, null, StationKind.WARM_STATION, null, null, null, null, null, null);
    }

    void load(Station s, Choice<String> regionChoice) {
        name.set(nz(s.name()));
        kind.set(s.kind());
        host.set(nz(s.host()));
        region.set(regionChoice);
        address.set(nz(s.address()));
        facilities.set(nz(s.facilities()));
        openingHours.set(nz(s.openingHours()));
        notes.set(nz(s.notes()));
        attempted.set(false);
        baseline.set(toStation(s.id()));
    }

    void clear() {
        load(blank(), null);
    }

    Station toStation(Long id) {
        return new Station(id, Text.trimmedOrNull(name.get()), kind.get(), Text.trimmedOrNull(host.get()),
                region.get() == null ? null : region.get().key(), Text.trimmedOrNull(address.get()),
                Text.trimmedOrNull(facilities.get()), Text.trimmedOrNull(openingHours.get()), Text.trimmedOrNull(notes.get()));
    }

    private Station toStation() {
        return toStation(baseline.get() == null ? null : baseline.get().id());
    }

    boolean validate() {
        attempted.set(true);
        return Checks.passes(name, FieldChecks::required);
    }


    /** After a language switch: the messages say it again in the new language. */
    void relocalize() {
        nameError.invalidate();
    }

    BooleanBinding dirtyBinding() {
        return dirty;
    }

    boolean isDirty() {
        return dirty.get();
    }

    StringBinding nameError() {
        return nameError;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
