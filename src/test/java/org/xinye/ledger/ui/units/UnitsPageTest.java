package org.xinye.ledger.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.UnitRow;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.ui.records.PageTestSupport;
import org.xinye.ledger.ui.support.Formats;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitsPageTest extends PageTestSupport {
    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        start(dir, 31);
        nav("units");
    }

    @AfterAll
    void close() throws Exception {
        stop();
    }

    private Enterprise unitNamed(String name) {
        return read(s -> s.enterprises().byName(name).stream().findFirst().orElse(null));
    }

    /** Finds a unit by typing its name into the search box and clicking its row. */
    @SuppressWarnings("unchecked")
    private void openUnit(String name) throws Exception {
        type("#search", name);
        TableView<UnitRow> table = node("#table", TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals(name)));
        UnitRow row = table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(row));
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> n.isVisible() && ((TableRow<UnitRow>) n).getItem() == row)
                .queryAs(Node.class));
        waitUntil(() -> name.equals(text("#nameField")));
    }

    @Test
    void theCountLineCountsTheRowsTheTableLists() throws Exception {
        TableView<?> table = node("#table", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        settle();
        int all = read(s -> (int) s.enterprises().count());
        assertEquals(all, table.getItems().size());
        assertEquals(Messages.get("units.summary", Formats.count(all)), text("#summary"));
    }

    @Test
    void createEditDeleteAndUndoAUnitThroughTheForm() throws Exception {
        CoverageCounts before = coverage();
        long audit = auditCount();
        // Ctrl+N, type, Enter: the keyboard path.
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        settle();
        type("#nameField", "测试快递昆都仑营业部");
        String code = TestIds.creditCode(new Random(7));
        type("#creditCodeField", code);
        String township = read(s -> s.listings().townshipChoices().get(3).key());
        pick("#townshipField", read(s -> s.listings().townshipChoices().get(3)));
        robot.clickOn("#nameField").type(KeyCode.ENTER);
        waitUntil(() -> unitNamed("测试快递昆都仑营业部") != null);
        Enterprise created = unitNamed("测试快递昆都仑营业部");
        assertEquals(code, created.creditCode());
        assertEquals(township, created.townshipCode());
        CoverageCounts afterCreate = coverage();
        assertEquals(before.inScope() + 1, afterCreate.inScope(), "a new operating unit is in scope");
        assertEquals(before.uncovered() + 1, afterCreate.uncovered(), "with no org, instructor or mass org it is uncovered");
        assertEquals(audit + 1, auditCount());
        waitUntil(() -> Messages.label(CoverageStatus.UNCOVERED).equals(text("#coverageBadge")));

        // A trade union gives work coverage (the setting is on by default).
        robot.clickOn("#unionField");
        click("#saveButton");
        waitUntil(() -> read(s -> s.coverage().statusOf(created.id())) == CoverageStatus.WORK);
        CoverageCounts afterEdit = coverage();
        assertEquals(afterCreate.uncovered() - 1, afterEdit.uncovered());
        assertEquals(afterCreate.workCovered() + 1, afterEdit.workCovered());
        waitUntil(() -> Messages.label(CoverageStatus.WORK).equals(text("#coverageBadge")));

        click("#deleteButton");
        answer("是");
        waitUntil(() -> unitNamed("测试快递昆都仑营业部") == null);
        assertEquals(before, coverage(), "deleting it puts the numbers back");

        click("#undoButton");
        answer("是");
        waitUntil(() -> unitNamed("测试快递昆都仑营业部") != null);
        assertEquals(afterEdit, coverage(), "undo brings the unit back as it was, union and all");
        assertTrue(unitNamed("测试快递昆都仑营业部").hasUnion());
    }

    @Test
    void linkingAWorkCoveredUnitToAJointOrgMakesItOrgCovered() throws Exception {
        // A unit covered only by work (an instructor or a mass org), and a joint org with room for one more.
        Map<Long, CoverageStatus> statuses = read(s -> s.coverage().unitStatuses());
        long unitId = statuses.entrySet().stream().filter(e -> e.getValue() == CoverageStatus.WORK)
                .mapToLong(Map.Entry::getKey).min().orElseThrow();
        String unitName = read(s -> s.enterprises().get(unitId).orElseThrow().name());
        long orgId = read(s -> Sql.one(s.connection(), """
                SELECT o.id FROM party_org o JOIN org_coverage oc ON oc.org_id = o.id
                WHERE o.form = 'JOINT' AND o.active = 1 GROUP BY o.id HAVING COUNT(*) BETWEEN 2 AND 4
                ORDER BY o.id LIMIT 1""", rs -> rs.getLong(1)).orElseThrow());
        CoverageCounts before = coverage();

        openUnit(unitName);
        tab(Messages.get("units.tab.coverage"));
        Choice<Long> org = read(s -> s.listings().orgChoice(orgId).orElseThrow());
        pick("#orgPicker", org);
        click("#linkButton");
        waitUntil(() -> read(s -> s.coverage().statusOf(unitId)) == CoverageStatus.ORG_JOINT);
        CoverageCounts after = coverage();
        assertEquals(before.workCovered() - 1, after.workCovered(), "it leaves work coverage");
        assertEquals(before.orgJoint() + 1, after.orgJoint(), "and is now covered by a joint org");
        assertEquals(before.inScope(), after.inScope());
        waitUntil(() -> Messages.label(CoverageStatus.ORG_JOINT).equals(text("#coverageBadge")));
        assertTrue(OrgForm.JOINT == read(s -> s.orgs().get(orgId).orElseThrow().form()));

        click("#undoButton");
        answer("是");
        waitUntil(() -> read(s -> s.coverage().statusOf(unitId)) == CoverageStatus.WORK);
        assertEquals(before, coverage());
        tab(Messages.get("records.tab.basic"));
    }

    @Test
    void aBadCreditCodeOrAMissingNameIsRefusedWithTheReasonAndNothingIsWritten() throws Exception {
        long units = read(s -> s.enterprises().count());
        long audit = auditCount();
        click("#newButton");
        type("#creditCodeField", "91150203MA0000000X");
        waitUntil(() -> visible("#creditCodeError"));
        assertTrue(text("#creditCodeError").contains("校验位"), text("#creditCodeError"));
        click("#saveButton");
        waitUntil(() -> visible("#nameError"));
        assertEquals(Messages.get("check.required"), text("#nameError"));

        type("#nameField", "无代码校验的单位");
        click("#saveButton");
        assertTrue(visible("#creditCodeError"), "the bad code still blocks saving");
        settle();
        assertEquals(units, (long) read(s -> s.enterprises().count()));
        assertEquals(audit, auditCount());
        assertFalse(text("#creditCodeError").isEmpty());

        click("#cancelButton");
        assertEquals(units, (long) read(s -> s.enterprises().count()));
    }
}
