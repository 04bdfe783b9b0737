package org.xinye.ledger.ui.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.util.Subscription;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.store.WorkerListing.SortKey;
import org.xinye.ledger.ui.support.Column;
import org.xinye.ledger.ui.support.TableColumns;

/**
 * The 人员 page's roster table: its columns, its sort handed to SQL ({@link PeopleRoster#sortBy}),
 * a line chosen as the page's record (also a line whose page of rows is still on its way), the
 * page's record selected in the table, and the scroll position kept when the same query is read
 * again.
 */
final class RosterTable {
    private final TableView<PersonSlot> table;
    private final PeopleViewModel vm;
    private boolean syncing;
    private Object shownQuery;

    RosterTable(TableView<PersonSlot> table, PeopleViewModel vm) {
        this.table = table;
        this.vm = vm;
    }

    /**
     * The roster's columns; each sorts by the key the view model sorts its SQL by (the ID and
     * mobile columns, masked, do not sort).
     */
    static List<Column<WorkerListing.Row>> columns(LocalDate today) {
        return List.of(
                Column.text("nameColumn", "people.col.name", WorkerListing.Row::name).width(70).sortedBy(SortKey.NAME),
                Column.masked("idColumn", "field.id_number", WorkerListing.Row::idNumber).width(150),
                Column.label("genderColumn", "field.gender", WorkerListing.Row::gender).width(62)
                        .sortedBy(SortKey.GENDER),
                Column.number("ageColumn", "people.col.age", (WorkerListing.Row r) -> r.birthDate() == null ? null
                        : Period.between(r.birthDate(), today).getYears()).width(44).sortedBy(SortKey.BIRTH_DATE),
                Column.masked("mobileColumn", "field.mobile", WorkerListing.Row::mobile).width(96),
                Column.label("occupationColumn", "field.occupation", WorkerListing.Row::occupation).width(96)
                        .sortedBy(SortKey.OCCUPATION),
                Column.text("employerColumn", "field.employer_id", WorkerListing.Row::employer).width(180)
                        .sortedBy(SortKey.EMPLOYER),
                Column.text("townshipColumn", "people.col.township", WorkerListing.Row::township).width(84)
                        .sortedBy(SortKey.TOWNSHIP),
                Column.label("politicalColumn", "field.political_status", WorkerListing.Row::politicalStatus)
                        .width(90).sortedBy(SortKey.POLITICAL_STATUS),
                Column.label("relationColumn", "people.col.relation", WorkerListing.Row::relation).width(70)
                        .sortedBy(SortKey.RELATION),
                Column.label("statusColumn", "field.status", WorkerListing.Row::status).width(56)
                        .sortedBy(SortKey.STATUS));
    }

    /**
     * Sorts by {@code columns} (the table's, from {@link #columns}) and follows the roster's rows
     * and the page's record; what it follows ends with the subscription.
     */
    Subscription bind(List<Column<WorkerListing.Row>> columns) {
        // Age goes up as the birth date goes down.
        TableColumns.sortInModel(table, columns, (key, ascending) -> {
            if (!syncing) {
                vm.roster().sortBy((SortKey) key, key == SortKey.BIRTH_DATE ? !ascending : ascending);
            }
        });
        ChangeListener<PersonSlot> clicked = (o, before, slot) -> {
            if (syncing || slot == null) {
                return;
            }
            if (slot.row() != null) {
                choose(slot.row().id());
            } else {
                // A line whose page is still on its way: choose it when it arrives.
                slot.rowProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends WorkerListing.Row> obs,
                                        WorkerListing.Row was, WorkerListing.Row now) {
                        obs.removeListener(this);
                        if (now != null && table.getSelectionModel().getSelectedItem() == slot) {
                            choose(now.id());
                        }
                    }
                });
            }
        };
        table.getSelectionModel().selectedItemProperty().addListener(clicked);
        Subscription followed = Subscription.combine(
                () -> table.getSelectionModel().selectedItemProperty().removeListener(clicked),
                vm.roster().rowsProperty().subscribe((before, rows) -> showRows(rows)),
                vm.selectedIdProperty().subscribe((a, b) -> syncSelection()));
        if (vm.roster().rowsProperty().get() != null) {
            // A view model that outlived an earlier view (a language switch) has its rows already.
            showRows(vm.roster().rowsProperty().get());
        }
        return followed;
    }

    private void choose(long id) {
        if (!vm.select(id)) {
            Platform.runLater(this::syncSelection);
        }
    }

    /**
     * Puts a query's rows in the table. The same query read again (after a save elsewhere)
     * keeps its scroll position; a new filter or order starts at the top.
     */
    private void showRows(PagedRows rows) {
        Object query = List.of(vm.roster().filter(), vm.roster().sort());
        int top = Objects.equals(query, shownQuery) ? firstVisible() : 0;
        shownQuery = query;
        List<TableColumn<PersonSlot, ?>> order = List.copyOf(table.getSortOrder());
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            table.setItems(rows);
            // New items that are not a SortedList take the table's sort order away (JavaFX RT-35763):
            // the rows come sorted so from SQL, so the headers keep saying so.
            table.getSortOrder().setAll(order);
            if (top > 0 && top < rows.size()) {
                table.scrollTo(top);
            }
        } finally {
            syncing = false;
        }
        syncSelection();
    }

    private int firstVisible() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    private void syncSelection() {
        syncing = true;
        try {
            Long id = vm.selectedId();
            int index = id == null ? -1 : vm.roster().indexOf(id);
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            syncing = false;
        }
    }
}
