package org.xinye.ledger.report.form;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.SettingsRepository;

/**
 * The user's own answers for one form, remembered in the ledger under the form's signature:
 * which figure a header means and which region a row label means, or that it is not to be
 * filled ({@link #SKIP}). They win over the built-in synonyms, so next month's copy of the
 * same form fills without asking.
 */
public final class FormMapping {
    /** Not to be filled. */
    public static final String SKIP = "-";
    private static final String COLUMN = "col";
    private static final String ROW = "row";

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, String> rows = new LinkedHashMap<>();

    /** The answers remembered in the ledger for the form with this signature (none: empty). */
    public static FormMapping remembered(Session s, String signature) {
        return decode(s.settings().get(SettingsRepository.FORM_MAPPING + signature).orElse(null));
    }

    /** Keeps these answers in the ledger for the form with this signature. */
    public void remember(Session s, String signature) {
        s.settings().put(SettingsRepository.FORM_MAPPING + signature, encode());
    }

    /** The answer for a header (a figure's name or {@link #SKIP}), or null when none. */
    String column(String header) {
        return columns.get(FormMatcher.normalize(header));
    }

    /** The answer for a row label (a region code, {@code total} or {@link #SKIP}), or null when none. */
    String row(String label) {
        return rows.get(FormMatcher.normalize(label));
    }

    public void setColumn(String header, FormFigure figure) {
        columns.put(FormMatcher.normalize(header), figure == null ? SKIP : figure.name());
    }

    public void setRow(String label, String code) {
        rows.put(FormMatcher.normalize(label), code == null ? SKIP : code);
    }

    /** One line per answer: {@code col|row TAB normalized words TAB answer}. */
    public String encode() {
        StringBuilder b = new StringBuilder();
        columns.forEach((k, v) -> b.append(COLUMN).append('\t').append(k).append('\t').append(v).append('\n'));
        rows.forEach((k, v) -> b.append(ROW).append('\t').append(k).append('\t').append(v).append('\n'));
        return b.toString();
    }

    /** Reads {@link #encode}'s text; lines it does not understand are left out. */
    public static FormMapping decode(String text) {
        FormMapping m = new FormMapping();
        if (text == null) {
            return m;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3 && !parts[1].isEmpty() && !parts[2].isEmpty()) {
                if (parts[0].equals(COLUMN) && (parts[2].equals(SKIP) || isFigure(parts[2]))) {
                    m.columns.put(parts[1], parts[2]);
                } else if (parts[0].equals(ROW)) {
                    m.rows.put(parts[1], parts[2]);
                }
            }
        }
        return m;
    }

    private static boolean isFigure(String name) {
        for (FormFigure f : FormFigure.values()) {
            if (f.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
