package org.xinye.ledger.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.CsvRows;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Listings.UnitRow;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.records.EditStack;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.TestDay;

/** The 企业 page's view model as a plain object: background work runs at once, dialogs answer from a script. */
class UnitsViewModelTest {
    @TempDir
    Path dir;
    private Ledger ledger;
    private final FakeDialogs dialogs = new FakeDialogs();
    private UnitsViewModel vm;
    private EditStack edits;
    private Workspace workspace;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("vm.xldb"), Ledger.Mode.WRITE);
        new DemoData(41, 300, TestDay.TODAY).fill(ledger, p -> { });
        workspace = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        workspace.setLedger(ledger);
        edits = new EditStack(workspace);
        vm = new UnitsViewModel(workspace, edits);
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void invalidInputIsNotSavedAndEachFieldSaysWhy() {
        long units = ledger.read(s -> s.enterprises().count());
        vm.startNew();
        assertNull(vm.form().nameError().get(), "a fresh form does not scold before anything is typed");
        vm.form().creditCode.set("91150203MA0000000X");
        vm.form().declaredWorkers.set("十二");
        vm.save();
        assertEquals(Messages.get("check.required"), vm.form().nameError().get());
        assertTrue(vm.form().creditCodeError().get().contains("校验位"));
        assertEquals(Messages.get("check.count"), vm.form().declaredWorkersError().get());
        assertEquals(Messages.get("records.fixErrors"), vm.noticeProperty().get());
        assertEquals(units, (long) ledger.read(s -> s.enterprises().count()));
        assertNull(edits.lastProperty().get());
    }

    @Test
    void unsavedEditsAreOnlyThrownAwayAfterAsking() {
        long first = vm.units().rows().get(0).id();
        long second = vm.units().rows().get(1).id();
        assertTrue(vm.select(first));
        vm.form().address.set("新地址 1 号");
        assertTrue(vm.isDirty());
        dialogs.confirmAnswers.add(false);
        assertFalse(vm.select(second), "the user chose to keep editing");
        assertEquals(first, vm.selectedId());
        assertEquals("新地址 1 号", vm.form().address.get());
        dialogs.confirmAnswers.add(true);
        assertTrue(vm.select(second));
        assertEquals(second, vm.selectedId());
    }

    @Test
    void aSavedEditCanBeUndoneAndTheHistorySaysWhoDidWhat() {
        long id = vm.units().rows().get(0).id();
        vm.select(id);
        String before = vm.form().name.get();
        vm.form().name.set(before + "（更名）");
        vm.save();
        assertEquals(before + "（更名）", ledger.read(s -> s.enterprises().get(id).orElseThrow().name()));
        assertNotNull(edits.lastProperty().get());
        assertEquals(Messages.get("audit.action.UPDATE"), vm.history().lines().get(0).action());
        assertTrue(vm.history().lines().get(0).details().contains(before + "（更名）"));

        vm.undo();
        assertEquals(before, ledger.read(s -> s.enterprises().get(id).orElseThrow().name()));
        assertEquals(before, vm.form().name.get());
        assertNull(edits.lastProperty().get(), "nothing left to undo");
    }
    @Test
    void theExportHoldsTheUnitsTheSearchListsWithContactPhonesMaskedUnlessFullWasChosen() throws IOException {
        String township = vm.units().rows().stream().map(UnitRow::township).filter(t -> t != null && !t.isEmpty()).findFirst()
                .orElseThrow();
        vm.units().searchProperty().set(township);
        List<UnitRow> shown = List.copyOf(vm.units().visible());
        assertTrue(!shown.isEmpty() && shown.size() < vm.units().rows().size(), "the search narrows the list");
        Map<Long, Enterprise> stored = ledger.read(s -> s.enterprises().all().stream()
                .collect(Collectors.toMap(Enterprise::id, e -> e)));
        Set<String> phones = shown.stream().map(u -> stored.get(u.id()).contactPhone()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertFalse(phones.isEmpty());

        dialogs.choices.add(0);
        dialogs.files.add(dir.resolve("units.csv"));
        vm.units().export(workspace, shown);
        List<List<String>> masked = CsvRows.read(dir.resolve("units.csv"));
        assertEquals(Messages.get("export.col.contactPhone"), masked.get(0).get(15));
        assertEquals(shown.stream().map(UnitRow::name).sorted().toList(),
                masked.stream().skip(1).map(r -> r.get(0)).sorted().toList());
        String text = Files.readString(dir.resolve("units.csv"), StandardCharsets.UTF_8);
        assertTrue(phones.stream().noneMatch(text::contains), "no contact mobile in a masked export");

        dialogs.choices.add(1);
        dialogs.files.add(dir.resolve("full.csv"));
        vm.units().export(workspace, shown);
        Set<String> fullPhones = CsvRows.read(dir.resolve("full.csv")).stream().skip(1).map(r -> r.get(15))
                .filter(p -> !p.isEmpty()).collect(Collectors.toSet());
        assertEquals(phones, fullPhones);
        assertEquals("EXPORT_UNMASKED", ledger.read(s -> s.audit().recent(1).get(0).action()));
    }
    @Test
    void aContactMobileIsMaskedUntilALoggedRevealAndFollowsThePrivacySetting() {
        Enterprise unit = ledger.read(s -> s.enterprises().all().stream()
                .filter(e -> e.contactPhone() != null && e.contactPhone().matches("1[3-9]\\d{9}")).findFirst().orElseThrow());
        String phone = unit.contactPhone();
        vm.select(unit.id());
        assertEquals(Masking.mobile(phone), vm.form().contactPhone.textProperty().get());
        assertFalse(vm.form().contactPhone.shownProperty().get(), "masked and read-only");
        assertFalse(vm.isDirty());

        // An edit elsewhere in the form keeps the stored number, not the masked text.
        vm.form().address.set("新华路 8 号");
        vm.save();
        assertEquals(phone, ledger.read(s -> s.enterprises().get(unit.id()).orElseThrow().contactPhone()));
        assertEquals(Masking.mobile(phone), vm.form().contactPhone.textProperty().get());

        long reveals = reveals(unit.id());
        vm.revealContact();
        assertEquals(phone, vm.form().contactPhone.textProperty().get());
        assertTrue(vm.form().contactPhone.shownProperty().get());
        assertFalse(vm.isDirty(), "looking is not editing");
        assertEquals(reveals + 1, reveals(unit.id()), "the reveal is in the audit log");

        ledger.writing(s -> Privacy.setMasking(s, false));
        workspace.changed();
        vm.select(vm.units().rows().stream().filter(u -> u.id() != unit.id()).findFirst().orElseThrow().id());
        vm.select(unit.id());
        assertEquals(phone, vm.form().contactPhone.textProperty().get(), "masking off shows numbers whole");
        assertEquals(reveals + 1, reveals(unit.id()), "without a reveal");
    }

    private long reveals(long unitId) {
        return ledger.read(s -> s.audit().of("enterprise", unitId).stream().filter(e -> e.action().equals("REVEAL")).count());
    }
}
