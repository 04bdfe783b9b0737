package org.xinye.ledger.io.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.io.sheet.Row;
import org.xinye.ledger.io.sheet.RowCursor;
import org.xinye.ledger.io.sheet.SafeRows;
import org.xinye.ledger.io.sheet.SheetInfo;
import org.xinye.ledger.io.sheet.Workbook;

/**
 * Finds the table to import in a workbook: the requested sheet (by name, forgiving spaces and
 * case) or the first visible one whose layout holds the required columns, and its header rows.
 */
final class SheetLocator {
    private SheetLocator() {
    }

    /** The sheet, its layout, the rows read to find it (headers and the first data rows) and the cursor after them. */
    record Located(SheetInfo sheet, Layout layout, List<Row> top, RowCursor cursor) {
    }

    static Located locate(Workbook wb, ImportRequest req) {
        String fileName = req.file().getFileName().toString();
        List<SheetInfo> candidates = candidates(wb, req, fileName);
        FileRefusedException first = null;
        for (SheetInfo s : candidates) {
            RowCursor cursor = null;
            try {
                cursor = SafeRows.of(wb, s);
                List<Row> top = new ArrayList<>();
                Row r;
                while (top.size() < Layout.SEARCH_ROWS && (r = cursor.next()) != null) {
                    if (!r.isBlank()) {
                        top.add(r);
                    }
                }
                Layout layout = Layout.detect(fileName, top, req.type(), req.mapByHeader());
                for (var e : req.mapByColumn().entrySet()) {
                    layout = layout.withField(e.getKey(), e.getValue());
                }
                layout.requireFields(fileName);
                return new Located(s, layout, top, cursor);
            } catch (FileRefusedException e) {
                if (cursor != null) {
                    cursor.close();
                }
                if (e.refusal() != FileRefusedException.Cause.LAYOUT) {
                    throw e;
                }
                if (first == null) {
                    first = e;
                }
            } catch (IOException e) {
                if (cursor != null) {
                    cursor.close();
                }
                throw damaged(fileName, e);
            }
        }
        if (first.messageKey().equals("import.layout.noHeader") && wb.guessedEncoding() != null) {
            // A header read in the wrong encoding is gibberish: say so, rather than only that there is no header.
            throw new FileRefusedException(FileRefusedException.Cause.LAYOUT, "import.layout.noHeaderEncoding", null,
                    fileName, wb.guessedEncoding());
        }
        throw first;
    }

    /** The sheet asked for by name, else every visible sheet (the first sheet when all are hidden). */
    private static List<SheetInfo> candidates(Workbook wb, ImportRequest req, String fileName) {
        List<SheetInfo> candidates = new ArrayList<>();
        if (req.sheet() != null) {
            for (SheetInfo s : wb.sheets()) {
                if (s.name().equals(req.sheet()) || Text.compact(s.name()).equalsIgnoreCase(Text.compact(req.sheet()))) {
                    candidates.add(s);
                    break;
                }
            }
            if (candidates.isEmpty()) {
                List<String> names = wb.sheets().stream().map(SheetInfo::name).toList();
                throw new FileRefusedException(FileRefusedException.Cause.LAYOUT, "import.layout.noSheet", null,
                        fileName, req.sheet(), String.join("、", names));
            }
        } else {
            wb.sheets().stream().filter(s -> !s.hidden()).forEach(candidates::add);
            if (candidates.isEmpty()) {
                candidates.add(wb.sheets().get(0));
            }
        }
        return candidates;
    }

    static FileRefusedException damaged(String fileName, IOException e) {
        return new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", e, fileName,
                String.valueOf(e.getMessage()));
    }
}
