package org.xinye.ledger.ui.rollup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.submission.DifferencesImport;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.support.DialogService;
import org.xinye.ledger.ui.support.Formats;
import org.xinye.ledger.ui.support.Workspace;

/** The 文件 menu's 台账信息…, 上报… and 导入市级差异清单…, also offered on the 汇总 page of a county's ledger. */
public final class RollupActions {
    private final Workspace workspace;
    private final LedgerInfoViewModel ledgerInfo;
    private final SubmitViewModel submit;

    public RollupActions(Workspace workspace, String appVersion) {
        this.workspace = workspace;
        this.ledgerInfo = new LedgerInfoViewModel(workspace);
        this.submit = new SubmitViewModel(workspace, appVersion);
    }

    public void ledgerInfo() {
        if (workspace.ledger() != null) {
            LedgerInfoForm.show(ledgerInfo, workspace.dialogs());
        }
    }

    public void submit() {
        if (workspace.ledger() != null) {
            SubmitForm.show(submit, workspace.dialogs());
        }
    }

    /** Takes the city's 差异清单 for this ledger in; what matched goes to 待办 ▸ 市级差异. */
    public void importDifferences() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        Optional<Path> file = workspace.dialogs().chooseOpenFile(Messages.get("menu.file.importDifferences"),
                List.of(new DialogService.FileType(Messages.get("rollup.differences.fileType"), "*.xlsx")));
        if (file.isEmpty()) {
            return;
        }
        workspace.background().submitWrite(Messages.get("rollup.task.importDifferences"),
                p -> {
                    p.commitOrStop();
                    return DifferencesImport.run(ledger, file.get(), workspace.clock());
                }, r -> {
                    workspace.changed();
                    String text = Formats.counted("differences.doneInWindow", r.imported(), r.period().toString())
                            + (r.unmatched().isEmpty() ? "" : "\n" + String.join("\n", r.unmatched()));
                    if (r.unmatched().isEmpty()) {
                        workspace.dialogs().info(Messages.get("menu.file.importDifferences"), text);
                    } else {
                        workspace.dialogs().error(Messages.get("menu.file.importDifferences"), text, null);
                    }
                }, workspace::fail);
    }

    public LedgerInfoViewModel ledgerInfoModel() {
        return ledgerInfo;
    }

    public SubmitViewModel submitModel() {
        return submit;
    }
}
