package org.xinye.ledger.report.form;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.Text;

/**
 * Matches a form's words to the ledger's: column headers to {@link FormFigure}s by their
 * synonyms, row labels to counties and streets by name (with or without 区/县/旗/街道/镇…),
 * 合计/全市 to the total. Only equal words match, never a near one: what matches nothing is
 * left for the user to name, so no number lands in a row or column it was not meant for.
 */
final class FormMatcher {
    /** The row code of a total row (合计, 全市…). */
    static final String TOTAL = "total";
    private static final Set<String> TOTALS = Set.of("合计", "总计", "全市", "全区", "全县", "全旗", "全盟", "汇总",
            "合计数", "总数");
    private static final List<String> SUFFIXES = List.of("街道办事处", "街道", "苏木", "镇", "乡", "区", "县", "旗", "市");

    private static final Map<String, FormFigure> FIGURES = new HashMap<>();

    static {
        for (FormFigure f : FormFigure.values()) {
            for (String s : f.synonyms()) {
                FIGURES.putIfAbsent(s, f);
            }
        }
    }

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byShortName = new HashMap<>();
    /** Names two regions share (two streets of one name in two counties): they name neither. */
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> ambiguousShort = new HashSet<>();

    /** Counties and streets the rows may name. */
    FormMatcher(List<Region> regions) {
        for (Region r : regions) {
            String name = normalize(r.name());
            add(byName, ambiguous, name, r.code());
            add(byShortName, ambiguousShort, shortName(name), r.code());
        }
    }

    private static void add(Map<String, String> index, Set<String> ambiguous, String name, String code) {
        if (!name.isEmpty()) {
            String had = index.putIfAbsent(name, code);
            if (had != null && !had.equals(code)) {
                ambiguous.add(name);
            }
        }
    }

    /**
     * NFKC, lower case, no whitespace, no text in brackets (units such as （个） or (%)), no
     * asterisks, colons, slashes or percent signs.
     */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Text.compact(raw).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("([【〔<《".indexOf(c) >= 0) {
                depth++;
            } else if (")]】〕>》".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && "*※:：/\\、|%％".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.length() > suffix.length() + 1 && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The figure a header names, or null. */
    static FormFigure figure(String header) {
        return FIGURES.get(normalize(header));
    }

    /** True for a header that says its rates are in percent: 组织覆盖率（%）. */
    static boolean saysPercent(String header) {
        return header != null && (header.contains("%") || header.contains("％") || header.contains("百分"));
    }

    /** The region code (or {@link #TOTAL}) a row label names, or null. */
    String region(String label) {
        String n = normalize(label);
        if (n.isEmpty()) {
            return null;
        }
        if (TOTALS.contains(n)) {
            return TOTAL;
        }
        if (byName.containsKey(n)) {
            return ambiguous.contains(n) ? null : byName.get(n);
        }
        String s = shortName(n);
        String code = ambiguousShort.contains(s) ? null : byShortName.get(s);
        return code;
    }
}
