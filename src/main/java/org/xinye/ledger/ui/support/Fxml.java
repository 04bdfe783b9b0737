package org.xinye.ledger.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
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
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // JavaFX's own "No content in table" speaks the system's language, not the one chosen in the app.
        for (Object node : loader.getNamespace().values()) {
            if (node instanceof TableView<?> table && table.getPlaceholder() == null) {
                table.setPlaceholder(new Label(Messages.get("table.empty")));
            } else if (node instanceof TreeTableView<?> tree && tree.getPlaceholder() == null) {
                tree.setPlaceholder(new Label(Messages.get("table.empty")));
            }
        }
        return root;
    }
}
