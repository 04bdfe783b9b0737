package org.xinye.ledger.ui.rollup;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.Submit;
import org.xinye.ledger.io.submission.SubmissionFile;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.rollup.OutOfScope;
import org.xinye.ledger.store.rollup.ScopeStore;
import org.xinye.ledger.store.rollup.SubmissionBuilder;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/**
 * 文件 ▸ 上报…: the period, whether to encrypt, whether to hash ID numbers (and with which key
 * file); then where to save, the password, and the submission written in the background. Records
 * outside the ledger's scope are shown as a list and nothing is written.
 */
public final class SubmitViewModel {
    /** Records outside the scope the refusal lists in full in the dialog; the rest are counted. */
    static final int LISTED = 30;
    private final Workspace workspace;
    private final String appVersion;
    private final StringProperty period = new SimpleStringProperty(this, "period", "");
    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt", true);
    private final BooleanProperty hashIds = new SimpleBooleanProperty(this, "hashIds", false);
    private final ObjectProperty<Path> keyFile = new SimpleObjectProperty<>(this, "keyFile");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper(this, "scope", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public SubmitViewModel(Workspace workspace, String appVersion) {
        this.workspace = workspace;
        this.appVersion = appVersion;
    }

    /** Fills the form: the ledger's scope, last month as the period. False when this ledger cannot submit. */
    public boolean load() {
        Ledger ledger = workspace.ledger();
        problem.set("");
        if (ledger == null) {
            return false;
        }
        try {
            var s = SubmissionBuilder.scopeOf(ledger);
            scope.set(ledger.read(x -> new ScopeStore(x).describe(s)));
        } catch (RuntimeException e) {
            // A ledger without a scope: the window's own way there (the command line's message names init's options).
            boolean noScope = e instanceof StoreException se && "submit.noScope".equals(se.messageKey());
            workspace.dialogs().info(Messages.get("submit.title"),
                    noScope ? Messages.get("submit.noScopeWindow") : e.getLocalizedMessage());
            return false;
        }
        period.set(YearMonth.from(workspace.today()).minusMonths(1).toString());
        return true;
    }

    public void chooseKeyFile() {
        workspace.dialogs().chooseOpenFile(Messages.get("submit.keyFile"), List.of()).ifPresent(keyFile::set);
    }

    /**
     * Checks the form, asks where to save (and the password), and writes the submission in the
     * background. False keeps the form open with the reason.
     */
    public boolean submit() {
        YearMonth p;
        try {
            p = YearMonth.parse(period.get().trim());
        } catch (DateTimeParseException e) {
            problem.set(Messages.get("cli.badPeriod", period.get()));
            return false;
        }
        byte[] key = null;
        if (hashIds.get()) {
            if (keyFile.get() == null) {
                problem.set(Messages.get("submit.needKey"));
                return false;
            }
            try {
                key = Submit.readKey(keyFile.get());
            } catch (RuntimeException e) {
                problem.set(e.getLocalizedMessage());
                return false;
            }
        }
        DialogService dialogs = workspace.dialogs();
        String suggested = Messages.get("submit.fileName", scopeName(), p.toString());
        Optional<Path> out = dialogs.chooseSaveFile(Messages.get("submit.saveTitle"), suggested,
                List.of(new DialogService.FileType(Messages.get("submit.fileType"), "*" + SubmissionFile.EXTENSION)));
        if (out.isEmpty()) {
            return false;
        }
        char[] password = null;
        if (encrypt.get()) {
            Optional<char[]> pw = dialogs.askPassword(Messages.get("submit.passwordTitle"),
                    Messages.get("submit.passwordMessage"), true);
            if (pw.isEmpty()) {
                return false;
            }
            password = pw.get();
            if (password.length < 8) {
                Arrays.fill(password, '\0');
                problem.set(Messages.get("password.tooShort", 8));
                return false;
            }
        }
        run(new Submit.Request(out.get(), p, password, key, appVersion));
        return true;
    }

    private void run(Submit.Request request) {
        Ledger ledger = workspace.ledger();
        workspace.background().submitWrite(Messages.get("submit.task"), progress -> {
            try {
                progress.commitOrStop();
                return Submit.run(ledger, request, workspace.clock());
            } finally {
                if (request.password() != null) {
                    Arrays.fill(request.password(), '\0');
                }
                if (request.hashKey() != null) {
                    Arrays.fill(request.hashKey(), (byte) 0);
                }
            }
        }, built -> {
            workspace.changed();
            var t = built.total();
            workspace.dialogs().info(Messages.get("submit.title"), Formats.counted("submit.doneInWindow",
                    request.out().toAbsolutePath(), built.scopeName(), built.period().toString(), built.units(),
                    built.workers(), t.inScope(), CoverageRules.percent(t.orgRate()), CoverageRules.percent(t.workRate()))
                    + "\n" + Messages.get(request.password() != null ? "cli.submit.encrypted" : "cli.submit.plain")
                    + (built.hashed() ? "\n" + Messages.get("cli.submit.hashed") : ""));
        }, e -> {
            if (e instanceof SubmissionBuilder.OutOfScopeException o) {
                workspace.dialogs().error(Messages.get("submit.title"), refusal(o), null);
            } else {
                workspace.fail(e);
            }
        });
    }

    /** The refusal as the dialog says it: the count, then the records one a line. */
    static String refusal(SubmissionBuilder.OutOfScopeException e) {
        StringBuilder b = new StringBuilder(Formats.counted("submit.outOfScopeInWindow", e.scopeName(), e.records().size()));
        for (OutOfScope r : e.records().subList(0, Math.min(LISTED, e.records().size()))) {
            String who = Messages.get("submit.kind." + r.kind().name()) + " #" + r.id() + " " + r.name()
                    + (r.idNumber() == null ? "" : "（" + Masking.idNumber(r.idNumber()) + "）");
            b.append('\n').append(Messages.get("submit.reason." + r.reason().name(), who,
                    r.place() == null ? "—" : r.place()));
        }
        if (e.records().size() > LISTED) {
            b.append('\n').append(Formats.counted("submit.moreInWindow", e.records().size() - LISTED));
        }
        return b.toString();
    }

    private String scopeName() {
        String s = scope.get();
        int paren = s.indexOf('（');
        return paren > 0 ? s.substring(0, paren) : s;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public BooleanProperty hashIdsProperty() {
        return hashIds;
    }

    public ObjectProperty<Path> keyFileProperty() {
        return keyFile;
    }

    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
