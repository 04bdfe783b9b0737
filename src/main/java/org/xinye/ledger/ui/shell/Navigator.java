package org.xinye.ledger.ui.shell;

/** Lets a page send the user to another page, optionally to one record there. */
@FunctionalInterface
public interface Navigator {
    void go(PageId page, Object target);
}
