package org.xinye.ledger.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.AuditEntry;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.store.AuditRepository;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.ui.records.PageTestSupport;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeoplePageTest extends PageTestSupport {

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        start(dir, 32);
        nav("people");
    }

    @AfterAll
    void close() throws Exception {
        stop();
    }

    private Worker byId(String idNumber) {
        return read(s -> s.workers().byIdNumber(idNumber).orElse(null));
    }

    @Test
    void aBadCheckDigitIsRefusedThenAWorkerIsCreatedEditedIntoAMemberAndDeleted() throws Exception {
        String id = TestIds.id("150203", LocalDate.of(1991, 6, 15), 37);
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        String bad = id.substring(0, 17) + wrong;
        CoverageCounts before = coverage();
        long workers = read(s -> s.workers().count());
        long audit = auditCount();

        click("#newButton");
        type("#nameField", "测试骑手");
        type("#idField", bad);
        waitUntil(() -> visible("#idError"));
        assertTrue(text("#idError").contains("校验位"), text("#idError"));
        click("#saveButton");
        settle();
        assertEquals(workers, (long) read(s -> s.workers().count()), "nothing is written");
        assertEquals(audit, auditCount());

        type("#idField", id);
        waitUntil(() -> !visible("#idError"));
        assertTrue(text("#derived").contains("男") && text("#derived").contains("1991-06-15"), text("#derived"));
        Choice<String> township = read(s -> s.listings().townshipChoices().get(5));
        pick("#townshipField", township);
        click("#saveButton");
        waitUntil(() -> byId(id) != null);
        Worker created = byId(id);
        assertEquals(Gender.MALE, created.gender());
        assertEquals(LocalDate.of(1991, 6, 15), created.birthDate());
        assertEquals(township.key(), created.townshipCode());
        CoverageCounts afterCreate = coverage();
        assertEquals(before.workers() + 1, afterCreate.workers(), "an active worker is counted where he serves");
        assertEquals(before.partyMembers(), afterCreate.partyMembers());
        waitUntil(() -> Masking.idNumber(id).equals(text("#idField")));

        // Joins the party: counted as a member, the member sections open, and he is missing a relation.
        pick("#politicalField", PoliticalStatus.MEMBER);
        click("#saveButton");
        waitUntil(() -> byId(id).politicalStatus() == PoliticalStatus.MEMBER);
        assertEquals(afterCreate.partyMembers() + 1, coverage().partyMembers());
        assertTrue(read(s -> s.followUps().missingRelations()).stream().anyMatch(m -> m.workerId() == created.id()));
        tab(Messages.get("people.tab.member"));
        long org = read(s -> s.orgs().all().stream().filter(o -> o.active()).findFirst().orElseThrow().id());
        pick("#orgField", read(s -> s.listings().orgChoice(org).orElseThrow()));
        pick("#relationField", RelationStatus.TRANSFERRED_IN);
        click("#saveMembershipButton");
        waitUntil(() -> read(s -> s.memberships().get(created.id())).isPresent());
        assertEquals(Long.valueOf(org), read(s -> s.memberships().get(created.id()).orElseThrow().orgId()));
        assertFalse(read(s -> s.followUps().missingRelations()).stream().anyMatch(m -> m.workerId() == created.id()));
        tab(Messages.get("records.tab.basic"));

        click("#deleteButton");
        answer("是");
        waitUntil(() -> byId(id) == null);
        assertEquals(before, coverage(), "deleting him puts the numbers back");
        assertTrue(read(s -> s.memberships().get(created.id())).isEmpty(), "his relation went with him");
        assertTrue(visible("#emptyDetail") && !node("#detail", javafx.scene.Node.class).isVisible(),
                "after the delete the page says what to do, and no emptied form shows under that line");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTextFilterNarrowsTheTableInSqlAndShowRevealsOneRecordIntoTheAuditLog() throws Exception {
        Worker someone = read(s -> s.workers().get(1).orElseThrow());
        type("#search", someone.name());
        long expected = read(s -> s.workerListing().count(
                WorkerListing.Filter.of(someone.name(), null, null, null, null, null, null)));
        TableView<PersonSlot> table = node("#table", TableView.class);
        waitUntil(() -> table.getItems().size() == expected && table.getItems().get(0).row() != null);
        assertTrue(text("#summary").contains(String.valueOf(expected)), text("#summary"));

        int index = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).row() != null && table.getItems().get(i).row().id() == someone.id()) {
                index = i;
            }
        }
        assertTrue(index >= 0);
        int row = index;
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        waitUntil(() -> Masking.idNumber(someone.idNumber()).equals(text("#idField")));
        assertFalse(text("#idField").contains(someone.idNumber().substring(6, 14)), "the birth digits are hidden");

        long reveals = read(s -> s.audit().of("worker", someone.id()).stream()
                .filter(e -> e.action().equals("REVEAL")).count());
        click("#revealButton");
        waitUntil(() -> someone.idNumber().equals(text("#idField")));
        assertEquals(someone.mobile(), text("#mobileField"));
        List<AuditEntry> log = read(s -> s.audit().of("worker", someone.id()));
        assertEquals(reveals + 1, log.stream().filter(e -> e.action().equals("REVEAL")).count());
        assertEquals(AuditRepository.currentUser(), log.get(0).who());
        assertNull(log.get(0).after(), "the log says who looked, not the numbers");

        click("#clearFilters");
        waitUntil(() -> table.getItems().size() == read(s -> s.workers().count()).intValue());
        assertNotNull(table.getItems().get(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aColumnHeaderSortsTheRosterInSqlAndAgeUpIsBirthDateDown() throws Exception {
        click("#clearFilters");
        TableView<PersonSlot> table = node("#table", TableView.class);
        WorkerListing.Filter all = WorkerListing.Filter.of(null, null, null, null, null, null, null);
        for (var sort : List.of(new WorkerListing.Sort(WorkerListing.SortKey.EMPLOYER, true),
                new WorkerListing.Sort(WorkerListing.SortKey.EMPLOYER, false),
                new WorkerListing.Sort(WorkerListing.SortKey.BIRTH_DATE, false))) {
            String id = sort.key() == WorkerListing.SortKey.EMPLOYER ? "employerColumn" : "ageColumn";
            // 年龄 going up is the birth date going down.
            boolean up = sort.key() == WorkerListing.SortKey.EMPLOYER ? sort.ascending() : !sort.ascending();
            TableColumn<PersonSlot, ?> column = table.getColumns().stream().filter(c -> id.equals(c.getId()))
                    .findFirst().orElseThrow();
            robot.interact(() -> {
                column.setSortType(up ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(column);
            });
            List<Long> expected = read(s -> s.workerListing().page(all, sort, 0, 5)).stream()
                    .map(WorkerListing.Row::id).toList();
            waitUntil(() -> expected.equals(firstIds(table, 5)));
            assertEquals(List.of(column), List.copyOf(table.getSortOrder()), "the header still says how the rows are sorted");
        }
        robot.interact(() -> table.getSortOrder().clear());
        List<Long> byName = read(s -> s.workerListing().page(all, WorkerListing.Sort.DEFAULT, 0, 5)).stream()
                .map(WorkerListing.Row::id).toList();
        waitUntil(() -> byName.equals(firstIds(table, 5)));
    }

    private static List<Long> firstIds(TableView<PersonSlot> table, int n) {
        List<PersonSlot> items = table.getItems();
        if (items.size() < n || items.subList(0, n).stream().anyMatch(slot -> slot.row() == null)) {
            return List.of();
        }
        return items.subList(0, n).stream().map(slot -> slot.row().id()).toList();
    }
}
