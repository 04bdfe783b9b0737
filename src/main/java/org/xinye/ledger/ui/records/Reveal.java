package org.xinye.ledger.ui.records;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Session;

/**
 * 显示 on a record page: notes in the audit log that this user looked at the selected record's
 * masked personal numbers, then shows them. Only that record: the next one opens masked again.
 */
final class Reveal {
    private Reveal() {
    }

    /** {@code read} reads what the form does not hold with the note; {@code show} puts it in the form. */
    static <R> void selected(RecordPageModel<?, ?> page, Function<Session, R> read, Consumer<R> show) {
        Long id = page.selectedId();
        Ledger ledger = page.workspace.ledger();
        if (id == null || ledger == null) {
            return;
        }
        // Not workspace.write: nothing any page shows has changed, and a reload would mask the form again.
        page.workspace.background().submitWrite(Messages.get("task.saving"), p -> ledger.write(s -> {
            s.changes().reveal(page.changes.key(id));
            return p.commitWith(read.apply(s));
        }), value -> {
            if (Objects.equals(page.selectedId(), id)) {
                show.accept(value);
                page.notice(Messages.get("records.revealed"));
                page.loadDetail(id, false);
            }
        }, page.workspace::fail);
    }
}
