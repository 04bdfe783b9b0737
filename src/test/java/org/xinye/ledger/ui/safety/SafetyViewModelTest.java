package org.xinye.ledger.ui.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Corruption;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.LedgerCheck;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.FakeDialogs;
import org.xinye.ledger.ui.shell.MainViewModel;
import org.xinye.ledger.ui.shell.WindowOpening;
import org.xinye.ledger.ui.support.UiPreferences;
import org.xinye.ledger.ui.support.Workspace;
import org.xinye.ledger.ui.support.StepBackground;

/** The File menu's backup, restore and package commands, driven through scripted dialogs. */
class SafetyViewModelTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Path> opened = new ArrayList<>();
    private Workspace workspace;
    private SafetyViewModel vm;
    private Ledger ledger;

    @BeforeEach
    void open() {
        Messages.use(Messages.CHINESE);
        workspace = new Workspace(StepBackground.runNow(), dialogs, Clock.systemDefaultZone());
        vm = new SafetyViewModel(workspace, opened::add);
        ledger = Ledger.open(dir.resolve("window.xldb"), Ledger.Mode.WRITE);
        ledger.writing(s -> s.enterprises().insert(Enterprise.of("窗口里的单位", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
        workspace.setLedger(ledger);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private String last() {
        return dialogs.shown.get(dialogs.shown.size() - 1);
    }

    @Test
    void theDailyBackupOnOpenAndABackupOnRequest() {
        vm.opened(ledger);
        vm.opened(ledger);
        assertEquals(1, new Backups(Clock.systemDefaultZone()).list(ledger.file()).size(), "once a day");
        vm.backupNow();
        assertTrue(last().startsWith("info: 备份台账") && last().contains("backups"), last());
        assertEquals(2, new Backups(Clock.systemDefaultZone()).list(ledger.file()).size());
    }

    @Test
    void restoreGoesThroughTheWindowsOwnLedgerOnlyAfterAYes() {
        Path other = dir.resolve("other.xldb");
        try (Ledger l = Ledger.open(other, Ledger.Mode.WRITE)) {
            new DemoData(2, 200, LocalDate.of(2026, 11, 27)).fill(l, p -> { });
        }
        dialogs.files.add(other);
        dialogs.confirmAnswers.add(false);
        vm.restoreFromBackup();
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("人员 200 名") && s.contains("单位 1 个")), dialogs.shown.toString());
        assertEquals(0L, (long) ledger.read(s -> s.workers().count()), "no: nothing restored");
        assertFalse(Files.exists(dir.resolve("window.xldb.restoring")));

        dialogs.files.add(other);
        dialogs.confirmAnswers.add(true);
        long revision = workspace.revisionProperty().get();
        vm.restoreFromBackup();
        assertEquals(200L, (long) ledger.read(s -> s.workers().count()));
        assertTrue(workspace.revisionProperty().get() > revision, "pages reload");
        assertTrue(last().contains("before-restore"), last());
    }

    @Test
    void aRefusedSourceIsExplainedAndChangesNothing() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xldb"));
        dialogs.files.add(empty);
        vm.restoreFromBackup();
        assertTrue(last().startsWith("error:") && last().contains("0 字节"), last());
        assertEquals("窗口里的单位", ledger.read(s -> s.enterprises().all().get(0).name()));
    }

    @Test
    void aPackageRoundTripsAndAWrongPasswordWritesNothing() {
        Path pkg = dir.resolve("carry.xlpk");
        dialogs.passwords.add("short");
        vm.exportPackage();
        assertTrue(last().contains("至少需要 8"), last());

        dialogs.passwords.add("一个足够长的口令");
        dialogs.files.add(pkg);
        vm.exportPackage();
        assertTrue(Files.exists(pkg), dialogs.shown.toString());

        Path target = dir.resolve("arrived.xldb");
        dialogs.files.add(pkg);
        dialogs.passwords.add("错误的口令口令");
        dialogs.files.add(target);
        vm.importPackage();
        assertTrue(last().contains("密码不正确"), last());
        assertFalse(Files.exists(target));

        dialogs.files.add(pkg);
        dialogs.passwords.add("一个足够长的口令");
        dialogs.files.add(target);
        dialogs.confirmAnswers.add(true);
        vm.importPackage();
        assertEquals(List.of(target), opened);
        assertEquals(1L, LedgerCheck.run(target).counts().get("enterprise"));
    }

    @Test
    void aLedgerDamagedOnOpenIsOfferedItsNewestBackupAndKeptAside() throws Exception {
        Path file = dir.resolve("damaged.xldb");
        try (Ledger l = Ledger.open(file, Ledger.Mode.WRITE)) {
            l.writing(s -> s.enterprises().insert(Enterprise.of("备份里的单位", EnterpriseKind.OUTLET, Industry.EXPRESS, null)));
            new Backups(Clock.systemDefaultZone()).take(l, Backups.DAILY);
        }
        Corruption.scribbleOverATablePage(file, "enterprise");
        byte[] damaged = Files.readAllBytes(file);
        Preferences node = Preferences.userRoot().node("/org/xinye/ledger/test-" + System.nanoTime());
        try {
            MainViewModel main = new MainViewModel(workspace, new UiPreferences(node), WindowOpening::open);
            dialogs.confirmAnswers.add(false);
            main.open(file, false);
            assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("confirm: 从备份恢复") && s.contains("损坏")
                    && s.contains(".daily.xldb")), dialogs.shown.toString());
            assertArrayEquals(damaged, Files.readAllBytes(file), "no: the damaged file stays as it is");

            dialogs.confirmAnswers.add(true);
            main.open(file, false);
            assertEquals(file.toAbsolutePath(), workspace.ledger().file(), "reopened after the restore");
            assertEquals("备份里的单位", workspace.ledger().read(s -> s.enterprises().all().get(0).name()));
            assertTrue(Files.list(Backups.folderOf(file)).anyMatch(p -> p.toString().endsWith(".damaged.xldb")));
            workspace.ledger().close();
        } finally {
            node.removeNode();
        }
    }
}
