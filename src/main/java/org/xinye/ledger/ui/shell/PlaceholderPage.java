package org.xinye.ledger.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xinye.ledger.domain.Messages;

/** Stands in for a page whose feature is not part of this build yet, and says so. */
public final class PlaceholderPage implements Page {
    private final PageId id;

    public PlaceholderPage(PageId id) {
        this.id = id;
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.get(id.labelKey()));
        title.getStyleClass().add("page-title");
        Label note = new Label(Messages.get("page.notYet"));
        note.getStyleClass().add("muted");
        VBox box = new VBox(12, title, note);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("page");
        return box;
    }
}
