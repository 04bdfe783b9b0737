package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parts of an Office Open XML package and how they refer to each other (relationships). */
final class XlsxPackage {
    private final ZipGuard zip;

    XlsxPackage(ZipGuard zip) {
        this.zip = zip;
    }

    /** The workbook part named by the package relationships, else the usual name. */
    String officeDocument() throws IOException {
        Map<String, String[]> rels = relationships("_rels/.rels", "");
        for (String[] r : rels.values()) {
            if (r[0].endsWith("/officeDocument")) {
                return r[1];
            }
        }
        return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
    }

    /** Relationship id → {type, resolved part name}. */
    Map<String, String[]> relationships(String part, String baseDir) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = zip.open(part)) {
            if (in == null) {
                return out;
            }
            XmlScanner x = new XmlScanner(in);
            for (int t = x.next(); t != XmlScanner.EOF; t = x.next()) {
                if (t == XmlScanner.START && x.is("Relationship")) {
                    String target = x.attr("Target");
                    if (target == null || "External".equals(x.attr("TargetMode"))) {
                        continue;
                    }
                    out.put(x.attr("Id"), new String[] {String.valueOf(x.attr("Type")), resolve(baseDir, target)});
                }
            }
        }
        return out;
    }

    private static String resolve(String baseDir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
