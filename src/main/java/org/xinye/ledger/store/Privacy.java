package org.xinye.ledger.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xinye.ledger.domain.Masking;

/**
 * The ledger's privacy: the masking setting (whether ID numbers and mobiles are masked on
 * screen and preselected as masked for export; on unless turned off), and the end of undo,
 * after which the audit log keeps no whole personal numbers. Both live in the ledger, so
 * they travel with the file; every change of the setting is in the audit log.
 */
public final class Privacy {
    public static final String MASK = "privacy.mask";
    /** The last audit entry {@link #endUndo} has been through. */
    static final String UNDO_ENDED_THROUGH = "privacy.undoEndedThrough";
    /** Eleven digits in a row: the least a mobile or an ID number needs; other entries cannot hold one. */
    private static final String DIGIT_RUN = "'*" + "[0-9]".repeat(11) + "*'";
    private static final int BATCH = 500;

    private Privacy() {
    }

    public static boolean masking(Session s) {
        return s.settings().flag(MASK, true);
    }

    /** Changes the setting inside the caller's write transaction and records who did it. */
    public static void setMasking(Session s, boolean on) {
        boolean before = masking(s);
        if (before == on) {
            return;
        }
        s.settings().put(MASK, Boolean.toString(on));
        s.audit().append("setting", null, on ? "MASKING_ON" : "MASKING_OFF",
                "{\"" + MASK + "\": " + before + "}", "{\"" + MASK + "\": " + on + "}");
    }

    /**
     * Ends undo for every change logged so far. An edit keeps whole records in the audit
     * log's before/after so that the window that made it can undo it exactly; once that
     * window is gone nobody can, and a person deleted since must not live on there. Masks
     * the ID numbers and mobiles in those entries (inside JSON strings, so the history view
     * still reads them) and remembers how far it got, so each entry is read once. Run in a
     * write transaction when no window can undo any more (on opening and closing a ledger
     * in the window), then {@link Ledger#scrub()} so the old text leaves the file. Gives how
     * many entries changed.
     */
    public static int endUndo(Session s) {
        long from = undoEndedThrough(s);
        long through = Sql.count(s.connection(), "SELECT COALESCE(MAX(id), 0) FROM audit_log");
        record Entry(long id, String before, String after) {
        }
        int changed = 0;
        for (long last = from; last < through; ) {
            List<Entry> batch = Sql.list(s.connection(), "SELECT id, before, after FROM audit_log WHERE id > ? AND id <= ?"
                    + " AND (before GLOB " + DIGIT_RUN + " OR after GLOB " + DIGIT_RUN + ") ORDER BY id LIMIT ?",
                    rs -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)), last, through, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (Entry e : batch) {
                String before = masked(e.before());
                String after = masked(e.after());
                if (!Objects.equals(before, e.before()) || !Objects.equals(after, e.after())) {
                    Sql.update(s.connection(), "UPDATE audit_log SET before = ?, after = ? WHERE id = ?", before, after,
                            e.id());
                    changed++;
                }
            }
            last = batch.get(batch.size() - 1).id();
        }
        if (through > from) {
            s.settings().put(UNDO_ENDED_THROUGH, Long.toString(through));
        }
        return changed;
    }

    /** The last audit entry whose change can no longer be undone (0: none yet). */
    static long undoEndedThrough(Session s) {
        return s.settings().get(UNDO_ENDED_THROUGH).map(Long::parseLong).orElse(0L);
    }

    /**
     * The text with every ID number and mobile in its JSON strings masked; unchanged when there
     * is none. The strings are masked decoded: in the encoded text an escape before a number
     * ("\n150203…" after a line break in a note) would hide it from {@link Masking#inText}.
     */
    static String masked(String text) {
        if (text == null) {
            return null;
        }
        Object parsed;
        try {
            parsed = RecordJson.parse(text);
        } catch (RuntimeException notJson) {
            return Masking.inText(text);
        }
        Object masked = masked(parsed);
        return masked.equals(parsed) ? text : RecordJson.write(masked);
    }

    @SuppressWarnings("unchecked")
    private static Object masked(Object value) {
        if (value instanceof String s) {
            return Masking.inText(s);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, masked(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(masked(v)));
            return out;
        }
        return value;
    }
}
