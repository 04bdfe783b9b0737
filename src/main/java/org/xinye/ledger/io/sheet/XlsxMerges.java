package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The merged areas of an .xlsx sheet, and the cell references ({@code AB12}) they are given in. */
final class XlsxMerges {
    private static final int MAX_MERGES = 200_000;

    private XlsxMerges() {
    }

    /**
     * The merged areas of a sheet. They are listed after the cells, so they are found first
     * by a plain byte search over the inflated part, which costs a fraction of parsing it.
     */
    static List<int[]> scan(ZipGuard zip, String part) throws IOException {
        List<int[]> out = new ArrayList<>();
        byte[] pattern = "mergeCell ".getBytes(StandardCharsets.US_ASCII);
        int[] skip = skipTable(pattern);
        try (InputStream in = zip.open(part)) {
            byte[] buf = new byte[1 << 16];
            int len = 0;
            while (true) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                len += n;
                int keepFrom = Math.max(0, len - 256);
                int i = 0;
                while ((i = indexOf(buf, len, pattern, skip, i)) >= 0) {
                    int close = indexOf(buf, len, (byte) '>', i);
                    if (close < 0) {
                        keepFrom = Math.min(keepFrom, i);
                        break;
                    }
                    int[] range = ref(new String(buf, i, close - i, StandardCharsets.US_ASCII));
                    if (range != null && out.size() < MAX_MERGES) {
                        out.add(range);
                    }
                    i = close;
                    keepFrom = Math.max(keepFrom, close);
                }
                if (len - keepFrom > buf.length / 2) {
                    // A "mergeCell" with no end in sight is not a merge: move on rather than stall.
                    keepFrom = len - 256;
                }
                System.arraycopy(buf, keepFrom, buf, 0, len - keepFrom);
                len -= keepFrom;
            }
        }
        return out;
    }

    /**
     * Where {@code p} first occurs in {@code buf[from, len)}, by Boyer-Moore-Horspool with
     * {@code skip} from {@link #skipTable}: a sheet of 100,000 rows is some 30 MB of XML
     * searched before its first row is read, and most of its bytes let the search skip the
     * pattern's whole length.
     */
    private static int indexOf(byte[] buf, int len, byte[] p, int[] skip, int from) {
        int m = p.length;
        int i = from;
        while (i + m <= len) {
            int k = m - 1;
            while (buf[i + k] == p[k]) {
                if (k == 0) {
                    return i;
                }
                k--;
            }
            i += skip[buf[i + m - 1] & 0xff];
        }
        return -1;
    }

    private static int[] skipTable(byte[] p) {
        int[] skip = new int[256];
        Arrays.fill(skip, p.length);
        for (int k = 0; k < p.length - 1; k++) {
            skip[p[k] & 0xff] = p.length - 1 - k;
        }
        return skip;
    }

    private static int indexOf(byte[] buf, int len, byte b, int from) {
        for (int i = from; i < len; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** {r1, c1, r2, c2} (rows 1-based, columns 0-based) from a {@code mergeCell ref="A1:C2"} tag. */
    private static int[] ref(String tag) {
        int at = tag.indexOf("ref=");
        if (at < 0) {
            return null;
        }
        char q = tag.charAt(at + 4);
        int end = tag.indexOf(q, at + 5);
        if (end < 0) {
            return null;
        }
        String[] ends = tag.substring(at + 5, end).split(":");
        if (ends.length != 2) {
            return null;
        }
        int c1 = column(ends[0]);
        int r1 = rowOf(ends[0]);
        int c2 = column(ends[1]);
        int r2 = rowOf(ends[1]);
        return c1 < 0 || c2 < 0 || r1 <= 0 || r2 < r1 ? null : new int[] {r1, c1, r2, Math.min(c2, XlsxWorkbook.MAX_COLUMNS - 1)};
    }

    /** The 0-based column of a cell reference such as {@code AB12}; -1 when it has no letters. */
    static int column(String ref) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : c - 1;
    }

    private static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
