package org.xinye.ledger.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.domain.Messages;

/**
 * One number convention in the window: a count shows as {@code 3,000} in a table cell (a page's
 * declared column or a hand-built one), a dialog's text and the status bar, in both languages,
 * while its column still sorts by number and an exported sheet keeps the plain number.
 */
class CountShownTest {
    /** A unit's line: its name and how many people work there. */
    private record Row(String name, int workers) {
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void theWindowsLanguageAgain() {
        Messages.use(Messages.CHINESE);
    }

    /** The texts of the table's cells in {@code column}, top to bottom, after sorting it ascending. */
    private static List<String> sortedCells(TableView<Row> table, TableColumn<Row, ?> column) throws Exception {
        List<String> texts = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            table.getItems().setAll(new Row("甲", 3000), new Row("乙", 999), new Row("丙", 12345));
            column.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(column));
            new Scene(table, 400, 300);
            table.applyCss();
            table.layout();
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> c && c.getTableColumn() == column && !c.isEmpty()) {
                    texts.add(c.getIndex() + ":" + c.getText());
                }
            }
        }).get();
        texts.sort(null);
        return texts.stream().map(t -> t.substring(t.indexOf(':') + 1)).toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDeclaredCountColumnShowsThousandsAndSortsByNumber() throws Exception {
        for (Locale language : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            Messages.use(language);
            TableView<Row> table = new TableView<>();
            WaitForAsyncUtils.asyncFx(() -> TableColumns.build(table, List.of(
                    Column.text("name", "units.col.name", Row::name),
                    Column.number("workers", "units.col.workers", Row::workers)))).get();
            TableColumn<Row, ?> workers = table.getColumns().get(1);
            assertEquals(List.of("999", "3,000", "12,345"), sortedCells(table, workers), language.toString());
        }
    }

    @Test
    void aHandBuiltCountCellShowsThousandsAndSortsByNumber() throws Exception {
        TableView<Row> table = new TableView<>();
        TableColumn<Row, Integer> workers = new TableColumn<>("人数");
        workers.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().workers()));
        workers.setCellFactory(c -> TextCells.count());
        table.getColumns().add(workers);
        assertEquals(List.of("999", "3,000", "12,345"), sortedCells(table, workers));
    }

    @Test
    void aDialogsCountsAreGroupedInBothLanguages() {
        for (Locale language : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            Messages.use(language);
            String text = Formats.counted("unpack.done", "台账.xinye", 3000, 1234567);
            assertTrue(text.contains("3,000") && text.contains("1,234,567") && !text.contains("3000"), text);
            assertTrue(Formats.counted("export.done", 3000, "x.xlsx").contains("3,000"), language.toString());
            // The window's words for what the CLI also says group; the CLI's own keep the plain number.
            String window = Formats.counted("rollup.undoneInWindow", "2026-05", "东河区", 3000, 12);
            String cli = Messages.get("cli.rollup.undone", "2026-05", "东河区", 3000, 12);
            assertTrue(window.contains("3,000") && cli.contains("3000") && !cli.contains("3,000"), window + " / " + cli);
        }
    }

    @Test
    void anExportedSheetKeepsThePlainNumber(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("units.csv");
        ColumnSheet.write(csv, "units", List.of(Column.text("name", "units.col.name", Row::name),
                Column.number("workers", "units.col.workers", Row::workers)), List.of(new Row("甲", 3000)));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("3000") && !text.contains("3,000"), text);
    }

    @Test
    void onlyWholeNumbersAreGrouped() {
        assertEquals("3,000", Formats.number(3000));
        assertEquals("3,000", Formats.number(3000L));
        assertEquals("0", Formats.number(0));
        assertEquals("2.5", Formats.number(2.5));
        assertEquals("3,000", Column.number("n", "units.col.workers", (Row r) -> r.workers()).shown(3000));
        assertEquals("2026", Column.text("y", "people.col.year", (Row r) -> "2026").shown("2026"));
    }
}
