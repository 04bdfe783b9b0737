package org.xinye.ledger.ui.stations;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.records.RecordForm;

/** The edit form of one 党群服务阵地. */
public final class StationForm extends RecordForm<Station> {
    final ObjectProperty<StationKind> kind = new SimpleObjectProperty<>(this, "kind", StationKind.WARM_STATION);
    final StringProperty host = new SimpleStringProperty(this, "host", "");
    final ObjectProperty<Choice<String>> region = new SimpleObjectProperty<>(this, "region");
    final StringProperty address = new SimpleStringProperty(this, "address", "");
    final StringProperty facilities = new SimpleStringProperty(this, "facilities", "");
    final StringProperty openingHours = new SimpleStringProperty(this, "openingHours", "");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    StationForm() {
        super(blank(), Station::id);
        watch(kind, host, region, address, facilities, openingHours, notes);
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
        loaded(s.id());
    }

    @Override
    protected void clear() {
        load(blank(), null);
    }

    @Override
    protected Station toRecord(Long id) {
        return new Station(id, Text.trimmedOrNull(name.get()), kind.get(), Text.trimmedOrNull(host.get()),
                region.get() == null ? null : region.get().key(), Text.trimmedOrNull(address.get()),
                Text.trimmedOrNull(facilities.get()), Text.trimmedOrNull(openingHours.get()), Text.trimmedOrNull(notes.get()));
    }
}
