package org.xinye.ledger.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/** Damages a ledger file the way a bad sector or a yanked stick does: garbage over one page. */
public final class Corruption {
    private Corruption() {
    }

    /** Overwrites the root page of {@code table} (after its first bytes) with a fixed garbage pattern. */
    public static void scribbleOverATablePage(Path file, String table) throws IOException {
        long root;
        long pageSize;
        try (Connection c = Connections.connect(file, true)) {
            root = Sql.count(c, "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", table);
            pageSize = Sql.count(c, "PRAGMA page_size");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        byte[] garbage = new byte[(int) pageSize - 16];
        Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((root - 1) * pageSize + 8);
            raf.write(garbage, 0, garbage.length - 8);
        }
    }
}
