package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.domain.Text;

/**
 * Townships by name, for matching what senders type: {@code 少先路街道}, {@code 少先路},
 * {@code 昆都仑区少先路街道}, {@code 昆都仑区/少先路街道}, a 12-digit code, or a name with the
 * county in a column of its own. A name shared by two counties matches only with its county.
 */
final class RegionIndex {
    private static final String[] SUFFIXES = {"街道", "镇", "苏木", "乡", "街道办事处", "办事处"};
    private static final String[] COUNTY_SUFFIXES = {"区", "旗", "县", "市"};

    /** How a township reference resolved; {@code counties} names the counties of an ambiguous name. */
    record Match(String code, int candidates, String counties) {
        boolean found() {
            return code != null;
        }
    }

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> townships = new HashMap<>();
    private final Map<String, Region> counties = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();

    RegionIndex(List<Region> regions) {
        for (Region r : regions) {
            byCode.put(r.code(), r);
            if (r.level() == RegionLevel.TOWNSHIP) {
                townships.computeIfAbsent(Text.compact(r.name()), k -> new ArrayList<>()).add(r);
            } else if (r.level() == RegionLevel.COUNTY) {
                counties.put(Text.compact(r.name()), r);
                prefixes.add(Text.compact(r.name()));
            } else if (r.level() == RegionLevel.CITY) {
                prefixes.add(Text.compact(r.name()));
            }
        }
        // Longest first, so 包头市 does not hide 包头市昆都仑区.
        prefixes.sort((a, b) -> b.length() - a.length());
    }

    Match township(String countyText, String townshipText) {
        if (townshipText == null) {
            return new Match(null, 0, "");
        }
        String t = Text.compact(townshipText).replaceAll("[/\\\\\\-·|,，、]", "");
        Region byItsCode = byCode.get(t);
        if (byItsCode != null && byItsCode.level() == RegionLevel.TOWNSHIP) {
            return new Match(byItsCode.code(), 1, "");
        }
        Region county = countyText == null ? null : county(countyText);
        // A township's own name may begin with a city or county name (包头市装备制造产业园区), so the
        // text is tried as a name before each prefix is taken for a place above it.
        List<Region> found = named(t);
        while (found.isEmpty()) {
            String p = prefix(t);
            if (p == null) {
                break;
            }
            Region c = counties.get(p);
            if (c != null) {
                county = c;
            }
            t = t.substring(p.length());
            found = named(t);
        }
        if (county != null) {
            String cc = county.code();
            found = found.stream().filter(r -> cc.equals(r.parentCode())).toList();
        }
        if (found.size() == 1) {
            return new Match(found.get(0).code(), 1, "");
        }
        List<String> names = new ArrayList<>();
        for (Region r : found) {
            Region c = byCode.get(r.parentCode());
            names.add(c == null ? r.code() : c.name());
        }
        return new Match(null, found.size(), String.join("、", names));
    }

    /**
     * The township a unit's name names, as 迅达快递少先路站 names 少先路街道: the one township whose
     * name, or name without its suffix (two characters at least), the unit's name contains; null
     * when none or several do.
     */
    String namedIn(String unitName) {
        String n = Text.compact(unitName);
        String found = null;
        for (List<Region> same : townships.values()) {
            for (Region r : same) {
                String full = Text.compact(r.name());
                String shortName = full;
                for (String suffix : SUFFIXES) {
                    if (full.endsWith(suffix) && full.length() - suffix.length() >= 2) {
                        shortName = full.substring(0, full.length() - suffix.length());
                        break;
                    }
                }
                if (n.contains(shortName)) {
                    if (found != null && !found.equals(r.code())) {
                        return null;
                    }
                    found = r.code();
                }
            }
        }
        return found;
    }

    /** The townships called {@code t}, or {@code t} with a township suffix (少先路 → 少先路街道). */
    private List<Region> named(String t) {
        List<Region> found = townships.getOrDefault(t, List.of());
        for (int i = 0; found.isEmpty() && i < SUFFIXES.length; i++) {
            found = townships.getOrDefault(t + SUFFIXES[i], List.of());
        }
        return found;
    }

    /** The longest city or county name {@code t} begins with and goes on after; null when none. */
    private String prefix(String t) {
        for (String p : prefixes) {
            if (t.startsWith(p) && t.length() > p.length()) {
                return p;
            }
        }
        return null;
    }

    private Region county(String text) {
        String c = Text.compact(text);
        Region r = counties.get(c);
        if (r == null) {
            for (String s : COUNTY_SUFFIXES) {
                r = counties.get(c + s);
                if (r != null) {
                    break;
                }
            }
        }
        return r;
    }
}
