package org.xinye.ledger.ui.rollup;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.rollup.CityDifferences;
import org.xinye.ledger.ui.shell.Navigator;
import org.xinye.ledger.ui.shell.PageId;
import org.xinye.ledger.ui.support.Workspace;

/** 待办 ▸ 市级差异: the city's differences this ledger took in and has not dealt with yet. */
public final class CityDifferencesViewModel {
    private final Workspace workspace;
    private final Navigator navigator;
    private final ObservableList<CityDifferences.Row> rows = FXCollections.observableArrayList();

    public CityDifferencesViewModel(Workspace workspace, Navigator navigator) {
        this.workspace = workspace;
        this.navigator = navigator;
        workspace.revisionProperty().addListener((o, a, b) -> load());
    }

    public void load() {
        workspace.read(Messages.get("task.loadingFollowUps"), CityDifferences::open, rows::setAll);
    }

    /** Opens the record the row is about (nothing for a person to add). */
    public void open(CityDifferences.Row row) {
        if (row.workerId() != null) {
            navigator.go(PageId.PEOPLE, row.workerId());
        } else if (row.enterpriseId() != null) {
            navigator.go(PageId.UNITS, row.enterpriseId());
        }
    }

    public void resolve(CityDifferences.Row row) {
        if (row != null) {
            workspace.write(Messages.get("task.saving"), s -> {
                CityDifferences.resolve(s, row.id(), workspace.clock().instant());
                return null;
            }, x -> { });
        }
    }

    public ObservableList<CityDifferences.Row> rows() {
        return rows;
    }
}
