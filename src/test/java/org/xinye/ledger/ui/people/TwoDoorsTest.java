package org.xinye.ledger.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.imports.ImportFixture;
import org.xinye.ledger.io.imports.ImportProgress;
import org.xinye.ledger.io.imports.ImportResult;
import org.xinye.ledger.io.imports.ImportType;
import org.xinye.ledger.io.imports.Importer;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Listings.Choice;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.TestDay;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/**
 * A person changes the same way whichever door the change comes through: saved on the 人员
 * page, or imported from a roster. Two copies of one ledger take the same change, one through
 * each door, and must end up with the same person and the same employment history.
 */
class TwoDoorsTest {
    private static final String ID = TestIds.id("150203", LocalDate.of(1990, 5, 6), 17);
    private static final String OTHER_UNIT = "安捷物流总部";
    /** The day the person was first imported; the changes happen on {@link TestDay#TODAY}. */
    private static final LocalDate FIRST_DAY = TestDay.TODAY.minusMonths(3);

    @TempDir
    Path dir;
    private Ledger window;
    private Ledger imports;
    private PeopleViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void twoCopiesOfOneLedger() throws IOException {
        Messages.use(Messages.CHINESE);
        try (Ledger first = ImportFixture.ledger(dir.resolve("first.xldb"))) {
            importRow(first, FIRST_DAY, "王芳", ID, "迅达快递少先路站", "在岗");
            first.copyTo(dir.resolve("window.xldb"));
            first.copyTo(dir.resolve("import.xldb"));
        }
        window = Ledger.open(dir.resolve("window.xldb"), Ledger.Mode.WRITE);
        imports = Ledger.open(dir.resolve("import.xldb"), Ledger.Mode.WRITE);
        Workspace workspace = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        workspace.setLedger(window);
        vm = new PeopleViewModel(workspace, new EditStack(workspace));
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        window.close();
        imports.close();
    }

    private ImportResult importRow(Ledger ledger, LocalDate day, String name, String id, String employer, String status)
            throws IOException {
        Path csv = dir.resolve("row-" + System.nanoTime() + ".csv");
        Files.writeString(csv, "姓名,身份证号,工作单位,人员状态\n" + name + "," + id + "," + employer + "," + status + "\n",
                StandardCharsets.UTF_8);
        return new Importer(ledger, java.time.Clock.fixed(day.atTime(10, 0).atZone(TestDay.ZONE).toInstant(),
                TestDay.ZONE)).run(ImportFixture.request(csv, ImportType.WORKERS).build(), p -> { },
                ImportProgress.NONE, 0);
    }

    private static Worker person(Ledger ledger) {
        return ledger.read(s -> s.workers().byIdNumber(ID).orElseThrow());
    }

    /** The person's employment history as employer (name or text), from, to; newest first, as the page lists it. */
    private static List<String> history(Ledger ledger) {
        return ledger.read(s -> s.listings().employments(person(ledger).id()).stream()
                .map(e -> e.employer() + " " + e.from() + " " + e.to()).toList());
    }

    private void openInWindow() {
        vm.select(person(window).id());
    }

    private static void assertSamePerson(Worker a, Worker b) {
        assertEquals(a.employerId(), b.employerId());
        assertEquals(a.employerText(), b.employerText());
        assertEquals(a.status(), b.status());
    }

    @Test
    void anEmployerMoveEndsTheOldStintAndOpensANewOneThroughEitherDoor() throws IOException {
        openInWindow();
        long other = window.read(s -> s.enterprises().byName(OTHER_UNIT).get(0).id());
        vm.form().employer.set(new Choice<>(other, OTHER_UNIT));
        vm.save();
        importRow(imports, TestDay.TODAY, "王芳", ID, OTHER_UNIT, "在岗");

        assertEquals(List.of(OTHER_UNIT + " " + TestDay.TODAY + " null", "迅达快递少先路站 " + FIRST_DAY + " " + TestDay.TODAY),
                history(window), "the move on save is kept");
        assertEquals(history(window), history(imports));
        assertSamePerson(person(window), person(imports));
    }

    @Test
    void leavingEndsTheOpenStintThroughEitherDoor() throws IOException {
        openInWindow();
        vm.form().status.set(WorkerStatus.LEFT);
        vm.save();
        importRow(imports, TestDay.TODAY, "王芳", ID, "迅达快递少先路站", "离职");

        assertEquals(List.of("迅达快递少先路站 " + FIRST_DAY + " " + TestDay.TODAY), history(window));
        assertEquals(history(window), history(imports));
        assertSamePerson(person(window), person(imports));
    }

    @Test
    void anEmployerThatMatchesNoUnitIsAMoveThroughEitherDoor() throws IOException {
        // The import keeps an unmatched employer as text; the window keeps that text when no unit is picked.
        importRow(imports, TestDay.TODAY, "王芳", ID, "顺风小站", "在岗");
        window.writing(s -> s.workerChanges().save(person(window).id(), withEmployerText(person(window), "顺风小站"),
                TestDay.TODAY));

        assertEquals(List.of("顺风小站 " + TestDay.TODAY + " null", "迅达快递少先路站 " + FIRST_DAY + " " + TestDay.TODAY),
                history(imports));
        assertEquals(history(imports), history(window));
        assertSamePerson(person(window), person(imports));
    }

    private static Worker withEmployerText(Worker w, String text) {
        return new Worker(w.id(), w.idNumber(), w.name(), w.gender(), w.birthDate(), w.mobile(), w.occupation(), null,
                text, w.townshipCode(), w.townshipText(), w.politicalStatus(), w.status(), w.notes());
    }

    @Test
    void anIdNumberAlreadyInTheLedgerIsTheSamePersonThroughEitherDoor() throws IOException {
        long before = window.read(s -> s.workers().count());
        vm.startNew();
        vm.form().name.set("王小芳");
        vm.form().idNumber.set(ID);
        vm.save();
        assertEquals(before, (long) window.read(s -> s.workers().count()), "the window refuses a second record");
        assertTrue(dialogs.shown.stream().anyMatch(m -> m.contains(Messages.get("people.duplicateId", "王芳"))),
                dialogs.shown.toString());

        ImportResult r = importRow(imports, TestDay.TODAY, "王小芳", ID, "迅达快递少先路站", "在岗");
        assertEquals(0, r.inserted());
        assertEquals(1, r.updated());
        assertEquals(before, (long) imports.read(s -> s.workers().count()), "the import updates the one record");
    }
}
