package org.xinye.ledger.io.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.IdHash;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableWriter;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.rollup.Differences;
import org.xinye.ledger.store.rollup.Differences.Difference;
import org.xinye.ledger.store.rollup.Differences.Listing;

/**
 * The 差异清单 sent back: one .xlsx per party (each county and department a difference concerns),
 * with the rows it must look at: the kind, the party's own record number, name and (masked) ID or
 * credit code, what its record says, what the others say, how the city counted it, and what to do.
 * The party's scope and the period are on every row, so {@link DifferencesImport} takes a file back
 * into the right ledger only.
 */
public final class DifferencesWorkbook {
    /** Column order of the file; {@link DifferencesImport} reads the same. */
    static final List<String> HEADERS = List.of("differences.col.party", "differences.col.partyCode",
            "differences.col.period", "differences.col.kind", "differences.col.kindCode", "differences.col.record",
            "differences.col.name", "differences.col.key", "differences.col.says", "differences.col.others",
            "differences.col.note", "differences.col.todo");

    /** One party's rows. */
    public record Party(String scopeKey, String name, List<List<?>> rows) {
    }

    private DifferencesWorkbook() {
    }

    /** Splits the differences by party: each listing's party, and the county told to add a person. */
    public static Map<String, Party> byParty(List<Difference> all, YearMonth period, boolean unmasked) {
        Map<String, Party> parties = new LinkedHashMap<>();
        for (Difference d : all) {
            for (Listing own : d.listings()) {
                parties.computeIfAbsent(own.scopeKey(), k -> new Party(k, own.scopeName(), new ArrayList<>()))
                        .rows().add(row(d, own, own.scopeKey(), own.scopeName(), period, unmasked));
            }
            if (d.alsoFor() != null) {
                parties.computeIfAbsent(d.alsoFor(), k -> new Party(k, d.alsoForName(), new ArrayList<>()))
                        .rows().add(row(d, null, d.alsoFor(), d.alsoForName(), period, unmasked));
            }
        }
        return parties;
    }

    private static List<?> row(Difference d, Listing own, String partyKey, String partyName, YearMonth period,
                               boolean unmasked) {
        StringBuilder others = new StringBuilder();
        for (Listing l : d.listings()) {
            if (l != own) {
                others.append(others.isEmpty() ? "" : Messages.get("differences.othersSeparator"))
                        .append(l.scopeName()).append(Messages.get("differences.says"))
                        .append(l.says() == null || l.says().isBlank() ? l.name() : l.name() + " · " + l.says());
            }
        }
        boolean person = d.kind() != Differences.Kind.MULTI_CLAIMED_UNIT && d.kind() != Differences.Kind.ROSTER_MISMATCH;
        String key = d.key() == null ? "" : person && !unmasked && !IdHash.isHash(d.key()) ? Masking.idNumber(d.key())
                : d.key();
        List<Object> r = new ArrayList<>();
        r.add(partyName);
        r.add(partyKey);
        r.add(period.toString());
        r.add(Messages.get("differences.kind." + d.kind().name()));
        r.add(d.kind().name());
        r.add(own == null ? null : own.srcId());
        r.add(d.subject());
        r.add(key);
        r.add(own == null ? "" : own.says());
        r.add(others.toString());
        r.add(note(d));
        r.add(Messages.get("differences.todo." + d.kind().name() + (own == null ? ".add" : "")));
        return r;
    }

    /** The note of a difference as people read it: where the city counts it, or the roster's two numbers. */
    public static String note(Difference d) {
        if (d.note() == null) {
            return "";
        }
        if (d.kind() == Differences.Kind.ROSTER_MISMATCH) {
            String[] parts = d.note().split("/");
            return Messages.get("differences.note.roster", parts[0], parts[1]);
        }
        return Messages.get("differences.note.countedIn", d.note());
    }

    /** Writes one file per party into {@code dir}; gives the files written. */
    public static List<Path> write(Path dir, Map<String, Party> parties, YearMonth period) {
        List<TableWriter.Column> columns = new ArrayList<>();
        for (String h : HEADERS) {
            boolean text = h.endsWith(".key") || h.endsWith(".partyCode") || h.endsWith(".period");
            columns.add(new TableWriter.Column(Messages.get(h), text, h.endsWith(".others") ? 60
                    : h.endsWith(".todo") ? 40 : h.endsWith(".key") ? 22 : 16));
        }
        List<Path> out = new ArrayList<>();
        for (Party p : parties.values()) {
            Path file = dir.resolve(fileName(p.name(), period));
            try {
                TableWriter.write(file, TableWriter.Format.XLSX, Messages.get("differences.sheet"), columns,
                        p.rows());
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.IO, "store.cannotWrite", e, file, e.getMessage());
            }
            out.add(file);
        }
        return out;
    }

    /** 差异清单-昆都仑区-2026-05.xlsx; characters a file name cannot hold become _. */
    static String fileName(String party, YearMonth period) {
        return Messages.get("differences.file", party.replaceAll("[\\\\/:*?\"<>|]", "_"), period.toString());
    }
}
