package org.xinye.ledger.io.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.xinye.ledger.domain.IdHash;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.sheet.Row;
import org.xinye.ledger.io.sheet.RowCursor;
import org.xinye.ledger.io.sheet.Spreadsheets;
import org.xinye.ledger.io.sheet.Workbook;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.rollup.Differences;
import org.xinye.ledger.store.rollup.SubmissionBuilder;

/**
 * Takes the city's 差异清单 for this ledger ({@link DifferencesWorkbook}'s file for its party) into
 * the ledger for follow-up (待办 ▸ 市级差异). Each row is matched to this ledger's own record by its
 * record number, and taken only when the name (and the visible digits of the ID number) agree; a
 * file meant for another party is refused whole. Taking in a period's list again replaces it.
 */
public final class DifferencesImport {
    /** What was taken in; {@code unmatched} rows name no record of this ledger (each with the reason). */
    public record Result(Path file, YearMonth period, int imported, List<String> unmatched) {
    }

    private DifferencesImport() {
    }

    public static Result run(Ledger ledger, Path file, Clock clock) {
        LedgerScope scope = SubmissionBuilder.scopeOf(ledger);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns;
        try (Workbook wb = Spreadsheets.open(file); RowCursor cursor = wb.rows(wb.defaultSheet())) {
            Row header = cursor.next();
            columns = header == null ? Map.of() : columns(header);
            for (Row r = cursor.next(); r != null; r = cursor.next()) {
                if (!r.isBlank()) {
                    rows.add(r);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cantRead", e, file, e.getMessage());
        }
        for (String needed : List.of("partyCode", "period", "kindCode", "record", "name")) {
            if (!columns.containsKey(needed)) {
                throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "differences.import.notList", null,
                        file.getFileName());
            }
        }
        String party = rows.isEmpty() ? scope.key() : rows.get(0).text(columns.get("partyCode")).trim();
        if (!party.equals(scope.key())) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "differences.import.otherParty", null,
                    file.getFileName(), columns.containsKey("party") ? rows.get(0).text(columns.get("party")) : party);
        }
        YearMonth period;
        try {
            period = rows.isEmpty() ? YearMonth.now(clock) : YearMonth.parse(rows.get(0).text(columns.get("period")).trim());
        } catch (DateTimeParseException e) {
            throw new StoreException(StoreException.Kind.NOT_A_LEDGER, "differences.import.notList", e, file.getFileName());
        }
        return ledger.write(s -> take(s, file, period, rows, columns, clock));
    }

    private static Result take(Session s, Path file, YearMonth period, List<Row> rows, Map<String, Integer> col,
                               Clock clock) {
        Sql.update(s.connection(), "DELETE FROM city_difference WHERE period = ?", period);
        List<String> unmatched = new ArrayList<>();
        int imported = 0;
        String now = clock.instant().toString();
        for (Row r : rows) {
            Differences.Kind kind;
            try {
                kind = Differences.Kind.valueOf(r.text(col.get("kindCode")).trim());
            } catch (IllegalArgumentException e) {
                unmatched.add(Messages.get("differences.import.badKind", r.number(), r.text(col.get("kindCode"))));
                continue;
            }
            boolean unit = kind == Differences.Kind.MULTI_CLAIMED_UNIT || kind == Differences.Kind.ROSTER_MISMATCH;
            String name = r.text(col.get("name")).trim();
            String record = r.text(col.get("record")).trim();
            String key = col.containsKey("key") ? r.text(col.get("key")).trim() : "";
            String detail = text(r, col, "others") + (text(r, col, "note").isEmpty() ? ""
                    : Messages.get("differences.import.noteSuffix", text(r, col, "note")));
            Long workerId = null;
            Long unitId = null;
            if (!record.isEmpty()) {
                long id;
                try {
                    id = (long) Double.parseDouble(record);
                } catch (NumberFormatException e) {
                    unmatched.add(Messages.get("differences.import.noRecord", r.number(), name, record));
                    continue;
                }
                String problem = unit ? matchUnit(s, id, name) : matchWorker(s, id, name, key);
                if (problem != null) {
                    unmatched.add(Messages.get(problem, r.number(), name, record));
                    continue;
                }
                if (unit) {
                    unitId = id;
                } else {
                    workerId = id;
                }
            }
            Sql.update(s.connection(), """
                    INSERT INTO city_difference(period, kind, worker_id, enterprise_id, subject, detail, imported_at)
                    VALUES (?,?,?,?,?,?,?)""", period, kind, workerId, unitId, name, detail, now);
            imported++;
        }
        s.audit().append("city_difference", null, "IMPORT", null, RecordJson.write(Map.of("file", file.toString(),
                "period", period.toString(), "rows", imported, "unmatched", unmatched.size())));
        return new Result(file, period, imported, unmatched);
    }

    private static String text(Row r, Map<String, Integer> col, String name) {
        return col.containsKey(name) ? r.text(col.get(name)).trim() : "";
    }

    private static String matchUnit(Session s, long id, String name) {
        return s.enterprises().get(id).filter(e -> e.name().strip().equals(name)).isPresent() ? null
                : "differences.import.noRecord";
    }

    /** The person with that number and name whose ID number shows the same digits (or any, when the list has hashes). */
    private static String matchWorker(Session s, long id, String name, String key) {
        var w = s.workers().get(id).filter(x -> x.name().strip().equals(name));
        if (w.isEmpty()) {
            return "differences.import.noRecord";
        }
        String own = w.get().idNumber();
        if (key.isEmpty() || IdHash.isHash(key) || key.length() != own.length()) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != '*' && key.charAt(i) != own.charAt(i)) {
                return "differences.import.otherId";
            }
        }
        return null;
    }

    /** Column index by field, from the header in either language. */
    private static Map<String, Integer> columns(Row header) {
        Map<String, String> byText = new HashMap<>();
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            ResourceBundle b = Messages.load(l);
            for (String key : DifferencesWorkbook.HEADERS) {
                byText.put(b.getString(key).strip(), key.substring(key.lastIndexOf('.') + 1));
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.cells().length; i++) {
            String field = byText.get(header.text(i).strip());
            if (field != null) {
                out.putIfAbsent(field, i);
            }
        }
        return out;
    }
}
