package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.io.sheet.Row;

/**
 * One data row after parsing and, later, reconciling: the raw cells, the values read from
 * them, the issues found, and what the import does with it.
 */
public final class ParsedRow {
    /** What the import does with a row. */
    public enum Outcome {
        NEW, CHANGED, MOVED, UNCHANGED, REJECTED
    }

    private final Row raw;
    private Object values;
    private final List<Issue> issues = new ArrayList<>(0);
    private Outcome outcome;
    private List<Field> changed = List.of();
    private String movedFrom;
    /** A worker's name keyed for pinyin sort and search, worked out on the reading thread; null when not. */
    private String[] nameKeys;

    ParsedRow(Row raw) {
        this.raw = raw;
    }

    public int number() {
        return raw.number();
    }

    public Row raw() {
        return raw;
    }

    /** {@link WorkerValues} or {@link UnitValues}. */
    public Object values() {
        return values;
    }

    public List<Issue> issues() {
        return issues;
    }

    /** {@link org.xinye.ledger.domain.Pinyin#sortKey} and {@code searchForms} of the row's name; null when not worked out. */
    String[] nameKeys() {
        return nameKeys;
    }

    void nameKeys(String[] keys) {
        nameKeys = keys;
    }

    void values(Object v) {
        this.values = v;
    }

    void add(Issue i) {
        issues.add(i);
    }

    public boolean rejected() {
        for (Issue i : issues) {
            if (i.isError()) {
                return true;
            }
        }
        return false;
    }

    public Outcome outcome() {
        return outcome;
    }

    void outcome(Outcome o, List<Field> fields, String from) {
        this.outcome = o;
        this.changed = List.copyOf(fields);
        this.movedFrom = from;
    }

    /** The fields a CHANGED or MOVED row changes. */
    public List<Field> changed() {
        return changed;
    }

    /** For MOVED: the previous employer's name. */
    public String movedFrom() {
        return movedFrom;
    }
}
