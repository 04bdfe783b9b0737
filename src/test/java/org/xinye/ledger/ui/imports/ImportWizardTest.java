package org.xinye.ledger.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.xinye.ledger.TestIds;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.CorpusFiles;
import org.xinye.ledger.io.XlsxBuilder;
import org.xinye.ledger.io.imports.Field;
import org.xinye.ledger.io.imports.ImportFixture;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.TestWindow;

/**
 * The wizard as a cadre meets it, in the real window: counts that follow every choice, the
 * mapping as drop-downs, a unit created with its street, the preview using the window's
 * height with every problem whole, the same counts before and after the commit and in the
 * undo, an ID stored as a number shown as the file holds it, and no message outliving its step.
 * The window's background work is waited for ({@link TestWindow#settle}), never slept on.
 */
class ImportWizardTest {
    @TempDir
    static Path dir;
    private TestWindow window;
    private final FxRobot robot = new FxRobot();

    static final String NEW_UNIT = "通达快递友谊大街站";

    @BeforeAll
    static void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    /**
     * 30 people: 20 of the ledger's unit (rows 5–14 with a gender the ID contradicts), 5 of a
     * unit not in the ledger whose name names its street, one ID stored as a number, 4 party
     * members of an org not in the ledger.
     */
    static Path roster() throws Exception {
        StringBuilder data = new StringBuilder(XlsxBuilder.row(1, "姓名", "身份证号", "性别", "手机号", "工作单位",
                "政治面貌", "党组织"));
        int r = 2;
        for (int i = 0; i < 20; i++, r++) {
            String id = TestIds.id("150203", LocalDate.of(1990, 1, 1).plusDays(i), i * 2 + 1);
            data.append(XlsxBuilder.row(r, "员工" + i, id, r >= 5 && r <= 14 ? "女" : "男", "1380000" + (1000 + i),
                    CorpusFiles.UNIT, "群众"));
        }
        for (int i = 0; i < 5; i++, r++) {
            data.append(XlsxBuilder.row(r, "骑手" + i, TestIds.id("150203", LocalDate.of(1991, 1, 1).plusDays(i), 3),
                    "男", "1390000" + (1000 + i), NEW_UNIT, "群众"));
        }
        data.append(XlsxBuilder.row(r++, "刘强", 1.50203199001011E17, "男", "13700000001", CorpusFiles.UNIT, "群众"));
        for (int i = 0; i < 4; i++, r++) {
            data.append(XlsxBuilder.row(r, "党员" + i, TestIds.id("150203", LocalDate.of(1985, 1, 1).plusDays(i), 5),
                    "男", "1360000" + (1000 + i), CorpusFiles.UNIT, "中共党员", "通达快递联合党支部"));
        }
        Path f = dir.resolve("摸排表.xlsx");
        new XlsxBuilder().sheet("摸排", false, data.toString(), null).write(f);
        return f;
    }

    private <T extends Node> T find(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private String text(String query) {
        return find(query, Label.class).getText();
    }

    /** The drop-downs a table's cells show, row by row (in the order the table lays them out). */
    @SuppressWarnings("unchecked")
    private List<ComboBox<Object>> combos(String table) {
        List<javafx.scene.control.TableCell<?, ?>> cells = new ArrayList<>();
        for (Node n : robot.lookup(table + " .table-cell").queryAll()) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> c && c.getGraphic() instanceof ComboBox<?>
                    && c.isVisible() && !c.isEmpty()) {
                cells.add(c);
            }
        }
        cells.sort(java.util.Comparator.comparingInt((javafx.scene.control.TableCell<?, ?> c) -> c.getIndex())
                .thenComparingDouble(c -> c.localToScene(0, 0).getX()));
        List<ComboBox<Object>> out = new ArrayList<>();
        cells.forEach(c -> out.add((ComboBox<Object>) c.getGraphic()));
        return out;
    }

    /** What a searchable picker lists once {@code typed} is typed into its search field (then cleared again). */
    private List<String> found(ComboBox<Object> picker, String typed) {
        TextField search = (TextField) picker.lookup(".combo-box-search");
        ComboBox<?> shown = (ComboBox<?>) picker.lookup("#filtered");
        Object chosen = picker.getValue();
        robot.interact(() -> search.setText(typed));
        List<String> out = new ArrayList<>();
        robot.interact(() -> shown.getItems().forEach(i -> out.add(String.valueOf(i))));
        robot.interact(() -> {
            search.setText("");
            picker.setValue(chosen);
        });
        window.settle();
        return out;
    }

    /** The 是 button of the dialog that is open, or null while none is. */
    private Button yes() {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "是".equals(b.getText()) && b.getScene() != null && b.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    @Test
    void theWizardReactsToEveryChoiceAndItsCountsHold() throws Exception {
        Path db = dir.resolve("wizard.xldb");
        ImportFixture.ledger(db).close();
        Path file = roster();
        window = TestWindow.start("--db", db.toString());
        window.settle();
        robot.clickOn("#nav-import");
        window.settle();

        robot.clickOn("#nextFromFile");
        window.settle();
        assertFalse(text("#message").isEmpty(), "no file chosen: the wizard says so");
        robot.interact(() -> find("#filePath", TextField.class).setText(file.toAbsolutePath().toString()));
        robot.clickOn("#nextFromFile");
        window.settle();
        assertEquals("", text("#message"), "the last step's message is gone");

        // The mapping: a drop-down on every row, and counts below that follow a change.
        TableView<?> columns = find("#columnTable", TableView.class);
        List<ComboBox<Object>> fields = combos("#columnTable");
        assertEquals(columns.getItems().size(), fields.size(), "each column's field is a visible drop-down");
        String before = text("#mappingCounts");
        assertTrue(before.startsWith("共 30 行：新增 29，"), before);
        ComboBox<Object> mobile = fields.stream().filter(c -> c.getValue() == Field.MOBILE).findFirst().orElseThrow();
        robot.interact(() -> mobile.setValue(null));
        window.settle();
        robot.interact(() -> mobile.setValue(Field.MOBILE));
        window.settle();
        ComboBox<Object> gender = fields.stream().filter(c -> c.getValue() == Field.GENDER).findFirst().orElseThrow();
        robot.interact(() -> gender.setValue(null));
        window.settle();
        String withoutGender = text("#mappingCounts");
        assertNotEquals(before, withoutGender, "leaving out 性别 drops its ten warnings at once");
        robot.interact(() -> gender.setValue(Field.GENDER));
        window.settle();
        assertEquals(before, text("#mappingCounts"));

        robot.clickOn("#previewButton");
        window.settle();
        TableView<?> preview = find("#previewTable", TableView.class);
        assertEquals(30, preview.getItems().size());
        double windowHeight = preview.getScene().getHeight();
        assertTrue(preview.getHeight() > windowHeight * 0.4, "the preview takes the window's height: "
                + preview.getHeight() + " of " + windowHeight);

        // Every problem whole, and the ID stored as a number shown as the file holds it, with the problem named.
        robot.interact(() -> preview.scrollTo(25));
        window.settle();
        Set<Node> texts = robot.lookup("#previewTable .wrapping-text").queryAll();
        String numeric = texts.stream().map(n -> ((Text) n).getText()).filter(t -> t.contains("存成了数字"))
                .findFirst().orElseThrow();
        assertTrue(numeric.startsWith("身份证号被存成了数字（150203********1000），末几位已经丢失"), numeric);

        // 问题汇总: one line for the ten rows with the same problem.
        TableView<?> groups = find("#groupTable", TableView.class);
        assertEquals(List.of("id.numeric", "gender.mismatch", "employer.unmatched", "org.unmatched"),
                groups.getItems().stream().map(g -> ((org.xinye.ledger.io.imports.IssueGroup) g).code()).toList());

        // Creating the unknown unit: its street is suggested from its name; the counts follow at once.
        String counts = text("#counts");
        assertTrue(counts.contains("提示 19 条"), counts);
        robot.interact(() -> find("#tabs", javafx.scene.control.TabPane.class));
        List<ComboBox<Object>> employer = combos("#unmatchedTable");
        assertEquals(2, employer.size(), "what to do, and the street of a unit to create");
        assertTrue(employer.get(1).isDisabled(), "a street only for a unit to create");
        assertEquals(List.of("对应到：" + CorpusFiles.UNIT), found(employer.get(0), "xdkd"),
                "对应到 finds 迅达快递 by its pinyin initials");
        assertTrue(found(employer.get(1), "sxl").contains("少先路街道"), "streets too");
        robot.interact(() -> employer.get(0).setValue(EmployerChoice.Target.CREATE));
        window.settle();
        assertFalse(employer.get(1).isDisabled());
        assertEquals("友谊大街街道", String.valueOf(employer.get(1).getValue()), "the street its name names");
        String after = text("#counts");
        assertTrue(after.contains("提示 14 条"), "five 单位待匹配 fewer: " + after);

        // The commit writes exactly what the preview showed; undo reports those numbers, once.
        robot.clickOn("#commitButton");
        window.settle();
        String summary = text("#summary");
        assertTrue(summary.lines().toList().get(1).equals(after), summary + " / " + after);
        assertTrue(summary.contains("· 性别 · 性别与身份证号不符，已按身份证号记录：10 行（第 5–14 行）。"), summary);
        try (Ledger l = Ledger.open(db, Ledger.Mode.READ)) {
            Enterprise created = l.read(s -> s.enterprises().byName(NEW_UNIT).get(0));
            assertEquals("150203005000", created.townshipCode(), "created in the street chosen");
        }
        robot.clickOn("#undoButton");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> yes() != null);
        robot.clickOn(yes());
        window.settle();
        if (yes() != null) {
            // The window lives on a fixed day while the ledger stamps new units with the real time, so undo
            // sees them as edited after the import and asks again.
            robot.clickOn(yes());
            window.settle();
        }
        assertEquals("已撤销导入批次 1（摸排表.xlsx）：新增的 29 条已删除，更新的 0 条已恢复原样。", text("#summary"));
        assertEquals("", text("#message"), "said once");
    }
}
