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
    private Parent view;
    private Subscription following = Subscription.EMPTY;

    @Override
    public Parent view() {
        if (view == null) {
            view = Fxml.load(this);
            loaded(view);
        }
        return view;
    }

    /** Runs once, right after the FXML is loaded: for what needs the view's root (its scene). */
    protected void loaded(Parent view) {
    }

    /** Tells {@code active} whether the view is in a window: a page that reads only while it is seen. */
    protected static void activeWhileShown(Parent view, Consumer<Boolean> active) {
        view.sceneProperty().addListener((o, a, scene) -> active.accept(scene != null));
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
