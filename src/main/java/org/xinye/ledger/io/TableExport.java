package org.xinye.ledger.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.store.AuditSearch;
import org.xinye.ledger.store.CoverageBreakdown;
import org.xinye.ledger.store.ExportQueries;
import org.xinye.ledger.store.InstructorFilter;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.OrgFilter;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StationFilter;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.TableFilter;
import org.xinye.ledger.store.TableRows;
import org.xinye.ledger.store.UnitFilter;
import org.xinye.ledger.store.WorkerListing;

/**
 * Export of a ledger table to .xlsx or .csv through {@link TableWriter}: the same for every
 * table page and for the {@code export} command. ID numbers and mobiles are masked unless
 * the request says otherwise; a full export is recorded in the audit log in the same
 * transaction that writes the file, so there is never an unrecorded full export (and a
 * ledger that cannot record one refuses it). Rows stream from SQL, so a million workers do
 * not have to fit in memory.
 */
public final class TableExport {
    /** What can be exported; {@code cliName} is the word used on the command line and in file names. */
    public enum Table {
        WORKERS, ENTERPRISES, ORGS, INSTRUCTORS, STATIONS, COVERAGE, AUDIT;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return Messages.get("export.table." + cliName());
        }

        /** Null when no table has that name. */
        public static Table of(String cliName) {
            for (Table t : values()) {
                if (t.cliName().equals(cliName)) {
                    return t;
                }
            }
            return null;
        }
    }

    /**
     * One export: the table's typed filter (the page's own, or one read from the command
     * line's words by {@link ExportFilters#parse}), the filter as the audit log notes it, and
     * whether full values were explicitly asked for.
     */
    public record Request(Table table, TableFilter filter, Map<String, String> words, boolean unmask) {
        public Request {
            if (ExportFilters.tableOf(filter) != table) {
                throw new IllegalArgumentException(filter + " is not a filter of " + table);
            }
            words = Map.copyOf(words);
        }

        /** A page's export: its own filter, noted in the filter's words. */
        public static Request of(TableFilter filter, boolean unmask) {
            return new Request(ExportFilters.tableOf(filter), filter, ExportFilters.words(filter), unmask);
        }

        /** The command line's export: the words as given, read into the table's filter. */
        public static Request parse(Table table, Map<String, String> words, boolean unmask) {
            return new Request(table, ExportFilters.parse(table, words), words, unmask);
        }
    }

    public record Result(Path file, long rows, boolean unmasked) {
    }

    private TableExport() {
    }

    /**
     * Writes the export. Masked: read in a snapshot, then noted in the audit log when the
     * ledger can be written. Full: refused on a read-only ledger, otherwise written and
     * recorded in one write transaction (the file is removed again if recording fails).
     */
    public static Result export(Ledger ledger, Request request, Path file) {
        TableWriter.Format format = TableWriter.Format.of(file);
        if (format == null) {
            throw new InvalidValueException(Problem.of("export.format", "export.badFormat", file.getFileName()));
        }
        ExportSheets.Sheet sheet = ExportSheets.of(request.table());
        if (request.unmask() && ledger.isReadOnly()) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "export.unmaskReadOnly", null, ledger.file());
        }
        if (!request.unmask()) {
            long rows = ledger.read(s -> write(s, sheet, request, file, format));
            if (!ledger.isReadOnly()) {
                ledger.writing(s -> s.audit().append("export", null, "EXPORT", null, note(request, file, rows)));
            }
            return new Result(file, rows, false);
        }
        try {
            long rows = ledger.write(s -> {
                long n = write(s, sheet, request, file, format);
                s.audit().append("export", null, "EXPORT_UNMASKED", null, note(request, file, n));
                return n;
            });
            return new Result(file, rows, true);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the failure that matters is the one being thrown
            }
            throw e;
        }
    }

    private static long write(Session s, ExportSheets.Sheet sheet, Request request, Path file,
                              TableWriter.Format format) {
        boolean masked = !request.unmask();
        try {
            if (request.filter() instanceof CoverageBreakdown b) {
                List<List<Object>> rows = CoverageRows.rows(s, b);
                TableWriter.write(file, format, sheet.name, sheet.columns, () -> rows.stream()
                        .<List<?>>map(r -> sheet.cells(r, masked)).iterator());
                return rows.size();
            }
            try (TableRows rows = rows(s, request.filter())) {
                TableWriter.write(file, format, sheet.name, sheet.columns, () -> new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public List<?> next() {
                        return sheet.cells(rows.next(), masked);
                    }
                });
                return rows.count();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableRows rows(Session s, TableFilter filter) {
        ExportQueries q = s.exports();
        if (filter instanceof WorkerListing.Filter f) {
            return q.workers(f);
        } else if (filter instanceof UnitFilter f) {
            return q.units(f);
        } else if (filter instanceof OrgFilter f) {
            return q.orgs(f);
        } else if (filter instanceof InstructorFilter f) {
            return q.instructors(f);
        } else if (filter instanceof StationFilter f) {
            return q.stations(f);
        }
        return q.audit((AuditSearch.Filter) filter);
    }

    private static String note(Request r, Path file, long rows) {
        StringBuilder b = new StringBuilder("{\"table\": \"").append(r.table().cliName()).append("\", \"rows\": ")
                .append(rows).append(", \"file\": \"").append(json(file.toAbsolutePath().toString())).append("\"");
        if (!r.words().isEmpty()) {
            b.append(", \"filter\": {");
            String sep = "";
            for (var e : new TreeMap<>(r.words()).entrySet()) {
                // A page's list of row ids says nothing a reader of the log could use, and can be long.
                String value = e.getKey().equals("ids") ? idCount(e.getValue()) + " ids" : e.getValue();
                b.append(sep).append('"').append(json(e.getKey())).append("\": \"").append(json(value)).append('"');
                sep = ", ";
            }
            b.append('}');
        }
        return b.append('}').toString();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static int idCount(String v) {
        return v.isBlank() ? 0 : v.split(",").length;
    }
}
