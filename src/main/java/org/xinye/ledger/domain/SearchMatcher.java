package org.xinye.ledger.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one search of every list and picker (units, orgs, streets, people, stations …): each
 * word typed must be found in one of a row's fields, as written (any case, full-width （二）
 * as a typed (二)), or, for a word of Latin letters, in the field's pinyin, full or by
 * initials: {@code mt}, {@code meituan} and {@code 美团} all find 美团外卖. A missing field
 * (null) holds nothing, not the word "null".
 */
public final class SearchMatcher {
    /** Pinyin forms of recent field values: a list of a few thousand rows is searched at every keystroke. */
    private static final Map<String, String> FORMS = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 50_000;
        }
    });

    private final List<String> words;

    private SearchMatcher(List<String> words) {
        this.words = words;
    }

    /** The search for what was typed; blank text matches everything. */
    public static SearchMatcher of(String typed) {
        String t = normalize(typed);
        return new SearchMatcher(t.isEmpty() ? List.of() : Arrays.stream(t.split("\\s+")).filter(w -> !w.isEmpty())
                .toList());
    }

    /** True when nothing was typed: every row matches. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every word is found in one of {@code fields}. */
    public boolean matches(String... fields) {
        for (String w : words) {
            if (!found(w, fields)) {
                return false;
            }
        }
        return true;
    }

    private static boolean found(String word, String[] fields) {
        for (String f : fields) {
            if (f != null && normalize(f).contains(word)) {
                return true;
            }
        }
        if (!isLatin(word)) {
            return false;
        }
        for (String f : fields) {
            if (f != null && forms(f).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is Latin letters only: the words a pinyin search is made of. */
    public static boolean isLatin(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static String forms(String field) {
        String cached = FORMS.get(field);
        if (cached == null) {
            cached = Pinyin.searchForms(field);
            FORMS.put(field, cached);
        }
        return cached;
    }

    private static String normalize(String s) {
        return Text.clean(s).toLowerCase(Locale.ROOT);
    }
}
