package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cell styles of an .xlsx, as far as reading needs them: which show a date. */
final class XlsxStyles {
    private XlsxStyles() {
    }

    /** Which cell style indexes show a date, from the number formats of {@code cellXfs}. */
    static boolean[] dateStyles(ZipGuard zip, String part) throws IOException {
        Map<Integer, String> custom = new HashMap<>();
        List<Boolean> xfs = new ArrayList<>();
        try (InputStream in = zip.open(part)) {
            XmlScanner x = new XmlScanner(in);
            boolean inCellXfs = false;
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START) {
                    if (x.is("numFmt")) {
                        Integer id = intOrNull(x.attr("numFmtId"));
                        if (id != null) {
                            custom.put(id, String.valueOf(x.attr("formatCode")));
                        }
                    } else if (x.is("cellXfs")) {
                        inCellXfs = true;
                    } else if (inCellXfs && x.is("xf")) {
                        Integer id = intOrNull(x.attr("numFmtId"));
                        xfs.add(id != null && DateFormats.isDate(id, custom.get(id)));
                    }
                } else if (t == XmlScanner.END && x.is("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        boolean[] out = new boolean[xfs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xfs.get(i);
        }
        return out;
    }

    private static Integer intOrNull(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
