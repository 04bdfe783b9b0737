package org.xinye.ledger.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Chinese text the way Chinese users order and look for it: by pinyin. Names sort syllable by
 * syllable (阿里巴巴, 包头市, 曾华, 李四, 美团 …), and a search for {@code mt} or {@code meituan}
 * finds 美团.
 *
 * <p>The pinyin of a character comes from TinyPinyin: a table of every CJK unified ideograph,
 * loaded in about 40 ms on first use. ICU4J's Chinese collator orders the same way, but costs
 * 15 MB, a fifth of a second or more to load, and its pinyin transliterator two seconds, then
 * 2 ms a name: too slow to key 100,000 names. Tones are not known, so characters of one
 * syllable sort by their code point.
 */
public final class Pinyin {
    /**
     * Characters whose first reading in the table is the rarer one in names of people, places
     * and firms: their order follows the reading these names use (曾华 among the Z).
     */
    private static final Map<Character, String> MAIN = Map.of('曾', "zeng", '重', "chong", '长', "chang", '厦', "xia",
            '藏', "zang");
    /** Other readings of characters that stand for both in names, so a search finds either (单 shan, 解 xie …). */
    private static final Map<Character, List<String>> ALSO = Map.ofEntries(
            Map.entry('曾', List.of("ceng")), Map.entry('单', List.of("shan", "chan")), Map.entry('解', List.of("xie")),
            Map.entry('仇', List.of("qiu")), Map.entry('朴', List.of("piao")), Map.entry('区', List.of("ou")),
            Map.entry('查', List.of("zha")), Map.entry('乐', List.of("yue")), Map.entry('覃', List.of("qin")),
            Map.entry('缪', List.of("miao")), Map.entry('长', List.of("zhang")), Map.entry('重', List.of("zhong")),
            Map.entry('行', List.of("hang")), Map.entry('沈', List.of("shen")), Map.entry('翟', List.of("di")),
            Map.entry('尉', List.of("yu")), Map.entry('盖', List.of("ge")), Map.entry('员', List.of("yun")),
            Map.entry('万', List.of("mo")), Map.entry('阿', List.of("e")));
    /** Sorts before every letter and digit: a syllable ends before a longer one (li before lin). */
    private static final char SYLLABLE_END = ' ';
    /** Sorts before everything: after the pinyin, the text itself decides between equal spellings. */
    private static final char THEN_TEXT = '\u0001';
    /** Between the forms {@link #searchForms} joins, so a search cannot match across two of them. */
    public static final char FORM_SEPARATOR = '|';

    /** Pinyin order of any two texts (null first): what every sort of Chinese text in the app uses. */
    public static final Comparator<String> ORDER = Comparator.nullsFirst(Comparator.comparing(Pinyin::cachedKey,
            Pinyin::compareCodePoints));
    /** Sort keys of recent texts: a table sorted by a column compares each of its texts many times. */
    private static final Map<String, String> KEYS = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 50_000;
        }
    });

    /** Each character's readings once looked up ({@link #readings}); an empty list for one that is not Chinese. */
    @SuppressWarnings("unchecked")
    private static final List<String>[] READINGS = new List[Character.MAX_VALUE + 1];

    private Pinyin() {
    }

    /** Whether {@code c} is a Chinese character with a pinyin reading. */
    public static boolean isHan(char c) {
        return c >= 0x3007 && com.github.promeg.pinyinhelper.Pinyin.isChinese(c);
    }

    /** The reading {@code c} sorts by, lower case without tone; null when it is not a Chinese character. */
    public static String reading(char c) {
        List<String> rs = readings(c);
        return rs.isEmpty() ? null : rs.get(0);
    }

    /** Every reading of {@code c} a search accepts, the one it sorts by first; empty when not Chinese. */
    public static List<String> readings(char c) {
        // Looked up once per character: an import keys 100,000 names, and the table's lookup and
        // lower-casing were most of the time of each.
        List<String> known = READINGS[c];
        if (known == null) {
            known = lookUp(c);
            READINGS[c] = known;
        }
        return known;
    }

    private static List<String> lookUp(char c) {
        String main = MAIN.get(c);
        if (main == null) {
            if (!isHan(c)) {
                return List.of();
            }
            main = com.github.promeg.pinyinhelper.Pinyin.toPinyin(c).toLowerCase(Locale.ROOT);
        }
        List<String> also = ALSO.get(c);
        if (also == null) {
            return List.of(main);
        }
        List<String> all = new ArrayList<>(also.size() + 1);
        all.add(main);
        for (String r : also) {
            if (!r.equals(main)) {
                all.add(r);
            }
        }
        String table = com.github.promeg.pinyinhelper.Pinyin.toPinyin(c).toLowerCase(Locale.ROOT);
        if (!all.contains(table)) {
            all.add(table);
        }
        return List.copyOf(all);
    }

    /**
     * The key that puts texts in pinyin order when compared by code point (also as SQLite
     * compares text, so a column of keys sorts in SQL as {@link #ORDER} sorts in memory):
     * each Chinese character as its syllable, other letters in lower case, then the text itself.
     */
    public static String sortKey(String text) {
        if (text == null) {
            return "";
        }
        String t = Text.clean(text);
        StringBuilder b = new StringBuilder(t.length() * 4 + 2);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            String r = reading(c);
            if (r != null) {
                b.append(r).append(SYLLABLE_END);
            } else if (!Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.append(THEN_TEXT).append(t).toString();
    }

    /**
     * What a pinyin search looks in: the full pinyin and the initials of {@code text}, each in
     * every combination of the readings {@link #readings} knows (at most a few), joined by
     * {@link #FORM_SEPARATOR}; empty when the text has no Chinese character. 美团外卖 gives
     * {@code meituanwaimai|mtwm}.
     */
    public static String searchForms(String text) {
        String t = Text.compact(text).toLowerCase(Locale.ROOT);
        // One spelling while no character has a second reading (most names): no list of forms to branch.
        StringBuilder full = new StringBuilder(t.length() * 4);
        StringBuilder initials = new StringBuilder(t.length());
        boolean han = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            List<String> rs = readings(c);
            if (rs.size() > 1) {
                return branchedForms(t, i, List.of(full), List.of(initials));
            }
            if (rs.isEmpty()) {
                full.append(c);
                initials.append(c);
            } else {
                han = true;
                full.append(rs.get(0));
                initials.append(rs.get(0).charAt(0));
            }
        }
        if (!han) {
            return "";
        }
        String f = full.toString();
        String in = initials.toString();
        return f.equals(in) ? f : f + FORM_SEPARATOR + in;
    }

    /** {@link #searchForms} from position {@code from} on, once a character with several readings is met. */
    private static String branchedForms(String t, int from, List<StringBuilder> fullSoFar,
                                        List<StringBuilder> initialsSoFar) {
        List<StringBuilder> full = new ArrayList<>(fullSoFar);
        List<StringBuilder> initials = new ArrayList<>(initialsSoFar);
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            List<String> rs = readings(c);
            if (rs.isEmpty()) {
                for (StringBuilder b : full) {
                    b.append(c);
                }
                for (StringBuilder b : initials) {
                    b.append(c);
                }
                continue;
            }
            if (rs.size() > 1 && full.size() < 4) {
                full = branch(full, rs, false);
                initials = branch(initials, rs, true);
            } else {
                for (StringBuilder b : full) {
                    b.append(rs.get(0));
                }
                for (StringBuilder b : initials) {
                    b.append(rs.get(0).charAt(0));
                }
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (StringBuilder b : full) {
            forms.add(b.toString());
        }
        for (StringBuilder b : initials) {
            forms.add(b.toString());
        }
        return String.join(String.valueOf(FORM_SEPARATOR), forms);
    }

    /**
     * {@code rows} in pinyin order of {@code name}, rows of one name kept in the order they
     * came (a stable sort, each key computed once).
     */
    public static <T> List<T> sorted(List<T> rows, Function<T, String> name) {
        List<Map.Entry<String, T>> keyed = new ArrayList<>(rows.size());
        for (T r : rows) {
            keyed.add(Map.entry(sortKey(name.apply(r)), r));
        }
        keyed.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
        List<T> out = new ArrayList<>(rows.size());
        for (Map.Entry<String, T> e : keyed) {
            out.add(e.getValue());
        }
        return out;
    }

    private static List<StringBuilder> branch(List<StringBuilder> forms, List<String> readings, boolean initial) {
        List<StringBuilder> out = new ArrayList<>();
        for (StringBuilder f : forms) {
            for (String r : readings) {
                out.add(new StringBuilder(f).append(initial ? r.substring(0, 1) : r));
            }
        }
        return out;
    }

    private static String cachedKey(String text) {
        return KEYS.computeIfAbsent(text, Pinyin::sortKey);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
