package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.Main;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Listings.UnitRow;
import org.xinye.ledger.ui.records.PageTestSupport;

/** The language menu rebuilds the window without losing what the user typed and has not saved. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageSwitchTest extends PageTestSupport {
    private final Preferences prefs = Preferences.userRoot().node(Main.PREFERENCES_NODE);
    private String languageBefore;

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        languageBefore = prefs.get(Main.LANGUAGE_KEY, null);
        start(dir, 35);
    }

    @AfterAll
    void close() throws Exception {
        stop();
        Messages.use(Messages.CHINESE);
        if (languageBefore == null) {
            prefs.remove(Main.LANGUAGE_KEY);
        } else {
            prefs.put(Main.LANGUAGE_KEY, languageBefore);
        }
    }

    /** Chooses a language in the window's 语言 menu. */
    private void chooseLanguage(String item) {
        MenuBar bar = node("#menuBar", MenuBar.class);
        MenuItem choice = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> item.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(choice::fire);
        settle();
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typedButUnsavedFormsSurviveASwitchToEnglishAndSaveAfterwards() throws Exception {
        nav("units");
        TableView<UnitRow> units = node("#table", TableView.class);
        waitUntil(() -> units.getSelectionModel().getSelectedItem() != null && !text("#nameField").isEmpty());
        UnitRow unit = units.getSelectionModel().getSelectedItem();
        type("#addressField", "青山路 88 号");
        assertFalse(node("#saveButton", Button.class).isDisabled());

        nav("people");
        click("#newButton");
        type("#nameField", "语言切换测试");
        type("#idField", "1502031990");
        waitUntil(() -> visible("#idError"));
        assertTrue(hasChinese(text("#idError")), text("#idError"));

        chooseLanguage("English");
        assertEquals(Locale.ENGLISH.getLanguage(), Messages.locale().getLanguage());
        assertEquals("People", node("#nav-people", ToggleButton.class).getText());
        assertEquals("语言切换测试", text("#nameField"), "the new person's name is still in the form");
        assertEquals("1502031990", text("#idField"));
        assertEquals(Messages.get("people.newTitle"), text("#detailTitle"), "the form's title speaks English now");
        waitUntil(() -> visible("#idError") && !hasChinese(text("#idError")));

        nav("units");
        assertEquals("青山路 88 号", text("#addressField"), "the unit's unsaved address is still there");
        assertEquals(unit.name(), text("#nameField"));
        click("#saveButton");
        waitUntil(() -> "青山路 88 号".equals(read(s -> s.enterprises().get(unit.id()).orElseThrow().address())));

        chooseLanguage("简体中文");
        assertEquals("人员", node("#nav-people", ToggleButton.class).getText());
        nav("people");
        assertEquals("语言切换测试", text("#nameField"), "and back again");
        assertTrue(hasChinese(text("#idError")), text("#idError"));
    }
}
