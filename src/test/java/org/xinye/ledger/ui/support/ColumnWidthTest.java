package org.xinye.ledger.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.Messages;

/** A label column declared {@code wideAsLabels} starts as wide as its longest label in the window's language. */
class ColumnWidthTest {
    private record Row(CoverageStatus status) {
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private static double built(Column<Row> column) throws Exception {
        double[] width = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            TableView<Row> table = new TableView<>();
            TableColumns.build(table, List.of(column));
            width[0] = table.getColumns().get(0).getPrefWidth();
        }).get();
        return width[0];
    }

    private static double longestLabel() {
        double widest = 0;
        for (CoverageStatus s : CoverageStatus.values()) {
            widest = Math.max(widest, UiFont.width(Messages.label(s), false));
        }
        return widest;
    }

    @Test
    void theCoverageColumnFitsItsLongestEnglishLabel() throws Exception {
        Messages.use(Locale.ENGLISH);
        double width = built(Column.label("status", "units.col.coverage", Row::status).width(100)
                .wideAsLabels(CoverageStatus.class));
        assertTrue(width > longestLabel(), width + " px for a label of " + longestLabel() + " px");
    }

    @Test
    void aWideEnoughColumnKeepsItsWidth() throws Exception {
        assertEquals(400, built(Column.label("status", "units.col.coverage", Row::status).width(400)
                .wideAsLabels(CoverageStatus.class)));
    }
}
