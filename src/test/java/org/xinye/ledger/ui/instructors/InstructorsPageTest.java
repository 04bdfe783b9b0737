package org.xinye.ledger.ui.instructors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.store.Listings.InstructorRow;
import org.xinye.ledger.ui.TestWindow;
import org.xinye.ledger.ui.records.PageTestSupport;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructorsPageTest extends PageTestSupport {

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        start(dir, 34);
        nav("instructors");
    }

    @AfterAll
    void close() throws Exception {
        stop();
    }

    private Instructor named(String name) {
        return read(s -> s.instructors().all().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null));
    }

    @Test
    void assigningAnInstructorGivesWorkCoverageAndVisitsAreLogged() throws Exception {
        Map<Long, CoverageStatus> statuses = read(s -> s.coverage().unitStatuses());
        long unit = statuses.entrySet().stream().filter(e -> e.getValue() == CoverageStatus.UNCOVERED)
                .mapToLong(Map.Entry::getKey).min().orElseThrow();
        CoverageCounts before = coverage();

        click("#newButton");
        type("#nameField", "测试指导员");
        type("#homeUnitField", "区委组织部");
        pick("#roleField", InstructorRole.LIAISON);
        type("#mobileField", "1391234567");
        click("#saveButton");
        waitUntil(() -> visible("#mobileError"));
        assertTrue(named("测试指导员") == null, "a ten-digit mobile is refused");
        type("#mobileField", "139 1234 5678");
        click("#saveButton");
        waitUntil(() -> named("测试指导员") != null);
        Instructor created = named("测试指导员");
        assertEquals("13912345678", created.mobile());
        assertEquals(InstructorRole.LIAISON, created.role());

        tab(Messages.get("instructors.tab.units"));
        Choice<Long> choice = read(s -> s.listings().unitChoice(unit).orElseThrow());
        pick("#assignPicker", choice);
        click("#assignButton");
        waitUntil(() -> read(s -> s.coverage().statusOf(unit)) == CoverageStatus.WORK);
        CoverageCounts assigned = coverage();
        assertEquals(before.uncovered() - 1, assigned.uncovered(), "an assigned liaison gives work coverage");
        assertEquals(before.workCovered() + 1, assigned.workCovered());

        tab(Messages.get("instructors.tab.visits"));
        waitUntil(() -> node("#visitUnitField", ComboBox.class).getValue() != null);
        type("#visitNoteField", "了解骑手权益保障情况");
        click("#addVisitButton");
        waitUntil(() -> !read(s -> s.instructors().visits(created.id())).isEmpty());
        assertEquals(TestWindow.TODAY, read(s -> s.instructors().lastVisit(created.id(), unit)).orElseThrow());

        click("#deleteButton");
        answer("是");
        waitUntil(() -> named("测试指导员") == null);
        assertEquals(before, coverage(), "without its liaison the unit is uncovered again");
        assertTrue(read(s -> s.instructors().assignmentsOf(unit)).isEmpty());

        click("#undoButton");
        answer("是");
        waitUntil(() -> named("测试指导员") != null);
        assertEquals(assigned, coverage(), "undo brings back the liaison, the assignment and the visit");
        assertEquals(1, read(s -> s.instructors().visits(created.id())).size());
    }
    @Test
    @SuppressWarnings("unchecked")
    void theMobileShowsMaskedUntilShowIsClickedAndTheLookIsLogged() throws Exception {
        Instructor someone = read(s -> s.instructors().all().stream().filter(i -> i.mobile() != null).findFirst().orElseThrow());
        TableView<InstructorRow> table = node("#table", TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id() == someone.id()));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.id() == someone.id()).findFirst().orElseThrow()));
        waitUntil(() -> Masking.mobile(someone.mobile()).equals(text("#mobileField")));
        assertFalse(node("#mobileField", TextField.class).isEditable(), "a masked number cannot be edited");
        assertTrue(visible("#revealMobileButton"));
        long reveals = read(s -> s.audit().of("instructor", someone.id()).stream()
                .filter(e -> e.action().equals("REVEAL")).count());

        click("#revealMobileButton");
        waitUntil(() -> someone.mobile().equals(text("#mobileField")));
        assertTrue(node("#mobileField", TextField.class).isEditable());
        assertFalse(visible("#revealMobileButton"));
        assertEquals(reveals + 1, (long) read(s -> s.audit().of("instructor", someone.id()).stream()
                .filter(e -> e.action().equals("REVEAL")).count()));
        assertTrue(node("#saveButton", Button.class).isDisabled(), "looking is not editing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void assignmentsWithNoVisitForNinetyDaysAreMarked() throws Exception {
        var overdue = read(s -> s.followUps().overdueVisits(TestWindow.TODAY)).get(0);
        TableView<InstructorRow> table = node("#table", TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id() == overdue.instructorId()));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.id() == overdue.instructorId()).findFirst().orElseThrow()));
        tab(Messages.get("instructors.tab.units"));
        TableView<?> assignments = node("#assignmentTable", TableView.class);
        waitUntil(() -> !assignments.getItems().isEmpty());
        settle();
        waitUntil(() -> !robot.from(assignments).lookup(".warning-row").queryAll().isEmpty());
        tab(Messages.get("records.tab.basic"));
    }
}
