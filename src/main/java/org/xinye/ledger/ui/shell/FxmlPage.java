package org.xinye.ledger.ui.shell;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.util.Subscription;
import org.xinye.ledger.ui.support.Fxml;

/**
 * A page whose view is its FXML ({@code <PageClass>.fxml} beside it), loaded the first time it
 * is asked for with the page as its controller. What the page follows on its view model, which
 * outlives the view, it registers with {@link #follow}; {@link #dispose} ends all of it.
 */
public abstract class FxmlPage implements Page {
    private final Consumer<Boolean> active;
    private Parent view;
    private Subscription following = Subscription.EMPTY;

    protected FxmlPage() {
        this(null);
    }

    /**
     * A page that reads only while it is seen: {@code active} is told whether the view is in a
     * window (true when it is added, false when it leaves) and true again on each visit.
     */
    protected FxmlPage(Consumer<Boolean> active) {
        this.active = active;
    }

    @Override
    public Parent view() {
        if (view == null) {
            view = Fxml.load(this);
            if (active != null) {
                view.sceneProperty().addListener((o, a, scene) -> active.accept(scene != null));
            }
        }
        return view;
    }

    /** A page that reads while it is seen ({@link #FxmlPage(Consumer)}) is active from here; override to open {@code target}. */
    @Override
    public void shown(Object target) {
        if (active != null) {
            active.accept(true);
        }
    }

    /** Keeps {@code subscriptions} until the view is dropped ({@link #dispose}). */
    protected final void follow(Subscription... subscriptions) {
        following = Subscription.combine(following, Subscription.combine(subscriptions));
    }

    @Override
    public void dispose() {
        following.unsubscribe();
        following = Subscription.EMPTY;
    }
}
