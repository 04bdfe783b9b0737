package org.xinye.ledger.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminals, aligned by display width (CJK characters are two columns wide). */
public final class TextTable {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header, boolean[] numeric) {
        this.header = header;
        this.numeric = numeric.clone();
    }

    public void add(List<String> row) {
        rows.add(row);
    }

    public String render() {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(header.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, w);
        int total = 0;
        for (int x : w) {
            total += x + 2;
        }
        b.append("-".repeat(Math.max(0, total - 2))).append('\n');
        for (List<String> r : rows) {
            line(b, r, w);
        }
        return b.toString();
    }

    private void line(StringBuilder b, List<String> cells, int[] w) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - width(c));
            b.append(numeric[i] ? pad + c : c + pad);
            if (i < cells.size() - 1) {
                b.append("  ");
            }
        }
        b.append('\n');
    }

    static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                    || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
        }
        return n;
    }
}
