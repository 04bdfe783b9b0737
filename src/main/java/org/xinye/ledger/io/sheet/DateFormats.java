package org.xinye.ledger.io.sheet;

/** Whether a spreadsheet number format shows a date, so a date cell reads as a date and not a serial. */
final class DateFormats {
    private DateFormats() {
    }

    /**
     * Built-in ids 14–22 are dates (22 with time); 27–36 and 50–58 are the East Asian date
     * formats (e.g. {@code yyyy"年"m"月"d"日"}); a custom format is a date when, outside quotes
     * and brackets, it has a year, day or 年/月/日.
     */
    static boolean isDate(int id, String code) {
        if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
            return true;
        }
        if (code == null || id < 164) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                bracket++;
            } else if (!quoted && c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (!quoted && c == '\\') {
                i++;
            } else if (!quoted && bracket == 0) {
                b.append(Character.toLowerCase(c));
            }
        }
        String s = b.toString();
        if (s.indexOf('y') >= 0 || s.indexOf('d') >= 0) {
            return true;
        }
        return code.contains("年") || code.contains("月") && code.contains("日");
    }
}
