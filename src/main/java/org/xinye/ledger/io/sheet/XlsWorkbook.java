package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97–2003 (.xls) workbook through POI's HSSF. The format caps a sheet at 65,536
 * rows, so the whole workbook in memory is fine. Formula cells give their cached result.
 */
final class XlsWorkbook implements Workbook {
    private final Path file;
    private final HSSFWorkbook wb;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final boolean date1904;

    private XlsWorkbook(Path file, HSSFWorkbook wb) {
        this.file = file;
        this.wb = wb;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            sheets.add(new SheetInfo(i, wb.getSheetName(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)));
        }
        this.date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
    }

    static XlsWorkbook open(Path file, POIFSFileSystem fs) {
        try {
            HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true);
            if (wb.getNumberOfSheets() == 0) {
                wb.close();
                throw new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET,
                        "import.refused.notSpreadsheetKind", null, file.getFileName(), "xls");
            }
            return new XlsWorkbook(file, wb);
        } catch (EncryptedDocumentException e) {
            throw new FileRefusedException(FileRefusedException.Cause.ENCRYPTED, "import.refused.encrypted", e,
                    file.getFileName());
        } catch (OldExcelFormatException e) {
            throw new FileRefusedException(FileRefusedException.Cause.OLD_FORMAT, "import.refused.oldFormat", e,
                    file.getFileName());
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRefusedException f) {
                throw f;
            }
            throw new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", e,
                    file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "xls";
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public RowCursor rows(SheetInfo info) {
        HSSFSheet sheet = wb.getSheetAt(info.index());
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
            CellRangeAddress a = sheet.getMergedRegion(i);
            ranges.add(new int[] {a.getFirstRow() + 1, a.getFirstColumn(), a.getLastRow() + 1,
                    Math.min(a.getLastColumn(), XlsxWorkbook.MAX_COLUMNS - 1)});
        }
        Merges merges = new Merges(ranges);
        int last = sheet.getLastRowNum();
        return new RowCursor() {
            private int r = Math.max(0, sheet.getFirstRowNum());

            @Override
            public Row next() {
                while (r <= last) {
                    HSSFRow row = sheet.getRow(r++);
                    if (row == null || row.getLastCellNum() <= 0) {
                        continue;
                    }
                    int width = Math.min(row.getLastCellNum(), XlsxWorkbook.MAX_COLUMNS);
                    Cell[] cells = new Cell[width];
                    for (int c = 0; c < width; c++) {
                        HSSFCell cell = row.getCell(c);
                        cells[c] = cell == null ? null : convert(cell, cell.getCellType());
                    }
                    return merges.apply(new Row(r, cells));
                }
                return null;
            }

            @Override
            public void close() {
                // The workbook stays open for the next pass.
            }
        };
    }

    private Cell convert(HSSFCell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield DateUtil.isCellDateFormatted(cell) ? Cell.date(date1904 ? d + 1462 : d) : Cell.number(d);
            }
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s == null || s.isEmpty() ? null : Cell.text(s);
            }
            case BOOLEAN -> Cell.bool(cell.getBooleanCellValue());
            case ERROR -> Cell.error(errorText(cell.getErrorCellValue()));
            case FORMULA -> convert(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException e) {
            // Opened read-only: nothing to lose.
        }
    }
}
