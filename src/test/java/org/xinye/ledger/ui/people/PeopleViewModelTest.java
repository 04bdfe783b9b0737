package org.xinye.ledger.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.CsvRows;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.WorkerListing;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.TestDay;

/** The 人员 page's view model as a plain object: its export and the privacy setting it follows. */
class PeopleViewModelTest {
    @TempDir
    Path dir;
    private Ledger ledger;
    private final FakeDialogs dialogs = new FakeDialogs();
    private PeopleViewModel vm;
    private Workspace workspace;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("people.xldb"), Ledger.Mode.WRITE);
        new DemoData(52, 600, TestDay.TODAY).fill(ledger, p -> { });
        workspace = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        workspace.setLedger(ledger);
        vm = new PeopleViewModel(workspace, new EditStack(workspace));
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    /** The workers the table lists for its current filter, read the way the table reads them. */
    private List<Worker> listed() {
        WorkerListing.Filter f = vm.roster().filter();
        return ledger.read(s -> s.workerListing().page(f, WorkerListing.Sort.DEFAULT, 0, 100_000).stream()
                .map(r -> s.workers().get(r.id()).orElseThrow()).toList());
    }

    private List<List<String>> export(int choice, String name) throws IOException {
        Path file = dir.resolve(name);
        dialogs.choices.add(choice);
        dialogs.files.add(file);
        vm.roster().export();
        List<List<String>> rows = CsvRows.read(file);
        assertEquals(Messages.get("export.col.idNumber"), rows.get(0).get(0));
        return rows.subList(1, rows.size());
    }

    @Test
    void theExportHoldsTheRowsTheFiltersListMaskedUnlessFullValuesWereChosen() throws IOException {
        vm.roster().occupationProperty().set(Occupation.RIDER);
        vm.roster().statusProperty().set(WorkerStatus.ACTIVE);
        Worker someone = listed().stream().filter(w -> w.mobile() != null).findFirst().orElseThrow();
        // Digits of a mobile: the search box looks in the ID number and the mobile too.
        vm.roster().textProperty().set(someone.mobile().substring(3, 7));
        List<Worker> expected = listed();
        assertTrue(expected.size() >= 1 && expected.size() < vm.roster().totalProperty().get(), "the filter narrows the roster");
        assertEquals(expected.size(), vm.roster().matchingProperty().get());

        List<List<String>> masked = export(0, "masked.csv");
        assertEquals(expected.stream().map(w -> Masking.idNumber(w.idNumber())).collect(Collectors.toSet()),
                masked.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
        assertEquals(expected.size(), masked.size());
        String text = Files.readString(dir.resolve("masked.csv"), StandardCharsets.UTF_8);
        for (Worker w : expected) {
            assertFalse(text.contains(w.idNumber()), "no full ID number in a masked export");
            assertFalse(w.mobile() != null && text.contains(w.mobile()), "no full mobile in a masked export");
        }
        assertTrue(masked.stream().allMatch(r -> r.get(4).isEmpty() || r.get(4).contains("****")), "mobiles masked");

        List<List<String>> full = export(1, "full.csv");
        assertEquals(expected.stream().map(Worker::idNumber).collect(Collectors.toSet()),
                full.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
        assertEquals(someone.mobile(), full.stream().filter(r -> r.get(0).equals(someone.idNumber())).findFirst()
                .orElseThrow().get(4));
        var entry = ledger.read(s -> s.audit().recent(1).get(0));
        assertEquals("EXPORT_UNMASKED", entry.action());
        assertTrue(entry.after().contains("\"occupation\": \"RIDER\""), entry.after());
    }

    @Test
    void theServiceTownshipAndRelationFiltersExportWhatThePageLists() throws IOException {
        Worker member = ledger.read(s -> s.workers().get(s.workerListing().page(WorkerListing.Filter.of(null, null,
                null, null, null, WorkerListing.Relation.MISSING, null), WorkerListing.Sort.DEFAULT, 0, 1).get(0).id())
                .orElseThrow());
        vm.roster().relationProperty().set(WorkerListing.Relation.MISSING);
        List<Worker> missing = listed();
        assertTrue(missing.contains(member));
        assertEquals(missing.stream().map(w -> Masking.idNumber(w.idNumber())).collect(Collectors.toSet()),
                export(0, "missing.csv").stream().map(r -> r.get(0)).collect(Collectors.toSet()));

        vm.roster().clearFilters();
        String township = listed().stream().map(Worker::townshipCode).filter(Objects::nonNull).findFirst().orElseThrow();
        vm.roster().townshipProperty().set(vm.choices().townships().stream().filter(c -> c.key().equals(township)).findFirst()
                .orElseThrow());
        Set<String> expected = listed().stream().map(w -> Masking.idNumber(w.idNumber())).collect(Collectors.toSet());
        assertEquals(expected, export(0, "township.csv").stream().map(r -> r.get(0)).collect(Collectors.toSet()));
    }
    @Test
    void theTableAndTheFormFollowThePrivacySetting() {
        Worker someone = listed().get(0);
        WorkerListing.Row row = vm.roster().rowsProperty().get().get(0).row();
        assertEquals(someone.id(), row.id());
        assertEquals(Masking.idNumber(someone.idNumber()), row.idNumber());
        assertEquals(Masking.mobile(someone.mobile()), row.mobile());
        vm.select(someone.id());
        assertEquals(Masking.idNumber(someone.idNumber()), vm.form().idNumber.get());

        ledger.writing(s -> Privacy.setMasking(s, false));
        workspace.changed();
        row = vm.roster().rowsProperty().get().get(0).row();
        assertEquals(someone.idNumber(), row.idNumber(), "the user turned masking off on the 操作日志 page");
        assertEquals(someone.mobile() == null ? "" : someone.mobile(), row.mobile());
        assertEquals(someone.idNumber(), vm.form().idNumber.get());
        assertTrue(vm.form().personalShownProperty().get());
        assertFalse(vm.isDirty());
    }
}
