package org.xinye.ledger.store;

import java.util.Locale;
import org.xinye.ledger.domain.Pinyin;
import org.xinye.ledger.domain.SearchMatcher;
import org.xinye.ledger.domain.Text;

/**
 * What a search box finds, in SQL: the one place where typed text becomes a condition, for
 * every table's page, its export and {@code export --filter q=…}. The text is taken as
 * typed (after {@link Text#clean}): no character is special, {@code %} and {@code _}
 * included.
 */
public final class TextSearch {
    private TextSearch() {
    }

    /**
     * The 人员 search (workers, alias {@code w}): the name contains the text; or, when it is
     * Latin letters, the name's pinyin, full or by initials, does ({@code zs} finds 张三, as
     * {@link SearchMatcher} finds in every other list; the column {@code name_py} holds
     * {@link Pinyin#searchForms}); or, when it is digits (and X), the ID number or mobile does.
     * Nothing typed adds no condition.
     */
    public static void workers(Where where, String typed) {
        String text = Text.clean(typed);
        if (text.isEmpty()) {
            return;
        }
        String digits = Text.compact(text).toUpperCase(Locale.ROOT);
        String pinyin = Text.compact(text).toLowerCase(Locale.ROOT);
        if (digits.matches("[0-9X]+")) {
            where.and("instr(w.name, ?) > 0 OR instr(w.id_number, ?) > 0 OR instr(w.mobile, ?) > 0", text, digits,
                    digits);
        } else if (SearchMatcher.isLatin(pinyin)) {
            where.and("instr(w.name, ?) > 0 OR instr(w.name_py, ?) > 0", text, pinyin);
        } else {
            // Without the number and pinyin columns SQLite need not read them at all.
            where.and("instr(w.name, ?) > 0", text);
        }
    }

    /** One column contains the text (Latin letters in any case). Nothing typed adds no condition. */
    public static void contains(Where where, String typed, String column) {
        anyContains(where, typed, column);
    }

    /** Any of the columns contains the text (Latin letters in any case). Nothing typed adds no condition. */
    public static void anyContains(Where where, String typed, String... columns) {
        String text = Text.clean(typed).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            return;
        }
        StringBuilder term = new StringBuilder();
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            term.append(i == 0 ? "" : " OR ").append("instr(upper(").append(columns[i]).append("), ?) > 0");
            values[i] = text;
        }
        where.and(term.toString(), values);
    }
}
