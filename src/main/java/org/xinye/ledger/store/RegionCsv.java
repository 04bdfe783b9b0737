package org.xinye.ledger.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.domain.Text;

/**
 * The region list format ({@code code,name,level,parent_code}, one city), as text already
 * decoded (the command line detects the encoding as for CSV import). A fixed,
 * quote-free format we define ourselves, so a hand parser is enough and keeps the store
 * free of spreadsheet libraries.
 */
public final class RegionCsv {
    private RegionCsv() {
    }

    /** A line that could not be read, 1-based. */
    public record LineError(int line, String messageKey, String value) {
    }

    public record Parsed(List<Region> regions, List<LineError> errors) {
    }

    public static Parsed parse(String text) {
        List<Region> out = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Region> byCode = new HashMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        if (lines.length == 0 || !lines[0].trim().toLowerCase(Locale.ROOT).startsWith("code,name,level")) {
            errors.add(new LineError(1, "regions.header", lines.length == 0 ? "" : lines[0]));
            return new Parsed(out, errors);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            int lineNo = i + 1;
            if (f.length < 3) {
                errors.add(new LineError(lineNo, "regions.columns", line));
                continue;
            }
            String code = Text.compact(f[0]);
            String name = Text.clean(f[1]);
            String parent = f.length > 3 ? Text.compact(f[3]) : "";
            RegionLevel level;
            try {
                level = RegionLevel.valueOf(Text.compact(f[2]).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(lineNo, "regions.level", f[2]));
                continue;
            }
            if (!Region.isCode(code)) {
                errors.add(new LineError(lineNo, "regions.code", code));
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new LineError(lineNo, "regions.name", line));
                continue;
            }
            if (name.indexOf('\uFFFD') >= 0) {
                // Bytes the file's encoding could not read: a name like this would be stored as garbage.
                errors.add(new LineError(lineNo, "regions.garbled", name));
                continue;
            }
            if (byCode.containsKey(code)) {
                errors.add(new LineError(lineNo, "regions.duplicate", code));
                continue;
            }
            if (level == RegionLevel.CITY != parent.isEmpty()) {
                errors.add(new LineError(lineNo, "regions.parent", parent));
                continue;
            }
            if (!parent.isEmpty() && !byCode.containsKey(parent)) {
                errors.add(new LineError(lineNo, "regions.parentMissing", parent));
                continue;
            }
            Region r = new Region(code, name, level, parent.isEmpty() ? null : parent);
            byCode.put(code, r);
            out.add(r);
        }
        if (errors.isEmpty() && out.stream().filter(r -> r.level() == RegionLevel.CITY).count() != 1) {
            errors.add(new LineError(1, "regions.oneCity", ""));
        }
        return new Parsed(out, errors);
    }
}
