package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.xinye.ledger.domain.Messages;

/**
 * One problem shared by many rows: the rule (its code), the column, how many rows, and which
 * ones as ranges (12–40, 52). What a person reads instead of one line per row; each row still
 * has its own issue with its own value for the report sent back.
 */
public record IssueGroup(Issue.Severity severity, String code, String column, Field field, int count,
                         List<int[]> ranges, String hintKey, Issue first) {
    /** Ranges shown in one line before "…": enough to find the rows, short enough to read. */
    public static final int SHOWN_RANGES = 12;

    public IssueGroup {
        ranges = List.copyOf(ranges);
    }

    public boolean isError() {
        return severity == Issue.Severity.ERROR;
    }

    /** The rule in words, without any one row's value. */
    public String title() {
        return Messages.get(IssueTitles.key(code));
    }

    public String hint() {
        return hintKey == null ? "" : Messages.get(hintKey);
    }

    /** The rows as ranges: 12–40、52 (Chinese) or 12–40, 52, at most {@code shown} ranges, then …. */
    public String rows(int shown) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ranges.size() && i < shown; i++) {
            int[] r = ranges.get(i);
            parts.add(r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "–" + r[1]);
        }
        String s = String.join(Messages.get("import.group.separator"), parts);
        return ranges.size() > shown ? s + Messages.get("import.group.more") : s;
    }

    /** The ranges as {from, to} pairs, for JSON. */
    public List<List<Integer>> rangeList() {
        List<List<Integer>> out = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            out.add(List.of(r[0], r[1]));
        }
        return out;
    }

    /**
     * One line: 性别 · 性别与身份证号不符，已按身份证号记录：300 行（第 12–40、52 行）。Hint. A problem of a
     * single row is told as that row's own issue, with its value. The count is plain, as the command
     * line and the files written for the sender give numbers.
     */
    public String describe() {
        return describe(String::valueOf);
    }

    /** {@link #describe()} with the row count as {@code shown} writes it (the window groups thousands: 3,000). */
    public String describe(IntFunction<String> shown) {
        if (count == 1) {
            return first.describe();
        }
        String h = hint();
        return Messages.get("import.group.line", column == null || column.isEmpty() ? "—" : column, title(),
                shown.apply(count), rows(SHOWN_RANGES)) + (h.isEmpty() ? "" : " " + h);
    }
}
