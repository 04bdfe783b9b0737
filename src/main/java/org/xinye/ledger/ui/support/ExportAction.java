package org.xinye.ledger.ui.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.ExportFilters;
import org.xinye.ledger.io.TableExport;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Privacy;
import org.xinye.ledger.store.TableFilter;

/**
 * The 导出… action any table page attaches: asks masked or full (preselected as the ledger's
 * privacy setting says; full is always a choice the user makes here and is recorded in the
 * audit log), asks where, and exports the page's current filter in the background.
 */
public final class ExportAction {
    private final Workspace workspace;
    private final TableExport.Table table;
    private final Supplier<? extends TableFilter> filter;

    /**
     * @param filter the page's current filter: the one its list is read with, so the export
     *               holds the rows the page shows
     */
    public ExportAction(Workspace workspace, TableExport.Table table, Supplier<? extends TableFilter> filter) {
        this.workspace = workspace;
        this.table = table;
        this.filter = filter;
    }

    public void run() {
        Ledger ledger = workspace.ledger();
        if (ledger == null) {
            return;
        }
        TableFilter current = filter.get();
        workspace.background().submit(Messages.get("task.export"), p -> ledger.read(Privacy::masking),
                masking -> ask(ledger, current, masking), workspace::fail);
    }

    private void ask(Ledger ledger, TableFilter current, boolean masking) {
        DialogService dialogs = workspace.dialogs();
        boolean unmask = false;
        if (table != TableExport.Table.COVERAGE) {
            var choice = dialogs.choose(Messages.get("export.title"), Messages.get("export.choice"),
                    List.of(Messages.get("export.choice.masked"), Messages.get("export.choice.full")), masking ? 0 : 1);
            if (choice.isEmpty()) {
                return;
            }
            unmask = choice.get() == 1;
        }
        String suggested = table.label() + "_" + Formats.date(workspace.today()) + ".xlsx";
        var target = dialogs.chooseSaveFile(Messages.get("export.title"), suggested,
                DialogService.FileType.spreadsheets());
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get());
        TableExport.Request request = TableExport.Request.of(current, unmask);
        workspace.background().submitWrite(Messages.get("task.export"), p -> {
            p.commitOrStop();
            return TableExport.export(ledger, request, file);
        }, r -> {
            workspace.changed();
            dialogs.info(Messages.get("export.title"), Formats.counted("export.done", r.rows(), r.file()));
        }, workspace::fail);
    }

    /**
     * 导出… of the rows a page lists now ({@code shown} of its {@code all}): a search works on
     * names as the user reads them (full-width brackets match typed ones), which SQL cannot
     * repeat, so a narrowed list travels as its row ids.
     */
    public static <T> void shown(Workspace workspace, TableExport.Table table, List<T> shown, int all,
                                 ToLongFunction<T> id) {
        TableFilter filter = shown.size() == all ? ExportFilters.all(table) : ExportFilters.ofIds(table, ids(shown, id));
        new ExportAction(workspace, table, () -> filter).run();
    }

    /** The ids of the rows a page lists, for a filter that keeps exactly those. */
    public static <T> List<Long> ids(List<T> rows, ToLongFunction<T> id) {
        List<Long> out = new ArrayList<>(rows.size());
        for (T row : rows) {
            out.add(id.applyAsLong(row));
        }
        return out;
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv") ? p : p.resolveSibling(p.getFileName() + ".xlsx");
    }
}
