package org.xinye.ledger.io.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableWriter;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.StoreException;

/**
 * The rows to send back to the sender: every rejected row, then every row imported with a
 * warning, with the file's own columns as typed, what happened, and why; in an xlsx a second
 * sheet sums the problems up by rule and column (how many rows, which ones). ID numbers and
 * phones are masked unless {@code unmasked} is asked for.
 */
public final class ProblemReport {
    private ProblemReport() {
    }

    /**
     * Writes the report and notes it in the 操作日志; with full numbers the file is written and
     * recorded in one write transaction (removed again if recording fails), as every export with
     * full numbers is. A read-only ledger gets the masked report only, unnoted.
     */
    public static void write(Ledger ledger, ImportResult result, Path file, boolean unmasked) throws IOException {
        if (unmasked && ledger.isReadOnly()) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "export.unmaskReadOnly", null, ledger.file());
        }
        if (!unmasked) {
            write(result, file, false);
            if (!ledger.isReadOnly()) {
                ledger.writing(s -> s.audit().append("export", result.batchId(), "EXPORT", null, note(result, file)));
            }
            return;
        }
        try {
            ledger.write(s -> {
                try {
                    write(result, file, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                s.audit().append("export", result.batchId(), "EXPORT_UNMASKED", null, note(result, file));
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** What the 操作日志 keeps of the report: the rows sent back, from which import, where to. */
    private static String note(ImportResult r, Path file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", "import-problems");
        m.put("rows", r.problemRows().size());
        m.put("file", file.toAbsolutePath().toString());
        m.put("source", r.fileName());
        return RecordJson.write(m);
    }

    static void write(ImportResult result, Path file, boolean unmasked) throws IOException {
        List<Column> columns = new ArrayList<>();
        for (Column c : result.layout().columns()) {
            if (!c.header().isEmpty() || c.field() != null) {
                columns.add(c);
            }
        }
        List<TableWriter.Column> out = new ArrayList<>();
        out.add(TableWriter.Column.value(Messages.get("import.report.row"), 8));
        for (Column c : columns) {
            boolean text = c.field() == null || c.field().textColumn();
            out.add(new TableWriter.Column(c.header().isEmpty() ? c.field().label() : c.header(), text,
                    c.field() == Field.ID_NUMBER ? 22 : 14));
        }
        out.add(TableWriter.Column.value(Messages.get("import.report.result"), 14));
        out.add(TableWriter.Column.value(Messages.get("import.report.reason"), 60));
        List<List<?>> rows = new ArrayList<>();
        for (boolean rejected : new boolean[] {true, false}) {
            for (ParsedRow p : result.problemRows()) {
                if (p.rejected() != rejected) {
                    continue;
                }
                List<Object> row = new ArrayList<>();
                row.add(p.number());
                for (Column c : columns) {
                    String v = p.raw().text(c.index());
                    row.add(unmasked ? v : Issue.mask(c.field(), v));
                }
                row.add(Messages.get(rejected ? "import.report.rejected" : "import.report.warned"));
                List<String> why = new ArrayList<>();
                for (Issue i : p.issues()) {
                    String hint = i.hint();
                    why.add(i.column() + "：" + i.message() + (hint.isEmpty() ? "" : "（" + hint + "）"));
                }
                row.add(String.join("；", why));
                rows.add(row);
            }
        }
        TableWriter.Format format = TableWriter.Format.of(file);
        TableWriter.write(file, format == null ? TableWriter.Format.XLSX : format,
                List.of(new TableWriter.Sheet(Messages.get("import.report.sheet"), out, rows), summary(result)));
    }

    /** The problems by rule and column: one line each, with how many rows and which. */
    private static TableWriter.Sheet summary(ImportResult result) {
        List<TableWriter.Column> columns = List.of(
                TableWriter.Column.value(Messages.get("import.report.result"), 14),
                TableWriter.Column.value(Messages.get("import.report.column"), 18),
                TableWriter.Column.value(Messages.get("import.report.problem"), 44),
                TableWriter.Column.value(Messages.get("import.report.count"), 8),
                TableWriter.Column.text(Messages.get("import.report.rows"), 40),
                TableWriter.Column.value(Messages.get("import.report.fix"), 50));
        List<List<?>> rows = new ArrayList<>();
        for (IssueGroup g : result.groups()) {
            rows.add(java.util.Arrays.asList(Messages.get(g.isError() ? "import.report.rejected" : "import.report.warned"),
                    g.column(), g.title(), g.count(), g.rows(Integer.MAX_VALUE), g.hint()));
        }
        return new TableWriter.Sheet(Messages.get("import.report.summarySheet"), columns, rows);
    }
}
