package org.xinye.ledger.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.Messages;

/**
 * One entry of the audit log (操作日志) as a cadre reads it: when, who, a sentence that says
 * what was done to which record (by its name; a person with the masked ID number) or to the
 * whole ledger (with its counts), each field of the record before and after (labels, names and
 * values in the window's language, personal numbers masked while the privacy setting is on),
 * and the linked rows or facts that changed. Made by {@link AuditFormat}, the one place this
 * wording is written, for the 操作日志 page, its export and each record's 修改历史.
 *
 * @param subject the record's name as the sentence gives it; empty for whole-ledger events
 * @param notes   linked rows added, removed or changed, and the facts of a whole-ledger event
 */
public record AuditLine(long id, Instant at, String who, String entity, Long entityId, String action,
                        String sentence, String subject, List<FieldChange> fields, List<String> notes,
                        Long changeId, boolean undone) {

    /** A field of the record itself, before and after, as people read it. */
    public record FieldChange(String column, String before, String after) {
    }

    /** What the action is called ({@code 修改}, {@code 导入}…), marked when it was undone since. */
    public String actionLabel() {
        String label = Messages.auditAction(action);
        return undone ? Messages.get("history.undone", label) : label;
    }

    /** The changes in one line: {@code 手机号：138****5678 → 139****0000；新增覆盖关系：…}. */
    public String changes() {
        List<String> bits = new ArrayList<>();
        for (FieldChange f : fields) {
            bits.add(Messages.get("history.field", f.column(), f.before(), f.after()));
        }
        bits.addAll(notes);
        return String.join(Messages.get("history.separator"), bits);
    }
}
