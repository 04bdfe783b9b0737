package org.xinye.ledger.ui.imports;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.ImportBatches;
import org.xinye.ledger.store.ReconcileQueries;
import org.xinye.ledger.ui.support.Workspace;

/** The 导入记录 and 对账 tabs: every batch, and the lists that compare the sources; both follow every change. */
public final class ImportLists {
    /** The 对账 lists, read together. */
    public record Reconciliation(List<ReconcileQueries.SingleSource> single,
                                 List<ReconcileQueries.Disagreement> disagree, List<ReconcileQueries.CountMismatch> counts,
                                 List<ReconcileQueries.Unmatched> unmatched) {
    }

    private record Lists(List<ImportBatches.BatchRow> history, Reconciliation reconciliation) {
    }

    private final Workspace workspace;
    private final ObservableList<ImportBatches.BatchRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<Reconciliation> reconciliation = new SimpleObjectProperty<>(this, "reconciliation");
    private final BooleanProperty anyToUndo = new SimpleBooleanProperty(this, "anyToUndo");

    ImportLists(Workspace workspace) {
        this.workspace = workspace;
        workspace.revisionProperty().addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        if (workspace.ledger() == null) {
            return;
        }
        workspace.read(Messages.get("import.ui.task.lists"), s -> new Lists(s.importBatches().history(),
                new Reconciliation(s.reconcile().singleSource(), s.reconcile().disagreements(),
                        s.reconcile().countMismatches(), s.reconcile().unmatched())), out -> {
                            history.setAll(out.history());
                            anyToUndo.set(out.history().stream().anyMatch(b -> !b.undone()));
                            reconciliation.set(out.reconciliation());
                        });
    }

    public ObservableList<ImportBatches.BatchRow> history() {
        return history;
    }

    /** Whether an import is left to undo: the newest not yet undone is what 撤销最近一次导入 takes back. */
    public ReadOnlyBooleanProperty anyToUndoProperty() {
        return anyToUndo;
    }

    public ObjectProperty<Reconciliation> reconciliationProperty() {
        return reconciliation;
    }
}
