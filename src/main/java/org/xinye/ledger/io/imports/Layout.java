package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.io.sheet.FileRefusedException;
import org.xinye.ledger.io.sheet.Row;

/**
 * Where the table is in a sheet as people make them: title, 填报单位（盖章） and 填报日期 lines
 * above the header, sometimes a second header row under a merged group header, a 序号
 * column, and 填表人/审核人 lines and blanks below the data.
 */
public final class Layout {
    /** How many rows from the top are searched for the header. */
    public static final int SEARCH_ROWS = 40;
    private static final Pattern FOOTER = Pattern.compile(
            "^(填表人|填报人|审核人|制表人|统计人|审核|制表|负责人签字|单位负责人|分管领导|主要负责人|填表日期|报送日期|注[:：]|说明[:：]|备注[:：]).*");
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计|共计).*");

    private final ImportType type;
    private final int headerRow;
    private final int lastHeaderRow;
    private final List<String> preamble;
    private final List<Column> columns;
    /** The mapped columns' indexes and their headers as cleaned text: what every data row is compared with. */
    private final int[] mappedIndexes;
    private final String[] mappedHeaders;

    private Layout(ImportType type, int headerRow, int lastHeaderRow, List<String> preamble, List<Column> columns) {
        this.type = type;
        this.headerRow = headerRow;
        this.lastHeaderRow = lastHeaderRow;
        this.preamble = List.copyOf(preamble);
        this.columns = List.copyOf(columns);
        List<Column> mapped = this.columns.stream().filter(c -> c.field() != null).toList();
        this.mappedIndexes = mapped.stream().mapToInt(Column::index).toArray();
        this.mappedHeaders = mapped.stream().map(c -> Text.clean(c.header())).toArray(String[]::new);
    }

    /**
     * Finds the header among the first rows: the row naming the most known fields (or the
     * columns named in {@code overrides}), then applies the overrides (header → field key,
     * or {@code ignore}).
     */
    public static Layout detect(String fileName, List<Row> top, ImportType type, Map<String, String> overrides) {
        Set<String> overridden = new HashSet<>();
        for (String h : overrides.keySet()) {
            overridden.add(Headers.normalize(h));
        }
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < top.size() && i < SEARCH_ROWS; i++) {
            int score = score(top.get(i), type, overridden);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            throw new FileRefusedException(FileRefusedException.Cause.LAYOUT, "import.layout.noHeader", null, fileName,
                    requiredLabels(type));
        }
        Row header = top.get(best);
        int width = header.cells().length;
        List<Column> cols = new ArrayList<>();
        Set<Field> used = new HashSet<>();
        for (int c = 0; c < width; c++) {
            // Kept as typed (only trimmed), so reports show the sender's own headers.
            String text = header.text(c).strip();
            cols.add(column(c, text, type, used));
        }
        int last = header.number();
        // A second header row under merged group headers (联系方式 over 手机号 | 座机).
        if (best + 1 < top.size()) {
            Row sub = top.get(best + 1);
            List<Column> merged = new ArrayList<>(cols);
            int added = 0;
            boolean data = false;
            for (int c = 0; c < sub.cells().length; c++) {
                String text = sub.text(c).strip();
                if (text.isEmpty()) {
                    continue;
                }
                Field f = Headers.match(type, text);
                boolean group = c < width && isGroup(header, c);
                while (merged.size() <= c) {
                    merged.add(new Column(merged.size(), "", null, false));
                }
                Field above = merged.get(c).field();
                if (f != null && (f == above || (!used.contains(f) && (above == null || group)))) {
                    merged.set(c, new Column(c, text, f, false));
                    added++;
                } else if (f == null && group) {
                    merged.set(c, new Column(c, text, null, false));
                } else if (f == null && !text.equals(c < width ? header.text(c).strip() : "")) {
                    data = true;
                }
            }
            if (added > 0 && !data) {
                cols = merged;
                last = sub.number();
            }
        }
        List<String> preamble = new ArrayList<>();
        for (int i = 0; i < best; i++) {
            preamble.add(String.join(" ", distinctTexts(top.get(i))));
        }
        Layout layout = new Layout(type, header.number(), last, preamble, cols);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            layout = layout.override(e.getKey(), e.getValue());
        }
        return layout;
    }

    /** A header cell repeated from a neighbour: one merged group header over several columns. */
    private static boolean isGroup(Row header, int c) {
        String t = header.text(c).strip();
        return !t.isEmpty() && (t.equals(header.text(c - 1).strip()) || t.equals(header.text(c + 1).strip()));
    }

    private static Column column(int c, String text, ImportType type, Set<Field> used) {
        if (Headers.isSequence(text)) {
            return new Column(c, text, null, true);
        }
        Field f = Headers.match(type, text);
        if (f != null && used.add(f)) {
            return new Column(c, text, f, false);
        }
        return new Column(c, text, null, false);
    }

    private static int score(Row r, ImportType type, Set<String> overridden) {
        Set<Field> fields = new HashSet<>();
        int extra = 0;
        for (int c = 0; c < r.cells().length; c++) {
            String t = r.text(c);
            Field f = Headers.match(type, t);
            if (f != null) {
                fields.add(f);
            } else if (!t.isBlank() && overridden.contains(Headers.normalize(t))) {
                extra++;
            }
        }
        return fields.size() + extra;
    }

    private static List<String> distinctTexts(Row r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < r.cells().length; c++) {
            String t = r.text(c).strip();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String requiredLabels(ImportType type) {
        List<String> out = new ArrayList<>();
        for (Field f : Field.of(type)) {
            if (f.required()) {
                out.add(f.label());
            }
        }
        return String.join("、", out);
    }

    /** This layout with the column headed {@code header} feeding {@code fieldKey} (or nothing, for {@code ignore}). */
    public Layout override(String header, String fieldKey) {
        String h = Headers.normalize(header);
        int index = -1;
        for (Column c : columns) {
            if (Headers.normalize(c.header()).equals(h)) {
                index = c.index();
                break;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException(org.xinye.ledger.domain.Messages.get("import.map.noColumn", header,
                    String.join("、", headers())));
        }
        Field f = null;
        if (!isIgnore(fieldKey)) {
            f = Field.byName(type, fieldKey);
            if (f == null) {
                throw new IllegalArgumentException(org.xinye.ledger.domain.Messages.get("import.map.noField", fieldKey,
                        fieldKeys(type)));
            }
        }
        return withField(index, f);
    }

    static boolean isIgnore(String key) {
        String k = key.trim().toLowerCase(java.util.Locale.ROOT);
        return k.equals("ignore") || k.equals("-") || k.equals("不导入") || k.isEmpty();
    }

    public static String fieldKeys(ImportType type) {
        List<String> keys = new ArrayList<>();
        for (Field f : Field.of(type)) {
            keys.add(f.key());
        }
        keys.add("ignore");
        return String.join(", ", keys);
    }

    /** This layout with column {@code index} feeding {@code field} (null: not imported); another column with that field loses it. */
    public Layout withField(int index, Field field) {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) {
            if (c.index() == index) {
                cols.add(new Column(c.index(), c.header(), field, field == null && c.sequence()));
            } else if (field != null && field == c.field()) {
                cols.add(c.withField(null));
            } else {
                cols.add(c);
            }
        }
        return new Layout(type, headerRow, lastHeaderRow, preamble, cols);
    }

    /** Refuses a mapping without a column for every required field. */
    public void requireFields(String fileName) {
        List<String> missing = new ArrayList<>();
        for (Field f : Field.of(type)) {
            if (f.required() && fieldColumns().get(f) == null) {
                missing.add(f.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new FileRefusedException(FileRefusedException.Cause.LAYOUT, "import.layout.missingRequired", null,
                    fileName, String.join("、", missing), String.join("、", headers()));
        }
    }

    public Map<Field, Integer> fieldColumns() {
        Map<Field, Integer> m = new EnumMap<>(Field.class);
        for (Column c : columns) {
            if (c.field() != null) {
                m.put(c.field(), c.index());
            }
        }
        return m;
    }

    /** A column left out because an earlier column with a header for the same field is imported. */
    public record Duplicate(Column ignored, Field field, Column used) {
    }

    /**
     * The columns with a header that feed no field (序号 aside): the summary names them, so no
     * column is left out without the user seeing it.
     */
    public List<Column> unmapped() {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.field() == null && !c.sequence() && !c.header().isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The unmapped columns whose header names a field that another column feeds (手机号 and 联系电话). */
    public List<Duplicate> duplicates() {
        Map<Field, Integer> fed = fieldColumns();
        List<Duplicate> out = new ArrayList<>();
        for (Column c : unmapped()) {
            Field f = Headers.match(type, c.header());
            if (f != null && fed.containsKey(f)) {
                int used = fed.get(f);
                out.add(new Duplicate(c, f, columns.stream().filter(u -> u.index() == used).findFirst().orElseThrow()));
            }
        }
        return out;
    }

    public List<String> headers() {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            if (!c.header().isEmpty()) {
                out.add(c.header());
            }
        }
        return out;
    }

    /** A row after the data: 填表人, 审核人, a 注： line. Reading stops there. */
    public boolean isFooter(Row r) {
        String first = firstText(r);
        return first != null && r.nonBlankCount() <= 6 && FOOTER.matcher(first).matches();
    }

    /**
     * A row inside the data that is not a record: blank in every imported column (a template
     * numbered down to row 100), a 合计 line, or the header repeated.
     */
    public boolean isSkippable(Row r) {
        boolean any = false;
        int sameAsHeader = 0;
        int mapped = mappedIndexes.length;
        for (int k = 0; k < mapped; k++) {
            String t = Text.clean(r.text(mappedIndexes[k]));
            if (!t.isEmpty()) {
                any = true;
                if (t.equals(mappedHeaders[k])) {
                    sameAsHeader++;
                }
            }
        }
        if (!any) {
            return true;
        }
        if (r.nonBlankCount() <= 4) {
            String first = firstText(r);
            if (first != null && TOTAL.matcher(first).matches()) {
                return true;
            }
        }
        return mapped > 1 && sameAsHeader >= Math.min(2, mapped);
    }

    private static String firstText(Row r) {
        for (int c = 0; c < r.cells().length; c++) {
            String t = Text.compact(r.text(c));
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    public ImportType type() {
        return type;
    }

    /** The header's row number (1-based). */
    public int headerRow() {
        return headerRow;
    }

    /** The last header row (the sub-header, when there is one); data starts below it. */
    public int lastHeaderRow() {
        return lastHeaderRow;
    }

    /** The title, stamp and date lines above the header, as text. */
    public List<String> preamble() {
        return preamble;
    }

    public List<Column> columns() {
        return columns;
    }
}
