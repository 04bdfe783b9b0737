package org.xinye.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.report.form.FormFigure;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.demo.DemoData;
import org.xinye.ledger.ui.reports.FormFillViewModel;
import org.xinye.ledger.ui.reports.ReportsViewModel;
import org.xinye.ledger.ui.support.StepBackground;
import org.xinye.ledger.ui.support.Workspace;

/** 按上级模板填报 from the 报表 page, without a window: check, correct, fill, and next time remembered. */
class FormFillViewModelTest {
    @TempDir
    static Path dir;
    static Ledger ledger;
    static Path form;

    @BeforeAll
    static void demoAndForm() throws Exception {
        Messages.use(Messages.CHINESE);
        ledger = Ledger.open(dir.resolve("fill.xldb"), Ledger.Mode.WRITE);
        new DemoData(3, 800, TestDay.TODAY).fill(ledger, p -> { });
        form = dir.resolve("上级表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet();
            var head = sh.createRow(0);
            head.createCell(0).setCellValue("地区");
            head.createCell(1).setCellValue("组织覆盖率");
            head.createCell(2).setCellValue("其他情况");
            sh.createRow(1).createCell(0).setCellValue("昆都仑区");
            sh.createRow(2).createCell(0).setCellValue("昆区");
            try (OutputStream out = Files.newOutputStream(form)) {
                wb.write(out);
            }
        }
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void theUserNamesWhatDidNotMatchAndTheFormRemembersIt() throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        Workspace ws = new Workspace(StepBackground.runNow(), dialogs, TestDay.CLOCK);
        ws.setLedger(ledger);
        FormFillViewModel vm = new ReportsViewModel(ws).formFill();
        dialogs.files.add(form);
        vm.start();
        assertTrue(vm.readyProperty().get());
        assertEquals(FormFigure.ORG_RATE, vm.columns().get(0).figureProperty().get());
        assertNull(vm.columns().get(1).figureProperty().get(), "其他情况 matches nothing");
        FormFillViewModel.RowChoice kun = vm.rows().get(0);
        FormFillViewModel.RowChoice nick = vm.rows().get(1);
        assertEquals("昆都仑区", kun.targetProperty().get().name());
        assertNull(nick.targetProperty().get(), "昆区 is a nickname, not a name: never guessed");
        nick.targetProperty().set(kun.targetProperty().get());
        vm.columns().get(1).figureProperty().set(FormFigure.PARTY_MEMBERS);

        Path out = dir.resolve("已填");
        dialogs.files.add(out);
        assertTrue(vm.fill());
        Path xlsx = dir.resolve("已填.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sh = wb.getSheetAt(0);
            assertEquals(sh.getRow(1).getCell(1).getStringCellValue(), sh.getRow(2).getCell(1).getStringCellValue());
            assertEquals(sh.getRow(1).getCell(2).getNumericCellValue(), sh.getRow(2).getCell(2).getNumericCellValue());
        }
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("info: ") && s.contains("已填.xlsx")));

        dialogs.files.add(form);
        vm.start();
        assertEquals("昆都仑区", vm.rows().get(1).targetProperty().get().name(), "remembered for this form");
        assertEquals(FormFigure.PARTY_MEMBERS, vm.columns().get(1).figureProperty().get());
    }
}
