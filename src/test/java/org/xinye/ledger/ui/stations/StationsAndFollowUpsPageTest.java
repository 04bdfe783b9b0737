package org.xinye.ledger.ui.stations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.store.FollowUpQueries;
import org.xinye.ledger.ui.records.PageTestSupport;

/** The 阵地 page, and the 待办 page whose rows open their records on the other pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StationsAndFollowUpsPageTest extends PageTestSupport {

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        start(dir, 35);
    }

    @AfterAll
    void close() throws Exception {
        stop();
    }

    private Station named(String name) {
        return read(s -> s.stations().all().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null));
    }

    @Test
    void aStationIsCreatedEditedAndDeletedAndANamelessOneIsRefused() throws Exception {
        nav("stations");
        long stations = read(s -> s.stations().count());
        click("#newButton");
        type("#hostField", "某社区");
        click("#saveButton");
        waitUntil(() -> visible("#nameError"));
        assertEquals(stations, (long) read(s -> s.stations().count()));

        type("#nameField", "测试暖新驿站");
        pick("#kindField", StationKind.WARM_STATION);
        pick("#regionField", read(s -> s.listings().regionChoices().get(4)));
        type("#hoursField", "08:00–20:00");
        click("#saveButton");
        waitUntil(() -> named("测试暖新驿站") != null);
        assertEquals("某社区", named("测试暖新驿站").host());

        type("#nameField", "测试红色蓄能站");
        pick("#kindField", StationKind.ENERGY_STATION);
        click("#saveButton");
        waitUntil(() -> named("测试红色蓄能站") != null);
        assertEquals(StationKind.ENERGY_STATION, named("测试红色蓄能站").kind());
        assertEquals(stations + 1, (long) read(s -> s.stations().count()));

        click("#deleteButton");
        answer("是");
        waitUntil(() -> named("测试红色蓄能站") == null);
        assertEquals(stations, (long) read(s -> s.stations().count()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void followUpRowsOpenTheirRecordsAndTheDashboardTileLeadsThere() throws Exception {
        nav("dashboard");
        robot.clickOn("#shouldBuildTile");
        settle();
        assertTrue(node("#nav-follow_ups", ToggleButton.class).isSelected(), "the 应建未建 tile opens 待办");

        FollowUpQueries.ShouldBuild first = read(s -> s.followUps().shouldBuild()).get(0);
        TableView<FollowUpQueries.ShouldBuild> table = node("#shouldBuildTable", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        openRow(table, r -> r.enterpriseId() == first.enterpriseId());
        waitUntil(() -> node("#nav-units", ToggleButton.class).isSelected());
        waitUntil(() -> first.name().equals(text("#nameField")));

        nav("follow_ups");
        FollowUpQueries.MissingRelation member = read(s -> s.followUps().missingRelations()).get(0);
        tab(Messages.get("followups.missing", 0).substring(0, 4));
        TableView<FollowUpQueries.MissingRelation> missing = node("#missingTable", TableView.class);
        waitUntil(() -> !missing.getItems().isEmpty());
        openRow(missing, r -> r.workerId() == member.workerId());
        waitUntil(() -> node("#nav-people", ToggleButton.class).isSelected());
        waitUntil(() -> member.name().equals(text("#nameField")));
    }

    private <T> void openRow(TableView<T> table, Predicate<T> which) {
        T row = table.getItems().stream().filter(which).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(row));
        settle();
        @SuppressWarnings("unchecked")
        Node cell = robot.lookup(".table-row-cell").match(n -> n.isVisible()
                && ((TableRow<T>) n).getItem() == row).query();
        robot.doubleClickOn(cell);
        settle();
    }
}
