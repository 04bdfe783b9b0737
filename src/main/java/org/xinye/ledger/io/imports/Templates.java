package org.xinye.ledger.io.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.io.TableWriter;

/** The standard blank sheet for each import type: the canonical headers, ID and code columns typed as text. */
public final class Templates {
    private Templates() {
    }

    public static void write(ImportType type, Path file) throws IOException {
        List<TableWriter.Column> cols = new ArrayList<>();
        for (Field f : Field.of(type)) {
            String header = f.required() ? f.label() + "*" : f.label();
            cols.add(f.textColumn() ? TableWriter.Column.text(header, f == Field.ID_NUMBER ? 22 : 18)
                    : TableWriter.Column.value(header, Math.max(10, f.label().length() * 2 + 4)));
        }
        TableWriter.Format format = TableWriter.Format.of(file);
        TableWriter.write(file, format == null ? TableWriter.Format.XLSX : format,
                Messages.get("import.template.sheet." + type.key()), cols, List.of());
    }
}
