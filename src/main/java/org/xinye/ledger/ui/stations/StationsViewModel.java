package org.xinye.ledger.ui.stations;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.SearchMatcher;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.StationRow;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.support.Workspace;

/** The 阵地 page: 党群服务中心, 红色蓄能站 and 暖新驿站, and the form of one. */
public final class StationsViewModel extends RecordPageModel<Station, StationForm> {
    private static final Texts TEXTS = new Texts("task.loadingStations", "stations.newTitle", "stations.unnamed",
            "stations.created", "stations.updated", "stations.deleteTitle", "stations.deleted");

    private final ObservableList<StationRow> stations = FXCollections.observableArrayList();
    private final FilteredList<StationRow> visible = new FilteredList<>(stations);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Choice<String>> regionChoices = FXCollections.observableArrayList();

    private record ListData(List<StationRow> rows, List<Choice<String>> regions) {
    }

    private record Detail(Station station, Choice<String> region) {
    }

    public StationsViewModel(Workspace workspace, EditStack edits) {
        super(workspace, edits, new StationForm(), Aggregate.STATION, TEXTS);
        search.addListener((o, a, b) -> {
            SearchMatcher m = SearchMatcher.of(b);
            visible.setPredicate(m.isEmpty() ? null : r -> m.matches(r.name(), r.host(), r.region(), r.address()));
        });
    }

    /** 导出…: the stations the search lets through (all when it is empty). */
    public void export() {
        export(TableExport.Table.STATIONS, visible, stations.size(), StationRow::id);
    }

    @Override
    protected void loadList(BooleanSupplier current) {
        readList(current, s -> new ListData(s.listings().stations(), s.listings().regionChoices()), d -> {
            stations.setAll(d.rows());
            replaceIfChanged(regionChoices, d.regions());
        });
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
    protected void onOpened(long id) {
        search.set("");
    }

    @Override
    protected Function<Session, long[]> saving(Long id, Station st) {
        return s -> createOrUpdate(s, id, () -> s.stations().insert(st), () -> s.stations().update(st));
    }

    @Override
    protected void askDelete(long id, String name, Consumer<String> ask) {
        ask.accept(Messages.get("stations.deleteQuestion", name));
    }

    public FilteredList<StationRow> visibleStations() {
        return visible;
    }

    public ObservableList<StationRow> stations() {
        return stations;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Choice<String>> regionChoices() {
        return regionChoices;
    }
}
