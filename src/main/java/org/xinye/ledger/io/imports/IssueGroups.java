package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects every issue of an import into groups by rule and column as the rows go by (rows
 * arrive in file order, so a run of rows is one range). Counts are exact even where the issues
 * themselves are no longer kept.
 */
final class IssueGroups {
    private record Key(Issue.Severity severity, String code, String column) {
    }

    private static final class Builder {
        final Issue first;
        final List<int[]> ranges = new ArrayList<>();
        int count;

        Builder(Issue first) {
            this.first = first;
        }

        void add(int row) {
            count++;
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && row >= last[0] && row <= last[1] + 1) {
                last[1] = Math.max(last[1], row);
            } else {
                ranges.add(new int[] {row, row});
            }
        }
    }

    private final Map<Key, Builder> groups = new LinkedHashMap<>();

    /** The group of the last issue added: a roster's rows mostly repeat the row before's issue. */
    private Builder last;

    void add(Issue i) {
        Builder b = last != null && sameGroup(i, last.first) ? last : null;
        if (b == null) {
            // Once per issue, often once per row: get and put rather than a lambda made for every call.
            Key key = new Key(i.severity(), i.code(), i.column());
            b = groups.get(key);
            if (b == null) {
                b = new Builder(i);
                groups.put(key, b);
            }
        }
        last = b;
        b.add(i.row());
    }

    private static boolean sameGroup(Issue a, Issue b) {
        return a.severity() == b.severity() && Objects.equals(a.code(), b.code())
                && Objects.equals(a.column(), b.column());
    }

    /** Errors first, then warnings; within each, the group that starts earliest in the file first. */
    List<IssueGroup> list() {
        List<IssueGroup> out = new ArrayList<>(groups.size());
        for (Map.Entry<Key, Builder> e : groups.entrySet()) {
            Builder b = e.getValue();
            List<int[]> ranges = new ArrayList<>(b.ranges.size());
            for (int[] r : b.ranges) {
                ranges.add(r.clone());
            }
            out.add(new IssueGroup(e.getKey().severity(), e.getKey().code(), e.getKey().column(), b.first.field(),
                    b.count, ranges, b.first.hintKey(), b.first));
        }
        out.sort(Comparator.comparing((IssueGroup g) -> !g.isError()).thenComparingInt(g -> g.ranges().get(0)[0]));
        return out;
    }

    /** Groups the given issues (all of them known): for tests and for results built from kept issues. */
    static List<IssueGroup> of(List<Issue> issues) {
        IssueGroups g = new IssueGroups();
        issues.forEach(g::add);
        return g.list();
    }
}
