package org.xinye.ledger.io.imports;

import java.util.List;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;

/**
 * A problem found in one row: where (row number, column header), what (a stable code and a
 * message), the value as the sender typed it (kept for the error report) and what to do.
 * An ERROR rejects the row; a WARNING does not.
 */
public record Issue(int row, String column, Field field, String original, Severity severity, String code,
                    String messageKey, List<Object> args, String hintKey) {

    public enum Severity {
        ERROR, WARNING
    }

    public Issue {
        args = List.copyOf(args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message() {
        return Messages.get(messageKey, args.toArray());
    }

    public String hint() {
        return hintKey == null ? "" : Messages.get(hintKey);
    }

    /** The value for display and reports: ID numbers and phones masked. */
    public String shownValue() {
        return mask(field, original);
    }

    /** Masks personal numbers (ID, mobile) by field; other values are shown as they are. */
    public static String mask(Field field, String value) {
        if (value == null || value.isEmpty() || field == null) {
            return value == null ? "" : value;
        }
        return switch (field) {
            case ID_NUMBER -> Masking.idNumber(value);
            case MOBILE, CONTACT_PHONE -> Masking.mobile(value);
            default -> value;
        };
    }

    /** One line: 第 12 行 · 身份证号 · 150203********1234 · message. Hint. */
    public String describe() {
        String v = shownValue();
        String h = hint();
        return Messages.get("import.issue.line", row, column == null ? "" : column, v.isEmpty() ? "—" : v, message())
                + (h.isEmpty() ? "" : " " + h);
    }
}
