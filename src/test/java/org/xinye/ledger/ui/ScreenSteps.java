package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.ui.imports.EmployerChoice;
import org.xinye.ledger.ui.imports.ImportPreview;

/**
 * The screen test's hands: the steps that take the window to a screen worth looking at (a tab, a
 * menu's dialog, the import wizard's steps, its 新建为单位 street chooser, its 撤销导入 question),
 * each looked at by {@link ScreenLook}; each gives the problems found.
 */
final class ScreenSteps {
    private final FxRobot robot;
    private final ScreenLook eyes;

    ScreenSteps(FxRobot robot, ScreenLook eyes) {
        this.robot = robot;
        this.eyes = eyes;
    }

    /** Selects the tab with this id, in whichever tab pane of the page holds it. */
    void selectTab(TestWindow window, String id) {
        TabPane tabs = robot.lookup(".tab-pane").match(n -> n instanceof TabPane t
                && t.getTabs().stream().anyMatch(x -> id.equals(x.getId()))).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(x -> id.equals(x.getId()))
                .findFirst().orElseThrow()));
        window.settle();
    }

    /** Opens a menu's dialog, looks at it and closes it with its cancel (or only) button. */
    List<String> menuDialog(TestWindow window, String itemId, String where, String language, ScreenChecks.Data data)
            throws Exception {
        MenuItem item = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        return dialog(window, item::fire, where, language, data);
    }

    /** Does what opens a dialog, looks at the dialog and closes it with its cancel (or only) button. */
    List<String> dialog(TestWindow window, Runnable open, String where, String language, ScreenChecks.Data data)
            throws Exception {
        Stage main = FxToolkit.toolkitContext().getRegisteredStage();
        // The dialog waits for its answer in a nested event loop: fired later, not inside interact().
        Platform.runLater(open);
        window.settle();
        Stage dialog = robot.listWindows().stream().filter(w -> w instanceof Stage s && s != main && s.isShowing())
                .map(w -> (Stage) w).findFirst().orElseThrow(() -> new AssertionError(where + ": no dialog opened"));
        List<String> problems = eyes.look(dialog, where, language, data);
        robot.interact(() -> {
            DialogPane pane = (DialogPane) dialog.getScene().getRoot().lookup(".dialog-pane");
            List<ButtonType> types = pane.getButtonTypes();
            ButtonType close = types.stream().filter(t -> t.getButtonData().isCancelButton())
                    .findFirst().orElse(types.get(types.size() - 1));
            ((Button) pane.lookupButton(close)).fire();
        });
        window.settle();
        assertFalse(dialog.isShowing(), where + ": the dialog closed");
        return problems;
    }

    /** Takes the wizard from wherever it stands (a language switch may keep its step) to the preview, looking at each step. */
    List<String> wizardToPreview(TestWindow window, String where, Path roster, String language, ScreenChecks.Data data)
            throws Exception {
        robot.clickOn("#nav-import");
        window.settle();
        selectTab(window, "wizardTab");
        List<String> problems = new ArrayList<>();
        Node path = robot.lookup("#filePath").query();
        if (ScreenChecks.treeVisible(path)) {
            robot.interact(() -> ((TextField) path).setText(roster.toAbsolutePath().toString()));
            robot.clickOn("#nextFromFile");
            window.settle();
        }
        Node preview = robot.lookup("#previewButton").query();
        if (ScreenChecks.treeVisible(preview)) {
            problems.addAll(eyes.look(where + "-columns", language, data));
            robot.clickOn(preview);
            window.settle();
        }
        TableView<?> rows = robot.lookup("#previewTable").queryAs(TableView.class);
        assertTrue(ScreenChecks.treeVisible(rows) && !rows.getItems().isEmpty(), where + ": the preview lists the roster's rows");
        problems.addAll(eyes.look(where + "-preview", language, data));
        // The rows with problems alone, each problem's text whole (the README's picture of the wizard).
        @SuppressWarnings("unchecked")
        ChoiceBox<ImportPreview.Filter> filter = robot.lookup("#filterChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> filter.setValue(ImportPreview.Filter.PROBLEMS));
        window.settle();
        problems.addAll(eyes.look(where + "-problems", language, data));
        robot.interact(() -> filter.setValue(ImportPreview.Filter.ALL));
        window.settle();
        // The names the ledger does not know: the unit and the 党组织 to match or create, each with its chooser.
        for (String tab : List.of("unmatchedTab", "orgsTab")) {
            selectTab(window, tab);
            problems.addAll(eyes.look(where + "-" + tab.replace("Tab", ""), language, data));
        }
        selectTab(window, "groupsTab");
        return problems;
    }

    /**
     * The unknown employer made 新建为单位: its street chooser comes alive, already on the street the
     * roster gives, and opened lists the ledger's streets with that one chosen. Leaves the name 待匹配 again.
     */
    @SuppressWarnings("unchecked")
    List<String> newUnitStreet(TestWindow window, String where, String unit, String street, String language,
                               ScreenChecks.Data data) throws Exception {
        selectTab(window, "unmatchedTab");
        TableView<EmployerChoice> table = robot.lookup("#unmatchedTable").queryAs(TableView.class);
        EmployerChoice choice = table.getItems().stream().filter(c -> unit.equals(c.name())).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": " + unit + " is not among the unmatched names"));
        robot.interact(() -> choice.targetProperty().set(EmployerChoice.Target.CREATE));
        window.settle();
        List<String> problems = new ArrayList<>(eyes.look(where + "-newUnit", language, data));
        ComboBox<EmployerChoice.Street> box = streetBox(table, choice);
        assertNotNull(box, where + ": the street chooser of " + unit);
        assertFalse(box.isDisabled(), where + ": the street chooser is open to a unit to create");
        assertNotNull(box.getValue(), where + ": the new unit's street is filled in from the roster");
        assertEquals(street, box.getValue().name(), where + ": the new unit's street");
        robot.interact(box::show);
        window.settle();
        Window list = robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError(where + ": the street chooser's list did not open"));
        problems.addAll(eyes.look(list, where + "-newUnitStreet", language, data));
        robot.interact(box::hide);
        robot.interact(() -> choice.targetProperty().set(EmployerChoice.Target.PENDING));
        window.settle();
        selectTab(window, "groupsTab");
        return problems;
    }

    /** The street chooser in {@code choice}'s row: the row's combo box that holds streets. */
    @SuppressWarnings("unchecked")
    private ComboBox<EmployerChoice.Street> streetBox(TableView<EmployerChoice> table, EmployerChoice choice) {
        ComboBox<EmployerChoice.Street>[] found = new ComboBox[1];
        robot.interact(() -> {
            table.scrollTo(choice);
            table.layout();
            for (Node n : table.lookupAll(".table-row-cell")) {
                if (n instanceof TableRow<?> r && r.getItem() == choice) {
                    for (Node c : r.lookupAll(".table-cell")) {
                        if (c instanceof TableCell<?, ?> cell && cell.getGraphic() instanceof ComboBox<?> b
                                && b.getValue() instanceof EmployerChoice.Street) {
                            found[0] = (ComboBox<EmployerChoice.Street>) b;
                        }
                    }
                }
            }
        });
        return found[0];
    }

    /**
     * 导入记录's 撤销最近一次导入 (the ledger has had an import): the question it asks before anything is
     * undone, answered 取消. Leaves the wizard's tab shown.
     */
    List<String> undoQuestion(TestWindow window, String where, String language, ScreenChecks.Data data)
            throws Exception {
        selectTab(window, "historyTab");
        Button undo = robot.lookup(".button").match(n -> n instanceof Button b && ScreenChecks.treeVisible(b)
                && Messages.get("import.ui.undoLatest").equals(b.getText())).queryAs(Button.class);
        assertFalse(undo.isDisabled(), "the ledger has an import to undo");
        List<String> problems = new ArrayList<>(eyes.look(where + "-history", language, data));
        problems.addAll(dialog(window, undo::fire, where + "-undoQuestion", language, data));
        selectTab(window, "wizardTab");
        return problems;
    }
}
