package org.xinye.ledger.ui.shell;

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
        }
        return view;
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
