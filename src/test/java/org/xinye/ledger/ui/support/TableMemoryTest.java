package org.xinye.ledger.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A table's columns come back as the user left them: order, widths and sort. */
class TableMemoryTest {
    private final Preferences node = Preferences.userRoot().node("/org/xinye/ledger-tests-table-memory");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private static TableView<String> table() {
        TableView<String> t = new TableView<>();
        for (String id : List.of("name", "township", "workers")) {
            TableColumn<String, String> c = new TableColumn<>(id);
            c.setId(id);
            c.setPrefWidth(100);
            t.getColumns().add(c);
        }
        return t;
    }

    private static List<String> ids(TableView<String> t) {
        return t.getColumns().stream().map(TableColumn::getId).toList();
    }

    @Test
    void orderWidthAndSortComeBackInTheNextRun() {
        TableView<String> first = table();
        new TableMemory(node).remember("UnitsView.table", first);
        TableColumn<String, ?> workers = first.getColumns().get(2);
        first.getColumns().setAll(List.of(workers, first.getColumns().get(0), first.getColumns().get(1)));
        workers.setPrefWidth(160);
        workers.setSortType(TableColumn.SortType.DESCENDING);
        first.getSortOrder().setAll(List.of(workers));

        TableView<String> next = table();
        new TableMemory(node).remember("UnitsView.table", next);
        assertEquals(List.of("workers", "name", "township"), ids(next));
        assertEquals(160, next.getColumns().get(0).getPrefWidth());
        assertEquals(List.of("workers"), next.getSortOrder().stream().map(TableColumn::getId).toList());
        assertEquals(TableColumn.SortType.DESCENDING, next.getColumns().get(0).getSortType());
    }

    @Test
    void eachPageKeepsItsOwnState() {
        TableView<String> units = table();
        new TableMemory(node).remember("UnitsView.table", units);
        units.getColumns().setAll(List.of(units.getColumns().get(1), units.getColumns().get(0),
                units.getColumns().get(2)));
        TableView<String> stations = table();
        new TableMemory(node).remember("StationsView.table", stations);
        assertEquals(List.of("name", "township", "workers"), ids(stations));
    }

    @Test
    void aColumnUnknownToTheSavedStateKeepsItsPlaceAtTheEnd() {
        node.put("UnitsView.table", "workers:120,name:90;");
        TableView<String> t = table();
        new TableMemory(node).remember("UnitsView.table", t);
        assertEquals(List.of("workers", "name", "township"), ids(t));
        assertEquals(90, t.getColumns().get(1).getPrefWidth());
    }
}
