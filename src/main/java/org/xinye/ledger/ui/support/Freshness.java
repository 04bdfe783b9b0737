package org.xinye.ledger.ui.support;

/**
 * When a page reads its data again after the ledger changed: at once while the page is on
 * screen, when it comes back otherwise, so a page nobody looks at does no work.
 */
public final class Freshness {
    private final Runnable load;
    private boolean active;
    private boolean stale = true;

    /** @param load reads the page's data; it calls {@link #loaded()} */
    public Freshness(Workspace workspace, Runnable load) {
        this.load = load;
        workspace.revisionProperty().addListener((o, a, b) -> {
            if (active) {
                load.run();
            } else {
                stale = true;
            }
        });
    }

    /** The page is on screen (true) or not; coming back after changes elsewhere, it loads. */
    public void setActive(boolean now) {
        active = now;
        if (now && stale) {
            load.run();
        }
    }

    /** Whether the page is on screen. */
    public boolean isActive() {
        return active;
    }

    /** What the page reads now is fresh (its load says so when it starts). */
    public void loaded() {
        stale = false;
    }
}
