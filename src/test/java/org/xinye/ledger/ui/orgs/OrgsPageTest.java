package org.xinye.ledger.ui.orgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.ui.records.PageTestSupport;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgsPageTest extends PageTestSupport {

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        start(dir, 33);
        nav("orgs");
    }

    @AfterAll
    void close() throws Exception {
        stop();
    }

    private PartyOrg orgNamed(String name) {
        return read(s -> s.orgs().byName(name).stream().findFirst().orElse(null));
    }

    /** Units with no org, instructor or mass org, and no union: adding them to an org is all that changes. */
    private List<Long> uncoveredUnits(int n) {
        Map<Long, CoverageStatus> statuses = read(s -> s.coverage().unitStatuses());
        return statuses.entrySet().stream().filter(e -> e.getValue() == CoverageStatus.UNCOVERED)
                .map(Map.Entry::getKey).sorted().limit(n).toList();
    }

    private void addUnit(long unitId) throws Exception {
        pick("#unitPicker", read(s -> s.listings().unitChoice(unitId).orElseThrow()));
        click("#addUnitButton");
    }

    @Test
    void aJointOrgCoversUnitsAsTheRulesSayAndIsFlaggedOverFive() throws Exception {
        CoverageCounts before = coverage();
        click("#newButton");
        type("#nameField", "测试商圈新业态联合党支部");
        pick("#levelField", OrgLevel.JOINT_BRANCH);
        pick("#formField", OrgForm.JOINT);
        click("#saveButton");
        waitUntil(() -> orgNamed("测试商圈新业态联合党支部") != null);
        long orgId = orgNamed("测试商圈新业态联合党支部").id();
        assertEquals(before, coverage(), "an org covering nothing changes no count");

        tab(Messages.get("orgs.tab.units"));
        List<Long> units = uncoveredUnits(6);
        addUnit(units.get(0));
        waitUntil(() -> read(s -> s.coverage().statusOf(units.get(0))) != CoverageStatus.UNCOVERED);
        // A joint org that covers one unit so far is that unit's own org.
        assertEquals(CoverageStatus.ORG_SINGLE, read(s -> s.coverage().statusOf(units.get(0))));
        addUnit(units.get(1));
        waitUntil(() -> read(s -> s.coverage().statusOf(units.get(1))) == CoverageStatus.ORG_JOINT);
        assertEquals(CoverageStatus.ORG_JOINT, read(s -> s.coverage().statusOf(units.get(0))), "now both are joint");
        CoverageCounts two = coverage();
        assertEquals(before.uncovered() - 2, two.uncovered());
        assertEquals(before.orgJoint() + 2, two.orgJoint());
        assertEquals(before.orgSingle(), two.orgSingle());

        for (int i = 2; i < 5; i++) {
            long u = units.get(i);
            addUnit(u);
            waitUntil(() -> read(s -> s.coverage().statusOf(u)) == CoverageStatus.ORG_JOINT);
        }
        assertFalse(visible("#overLimit"));
        // The sixth unit: the page warns before it goes over the limit, and it goes on the follow-up list.
        addUnit(units.get(5));
        answer("是");
        waitUntil(() -> read(s -> s.orgs().coveredCount(orgId)) == 6);
        waitUntil(() -> visible("#overLimit"));
        assertTrue(read(s -> s.followUps().jointOrgsOverLimit()).stream().anyMatch(j -> j.orgId() == orgId));
        assertEquals(before.orgJoint() + 6, coverage().orgJoint());

        tab(Messages.get("records.tab.basic"));
        type("#secretaryField", "李书记");
        robot.clickOn("#secretaryField").type(KeyCode.ENTER);
        waitUntil(() -> "李书记".equals(orgNamed("测试商圈新业态联合党支部").secretary()));
        tab(Messages.get("records.tab.history"));
        @SuppressWarnings("unchecked")
        TableView<Object> history = node("#history", TableView.class);
        waitUntil(() -> history.getItems().size() >= 8);
        tab(Messages.get("records.tab.basic"));

        click("#deleteButton");
        answer("是");
        waitUntil(() -> orgNamed("测试商圈新业态联合党支部") == null);
        assertEquals(before, coverage(), "deleting the org uncovers its units again");
        for (long u : units) {
            Enterprise e = read(s -> s.enterprises().get(u).orElseThrow());
            assertEquals(CoverageStatus.UNCOVERED, read(s -> s.coverage().statusOf(e.id())));
        }
    }

    @Test
    void aMissingNameIsRefusedAndNothingIsWritten() throws Exception {
        long orgs = read(s -> s.orgs().count());
        long audit = auditCount();
        click("#newButton");
        type("#secretaryField", "王书记");
        click("#saveButton");
        waitUntil(() -> visible("#nameError"));
        assertEquals(Messages.get("check.required"), text("#nameError"));
        assertEquals(orgs, (long) read(s -> s.orgs().count()));
        assertEquals(audit, auditCount());
        click("#cancelButton");
    }
}
