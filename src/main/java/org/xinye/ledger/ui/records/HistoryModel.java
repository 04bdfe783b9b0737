package org.xinye.ledger.ui.records;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xinye.ledger.store.AuditLine;
import org.xinye.ledger.store.ChangeLog;
import org.xinye.ledger.store.Session;

/** The history tab of a record: the audit log of that record, newest first, worded as on the 操作日志 page. */
public final class HistoryModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One line: when, who, what, and the details (fields before → after, linked rows). */
    public record Line(String when, String who, String action, String details) {
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public ObservableList<Line> lines() {
        return lines;
    }

    /** Reads the history (call inside a background read), in the 操作日志's own words. */
    public static List<Line> read(Session s, ChangeLog.Key key, ZoneId zone) {
        List<Line> out = new ArrayList<>();
        for (AuditLine line : s.changes().history(key)) {
            out.add(new Line(WHEN.format(line.at().atZone(zone)), line.who(), line.actionLabel(), line.changes()));
        }
        return out;
    }

    public void show(List<Line> loaded) {
        lines.setAll(loaded);
    }

    public void clear() {
        lines.clear();
    }
}
