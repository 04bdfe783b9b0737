package org.xinye.ledger.ui.stations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Aggregate;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.ChangeLog.Key;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.StationRow;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.records.HistoryModel;
import org.xinye.ledger.ui.records.RecordPageModel;
import org.xinye.ledger.ui.support.ExportAction;
import org.xinye.ledger.ui.support.Workspace;

/** The 阵地 page: 党群服务中心, 红色蓄能站 and 暖新驿站, and the form of one. */
public final class StationsViewModel extends RecordPageModel {
    private final ObservableList<StationRow> stations = FXCollections.observableArrayList();
    private final FilteredList<StationRow> visible = new FilteredList<>(stations);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyLongWrapper listLoaded = new ReadOnlyLongWrapper(this, "listLoaded");
    private final StationForm form = new StationForm();
    private final BooleanProperty creating = new SimpleBooleanProperty(this, "creating");
    private final BooleanProperty hasRecord = new SimpleBooleanProperty(this, "hasRecord");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<Choice<String>> regionChoices = FXCollections.observableArrayList();

    private record ListData(List<StationRow> rows, List<Choice<String>> regions) {
    }

    private record Detail(Station station, Choice<String> region, List<HistoryModel.Line> history) {
    }

    public StationsViewModel(Workspace workspace, EditStack edits) {
        super(workspace, edits);
        hasRecord.bind(selectedIdProperty().isNotNull().or(creating));
        search.addListener((o, a, b) -> {
            String t = Text.clean(b).toUpperCase(Locale.ROOT);
            visible.setPredicate(t.isEmpty() ? null : r -> (r.name() + r.host() + r.region() + r.address())
                    .toUpperCase(Locale.ROOT).contains(t));
        });
    }

    /** 导出…: the stations the search lets through (all when it is empty). */
    public void export() {
        Map<String, String> filter = visible.size() == stations.size() ? Map.of()
                : Map.of("ids", ExportAction.ids(visible, StationRow::id));
        new ExportAction(workspace, TableExport.Table.STATIONS, () -> filter).run();
    }

    @Override
    protected void loadList(BooleanSupplier current) {
        workspace.read(Messages.get("task.loadingStations"), s -> new ListData(s.listings().stations(),
                s.listings().regionChoices()), d -> {
                    if (!current.getAsBoolean()) {
                        return;
                    }
                    stations.setAll(d.rows());
                    replaceIfChanged(regionChoices, d.regions());
                    listLoaded.set(listLoaded.get() + 1);
                });
    }

    @Override
    protected void loadDetail(long id, boolean intoForm) {
        long token = nextDetail();
        var zone = workspace.clock().getZone();
        workspace.read(Messages.get("task.loadingStations"), s -> s.stations().get(id).map(st -> new Detail(st,
                s.listings().regionChoice(st.regionCode()).orElse(null),
                HistoryModel.read(s, Key.of(Aggregate.STATION, id), zone))).orElse(null), d -> {
                    if (!isCurrentDetail(token)) {
                        return;
                    }
                    if (d == null) {
                        selectedIdProperty().set(null);
                        clearDetail();
                        return;
                    }
                    if (intoForm) {
                        form.load(d.station(), d.region());
                        creating.set(false);
                    }
                    title.set(d.station().name());
                    history.show(d.history());
                });
    }

    @Override
    protected void clearDetail() {
        form.clear();
        creating.set(false);
        title.set("");
        history.clear();
    }

    @Override
    protected void relocalize() {
        if (creating.get()) {
            title.set(Messages.get("stations.newTitle"));
        }
        form.relocalize();
    }

    @Override
    protected void prepareNew() {
        creating.set(true);
        title.set(Messages.get("stations.newTitle"));
    }

    @Override
    protected void onOpened(long id) {
        search.set("");
    }

    @Override
    public boolean isDirty() {
        return (selectedId() != null || creating.get()) && form.isDirty();
    }

    @Override
    public boolean isNew() {
        return creating.get();
    }

    @Override
    protected String currentName() {
        String n = Text.trimmedOrNull(form.name.get());
        return n == null ? Messages.get("stations.unnamed") : n;
    }

    @Override
    protected Aggregate aggregate() {
        return Aggregate.STATION;
    }

    public void save() {
        Long id = selectedId();
        if (id == null && !creating.get()) {
            return;
        }
        if (!form.validate()) {
            notice(Messages.get("records.fixErrors"));
            return;
        }
        if (id != null && !form.isDirty()) {
            notice(Messages.get("records.unchanged"));
            return;
        }
        Station st = form.toStation(id);
        String description = Messages.get(id == null ? "stations.created" : "stations.updated", st.name());
        workspace.write(Messages.get("task.saving"), s -> {
            if (id == null) {
                ChangeLog.Created c = s.changes().create(Aggregate.STATION, () -> s.stations().insert(st));
                return new long[] {c.id(), c.changeId()};
            }
            return new long[] {id, s.changes().edit(ChangeLog.UPDATE, Key.of(Aggregate.STATION, id),
                    () -> s.stations().update(st))};
        }, r -> {
            creating.set(false);
            edited(r[1], description);
            selectedIdProperty().set(r[0]);
            loadDetail(r[0], true);
        });
    }

    public void cancel() {
        if (creating.get()) {
            creating.set(false);
            clearDetail();
            notice("");
            return;
        }
        Long id = selectedId();
        if (id != null && form.isDirty()) {
            loadDetail(id, true);
            notice(Messages.get("records.reverted"));
        }
    }

    public void delete() {
        Long id = selectedId();
        if (id == null) {
            return;
        }
        String name = currentName();
        if (!workspace.dialogs().confirm(Messages.get("stations.deleteTitle"), Messages.get("stations.deleteQuestion", name))) {
            return;
        }
        workspace.write(Messages.get("task.saving"), s -> s.changes().delete(Key.of(Aggregate.STATION, id)), change -> {
            edited(change, Messages.get("stations.deleted", name));
            selectedIdProperty().set(null);
            nextDetail();
            clearDetail();
        });
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

    public ReadOnlyLongProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    public StationForm form() {
        return form;
    }

    public BooleanProperty hasRecordProperty() {
        return hasRecord;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Choice<String>> regionChoices() {
        return regionChoices;
    }
}
