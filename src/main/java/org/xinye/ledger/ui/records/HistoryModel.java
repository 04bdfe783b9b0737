package org.xinye.ledger.ui.records;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Session;

/** The history tab of a record: the audit log of that record, newest first, as people read it. */
public final class HistoryModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One line: when, who, what, and the details (fields before → after, linked rows). */
    public record Line(String when, String who, String action, String details) {
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public ObservableList<Line> lines() {
        return lines;
    }

    /** Reads the history (call inside a background read). */
    public static List<Line> read(Session s, ChangeLog.Key key, ZoneId zone) {
        List<Line> out = new ArrayList<>();
        for (ChangeLog.HistoryItem item : s.changes().history(key)) {
            out.add(new Line(WHEN.format(item.at().atZone(zone)), item.who(), action(item), details(item)));
        }
        return out;
    }

    public void show(List<Line> loaded) {
        lines.setAll(loaded);
    }

    public void clear() {
        lines.clear();
    }

    private static String action(ChangeLog.HistoryItem item) {
        String label = Messages.auditAction(item.action());
        return item.undone() ? Messages.get("history.undone", label) : label;
    }

    private static String details(ChangeLog.HistoryItem item) {
        List<String> bits = new ArrayList<>();
        for (ChangeLog.FieldChange f : item.fields()) {
            bits.add(Messages.get("history.field", f.column(), f.before(), f.after()));
        }
        bits.addAll(item.linkChanges());
        return String.join(Messages.get("history.separator"), bits);
    }
}
