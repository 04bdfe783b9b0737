package org.xinye.ledger.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.store.Listings.Choice;

/** A searchable picker finds its entries by pinyin and initials, and shows the names alone. */
class SearchPickersTest {
    private final FxRobot robot = new FxRobot();
    private SearchableComboBox<Choice<Long>> picker;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        picker = new SearchableComboBox<>();
        picker.getItems().setAll(List.of(new Choice<>(1L, "美团外卖包头分公司"), new Choice<>(2L, "饿了么昆区配送站"),
                new Choice<>(3L, "顺丰速运（包头）有限公司")));
        FxToolkit.setupStage(stage -> {
            SearchPickers.install(picker, Choice::label);
            stage.setScene(new Scene(new StackPane(picker), 400, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<String> shownFor(String typed) {
        TextField field = (TextField) picker.lookup(".combo-box-search");
        robot.interact(() -> field.setText(typed));
        ComboBox<?> inner = (ComboBox<?>) picker.lookup("#filtered");
        return inner.getItems().stream().map(Object::toString).toList();
    }

    @Test
    void initialsFindAnEntry() {
        assertEquals(List.of("美团外卖包头分公司"), shownFor("mt"));
    }

    @Test
    void fullPinyinAndTextFindEntries() {
        assertEquals(List.of("饿了么昆区配送站"), shownFor("eleme"));
        assertEquals(List.of("美团外卖包头分公司", "顺丰速运（包头）有限公司"), shownFor("包头"));
    }

    @Test
    void thePickerShowsTheNameWithoutItsPinyin() {
        robot.interact(() -> picker.setValue(picker.getItems().get(0)));
        assertEquals("美团外卖包头分公司", picker.getConverter().toString(picker.getValue()));
    }
}
