package org.xinye.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The 100-byte SQLite header, read with plain file I/O so that a file can be judged
 * (not SQLite, not ours, truncated, too new) before SQLite touches it.
 */
record FileHeader(long fileSize, int pageSize, long pageCount, boolean pageCountValid, int userVersion,
                  int applicationId) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Null for a file shorter than a header. */
    static FileHeader read(Path file) throws IOException {
        long size = Files.size(file);
        byte[] b = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(b, 0, 100) < 100) {
                return null;
            }
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) {
                return new FileHeader(size, -1, 0, false, 0, 0);
            }
        }
        ByteBuffer buf = ByteBuffer.wrap(b);
        int pageSize = Short.toUnsignedInt(buf.getShort(16));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        int changeCounter = buf.getInt(24);
        long pageCount = Integer.toUnsignedLong(buf.getInt(28));
        int versionValidFor = buf.getInt(92);
        return new FileHeader(size, pageSize, pageCount, changeCounter == versionValidFor && pageCount > 0,
                buf.getInt(60), buf.getInt(68));
    }

    boolean isSqlite() {
        return pageSize > 0;
    }

    /**
     * Shorter than whole pages, or than the page count says. With a WAL pending the count is
     * no proof: a checkpoint writes page 1 (with the new count) before the pages after it, and
     * a process killed in between leaves a short file whose pages are all still in the WAL.
     */
    boolean isTruncated(boolean walPending) {
        return fileSize % pageSize != 0 || (!walPending && pageCountValid && fileSize < pageCount * pageSize);
    }
}
