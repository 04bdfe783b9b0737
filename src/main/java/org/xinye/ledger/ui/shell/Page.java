package org.xinye.ledger.ui.shell;

import javafx.scene.Node;

/** A page of the main window, built the first time it is shown. */
public interface Page {
    Node view();

    /** Called each time the page is navigated to; {@code target} is a record to open (an id), or null. */
    default void shown(Object target) {
    }

    /**
     * The window is rebuilt (in another language) and this view is dropped while its view
     * model lives on: stop following the view model and acting on it. Bindings to it are weak
     * and go with the view; listeners must be removed here.
     */
    default void dispose() {
    }
}
