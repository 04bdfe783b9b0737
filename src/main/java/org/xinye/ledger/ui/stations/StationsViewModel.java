package org.xinye.ledger.ui.stations;

import java.util.function.Consumer;
import java.util.function.Function;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.StationRow;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.ui.records.Choices;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordList;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.support.Workspace;

/** The 阵地 page: 党群服务中心, 红色蓄能站 and 暖新驿站, and the form of one. */
public final class StationsViewModel extends RecordPageModel<Station, StationForm> {
    private static final Texts TEXTS = new Texts("task.loadingStations", "stations.newTitle", "stations.unnamed",
            "stations.created", "stations.updated", "stations.deleteTitle", "stations.deleted");

    private final RecordList<StationRow> stations = new RecordList<>(TableExport.Table.STATIONS, StationRow::id,
            s -> s.listings().stations(), r -> new String[] {r.name(), r.host(), r.region(), r.address()});
    private record Detail(Station station, Choice<String> region) {
    }

    public StationsViewModel(Workspace workspace, EditStack edits) {
        super(workspace, edits, new StationForm(), Aggregate.STATION, TEXTS, new Choices(Choices.Kind.REGIONS));
        lists(stations);
    }

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        readDetail(id, intoForm, s -> s.stations().get(id).map(st -> new Detail(st,
                s.listings().regionChoice(st.regionCode()).orElse(null))).orElse(null), d -> {
                    if (intoForm) {
                        form.load(d.station(), d.region());
                    }
                    showTitle(d.station().name());
                });
    }

    @Override
    protected Function<Session, long[]> saving(Long id, Station st) {
        return s -> changes.createOrUpdate(s, id, () -> s.stations().insert(st), () -> s.stations().update(st));
    }

    @Override
    protected void askDelete(long id, String name, Consumer<String> ask) {
        ask.accept(Messages.get("stations.deleteQuestion", name));
    }

    /** The list of stations, its search and its export. */
    public RecordList<StationRow> stations() {
        return stations;
    }
}
