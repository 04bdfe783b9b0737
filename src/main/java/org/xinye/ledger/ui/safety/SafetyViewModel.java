package org.xinye.ledger.ui.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Backups;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.LedgerFiles;
import org.xinye.ledger.store.Restore;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.TransferPackage;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * The 文件 menu's data safety: the daily backup on open, 立即备份, 从备份恢复 (through the
 * window's own ledger connection), the offer to restore a ledger that failed its check on
 * open, and the encrypted transfer package both ways.
 */
public final class SafetyViewModel {
    static final int MIN_PASSWORD = 8;
    private static final List<DialogService.FileType> LEDGERS = List.of(
            new DialogService.FileType(Messages.get("file.backupType"), "*" + LedgerFiles.EXTENSION));
    private static final List<DialogService.FileType> PACKAGES = List.of(
            new DialogService.FileType(Messages.get("file.packageType"), "*" + TransferPackage.EXTENSION));

    private final Workspace workspace;
    private final Consumer<Path> open;
    private final Backups backups;
    private final Restore restore;

    /**
     * @param open opens a ledger file in the window (after unpacking, or after a damaged file was replaced)
     */
    public SafetyViewModel(Workspace workspace, Consumer<Path> open) {
        this.workspace = workspace;
        this.open = open;
        this.backups = new Backups(workspace.clock());
        this.restore = new Restore(workspace.clock());
    }

    private DialogService dialogs() {
        return workspace.dialogs();
    }

    /** After a ledger has opened in the window: the automatic backup, at most once a day. */
    public void opened(Ledger ledger) {
        if (ledger.isReadOnly()) {
            return;
        }
        workspace.background().submitWrite(Messages.get("task.backup"), p -> {
            p.commitOrStop();
            return backups.dailyIfDue(ledger);
        }, b -> { },
                e -> dialogs().error(Messages.get("backup.title"), Messages.get("backup.autoFailed", e.getLocalizedMessage()), null));
    }

    public void backupNow() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        workspace.background().submitWrite(Messages.get("task.backup"), p -> {
            p.commitOrStop();
            return backups.take(ledger, Backups.MANUAL);
        },
                b -> dialogs().info(Messages.get("backup.title"), Messages.get("backup.done", b.file())), workspace::fail);
    }

    /** Chooses a backup (or any ledger copy), validates it, shows what it holds, and restores on yes. */
    public void restoreFromBackup() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        // Validating writes a staged copy beside the ledger: a job that writes, so a cancel removes it again.
        dialogs().chooseOpenFile(Messages.get("restore.title"), LEDGERS).ifPresent(source -> workspace.background()
                .submitWrite(Messages.get("task.restore"), p -> {
                    Restore.Prepared prepared = restore.prepare(source, ledger.file());
                    try {
                        p.update(-1, null);
                        p.stopIfCancelled();
                        return new Checked(prepared, ledger.read(s -> new long[] {s.enterprises().count(),
                                s.workers().count()}));
                    } catch (RuntimeException e) {
                        prepared.close();
                        throw e;
                    }
                }, checked -> confirmRestore(ledger, checked), workspace::fail));
    }

    private record Checked(Restore.Prepared prepared, long[] current) {
    }

    private void confirmRestore(Ledger ledger, Checked c) {
        Restore.Prepared p = c.prepared();
        if (!dialogs().confirm(Messages.get("restore.title"), Formats.counted("restore.confirm", p.source(), p.units(),
                p.workers(), c.current()[0], c.current()[1]))) {
            p.close();
            return;
        }
        workspace.background().submitWrite(Messages.get("task.restore"), job -> {
            try (p) {
                job.update(-1, null);
                // The point of no return: the safety backup, then the content replaced.
                job.commitOrStop();
                return restore.restore(ledger, p);
            }
        }, safety -> {
            workspace.changed();
            dialogs().info(Messages.get("restore.title"), Messages.get("restore.done", safety.file()));
        }, workspace::fail);
    }

    /**
     * The ledger at {@code file} failed its check on open: say so, and offer the newest
     * backup that passes its own check. The damaged file is kept, and nothing is written to
     * it unless the user says yes.
     */
    public void offerRestoreOfDamaged(Path file, StoreException damage) {
        workspace.background().submit(Messages.get("task.restore"), p -> backups.newestVerified(file), newest -> {
            if (newest.isEmpty()) {
                dialogs().error(Messages.get("file.openFailed"), Messages.get("restore.noBackup", damage.getLocalizedMessage()),
                        null);
                return;
            }
            Backups.Backup b = newest.get();
            if (dialogs().confirm(Messages.get("restore.title"), Messages.get("restore.damagedOffer",
                    damage.getLocalizedMessage(), b.file().getFileName(), b.takenAt().toLocalDate() + " "
                            + b.takenAt().toLocalTime().withNano(0)))) {
                workspace.background().submitWrite(Messages.get("task.restore"), job -> {
                    try (Restore.Prepared prepared = restore.prepare(b.file(), file)) {
                        job.commitOrStop();
                        return restore.replaceDamaged(file, prepared);
                    }
                }, aside -> {
                    dialogs().info(Messages.get("restore.title"), Messages.get("restore.damagedDone", aside));
                    open.accept(file);
                }, workspace::fail);
            }
        }, workspace::fail);
    }

    /** 导出加密数据包: a password typed twice, a file, then the package. */
    public void exportPackage() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        var password = dialogs().askPassword(Messages.get("pack.title"), Messages.get("pack.passwordPrompt"), true);
        if (password.isEmpty()) {
            return;
        }
        char[] pw = password.get();
        if (pw.length < MIN_PASSWORD) {
            Arrays.fill(pw, '\0');
            dialogs().error(Messages.get("pack.title"), Messages.get("password.tooShort", MIN_PASSWORD), null);
            return;
        }
        String stem = ledger.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        var target = dialogs().chooseSaveFile(Messages.get("pack.title"),
                stem + "_" + Formats.date(workspace.today()) + TransferPackage.EXTENSION, PACKAGES);
        if (target.isEmpty()) {
            Arrays.fill(pw, '\0');
            return;
        }
        Path out = withExtension(target.get(), TransferPackage.EXTENSION);
        workspace.background().submitWrite(Messages.get("task.pack"), p -> {
            try {
                TransferPackage.pack(ledger, out, pw, p::committing);
                return Files.size(out);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, size -> dialogs().info(Messages.get("pack.title"), Messages.get("pack.done", out,
                Formats.count(size) + " B")), workspace::fail);
    }

    /** 导入加密数据包: the package, its password, and a new ledger file; then offers to open it. */
    public void importPackage() {
        var source = dialogs().chooseOpenFile(Messages.get("unpack.title"), PACKAGES);
        if (source.isEmpty()) {
            return;
        }
        var password = dialogs().askPassword(Messages.get("unpack.title"), Messages.get("unpack.passwordPrompt"), false);
        if (password.isEmpty()) {
            return;
        }
        char[] pw = password.get();
        String stem = source.get().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        var target = dialogs().chooseSaveFile(Messages.get("unpack.chooseTarget"), stem + LedgerFiles.EXTENSION, LEDGERS);
        if (target.isEmpty() || Files.exists(withExtension(target.get(), LedgerFiles.EXTENSION))) {
            Arrays.fill(pw, '\0');
            target.ifPresent(t -> dialogs().error(Messages.get("unpack.title"),
                    Messages.get("unpack.targetExists", withExtension(t, LedgerFiles.EXTENSION)), null));
            return;
        }
        Path db = withExtension(target.get(), LedgerFiles.EXTENSION);
        workspace.background().submitWrite(Messages.get("task.unpack"), p -> {
            try {
                return TransferPackage.unpack(source.get(), pw, db, p::committing);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, u -> {
            if (dialogs().confirm(Messages.get("unpack.title"), Formats.counted("unpack.done", u.file(), u.units(), u.workers()))) {
                open.accept(u.file());
            }
        }, workspace::fail);
    }

    private static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + extension);
    }
}
