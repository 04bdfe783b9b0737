package org.xinye.ledger.ui.support;

/**
 * A view model that outlives its views and holds text in the window's language: after the
 * language is switched it says that text again (what comes from the ledger is read again
 * anyway when the workspace reloads).
 */
public interface LanguageAware {
    void languageChanged();
}
