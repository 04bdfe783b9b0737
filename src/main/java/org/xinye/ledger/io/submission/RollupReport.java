package org.xinye.ledger.io.submission;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.rollup.Received;
import org.xinye.ledger.store.rollup.Rollups;

/** A roll-up's outcome in words, one line a file: taken in (replacing an earlier one or not) or refused, and why. */
public final class RollupReport {
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private RollupReport() {
    }

    public static List<String> taken(RollupJob.Outcome o) {
        List<String> out = new ArrayList<>();
        for (Rollups.Taken t : o.taken()) {
            Received r = t.received();
            out.add(Messages.get(t.replacedId() == null ? "cli.rollup.taken" : "cli.rollup.replaced",
                    r.file().getFileName(), r.scopeName(), r.period().toString(), WHEN.format(r.createdAt()),
                    r.units(), r.workers()));
        }
        return out;
    }

    public static List<String> refused(RollupJob.Outcome o) {
        List<String> out = new ArrayList<>();
        for (RollupJob.Refusal r : o.refused()) {
            out.add(Messages.get("cli.rollup.refused", r.file().getFileName(), r.message()));
        }
        return out;
    }

    /** All of it, taken files first. */
    public static String text(RollupJob.Outcome o) {
        List<String> lines = new ArrayList<>(taken(o));
        lines.addAll(refused(o));
        return String.join("\n", lines);
    }
}
