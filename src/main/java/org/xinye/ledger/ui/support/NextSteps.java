package org.xinye.ledger.ui.support;

import javafx.beans.value.ObservableBooleanValue;

/**
 * What a page with nothing to show offers instead: the first steps with a new ledger. The main
 * window provides them; pages show them through {@link EmptyState}.
 */
public interface NextSteps {
    /** True while the open ledger holds no unit, party org and person (a new ledger). */
    ObservableBooleanValue ledgerEmptyProperty();

    /** True when the open ledger can take the demo data (empty and writable). */
    ObservableBooleanValue demoPossibleProperty();

    /** 导入名单: the import page. */
    void importRoster();

    /** 载入示例数据: asks, then fills the empty ledger with the invented demo district. */
    void loadDemo();

    /** 打开台账…: the file chooser of 文件 ▸ 打开. */
    void openLedger();
}
