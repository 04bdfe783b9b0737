package org.xinye.ledger.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.xinye.ledger.domain.Messages;

/** Loads a view's FXML (beside its controller's package in resources) with the bundle and a given controller. */
public final class Fxml {
    private Fxml() {
    }

    /** Loads {@code <ControllerSimpleName>.fxml} from the controller's package with {@code controller} as its controller. */
    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        URL url = type.getResource(type.getSimpleName() + ".fxml");
        if (url == null) {
            throw new IllegalStateException("no FXML for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(c -> {
            if (c.isInstance(controller)) {
                return controller;
            }
            throw new IllegalStateException("unexpected controller " + c);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
