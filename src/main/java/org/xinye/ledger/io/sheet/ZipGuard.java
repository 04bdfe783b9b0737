package org.xinye.ledger.io.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an .xlsx package only after checking it cannot hurt the machine: the number of
 * parts, each part's and the total uncompressed size, and the compression ratio, first as
 * the central directory declares them and then again while inflating (a hostile file may
 * declare small sizes and inflate to gigabytes). A 100,000-row sheet is about 50 MB of XML
 * at a ratio near 10; a zip bomb is hundreds of MB at a ratio near 1,000.
 */
final class ZipGuard implements AutoCloseable {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    static final long MAX_RATIO = 200;
    /** Below this many inflated bytes the ratio is not judged: tiny parts compress very well. */
    static final long RATIO_GRACE = 1L << 20;

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();

    private ZipGuard(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    static ZipGuard open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw refusedOpening(file, e);
        } catch (IOException e) {
            throw new FileRefusedException(FileRefusedException.Cause.UNREADABLE, "import.refused.unreadable", e,
                    file.getFileName(), e.getMessage());
        }
        ZipGuard g = new ZipGuard(file, zip);
        try {
            g.inspect();
        } catch (RuntimeException e) {
            g.close();
            throw e;
        }
        return g;
    }

    private static FileRefusedException refusedOpening(Path file, ZipException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("encrypt")) {
            return new FileRefusedException(FileRefusedException.Cause.ENCRYPTED, "import.refused.encrypted", e,
                    file.getFileName());
        }
        // "zip END header not found" and friends: the central directory at the end is missing.
        return new FileRefusedException(FileRefusedException.Cause.TRUNCATED, "import.refused.truncated", e,
                file.getFileName());
    }

    private void inspect() {
        long declaredTotal = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (++count > MAX_ENTRIES) {
                throw new FileRefusedException(FileRefusedException.Cause.ZIP_BOMB, "import.refused.entries", null,
                        file.getFileName(), MAX_ENTRIES);
            }
            long size = e.getSize();
            long packed = e.getCompressedSize();
            if (size > MAX_ENTRY_BYTES || (size > RATIO_GRACE && packed >= 0 && size > packed * MAX_RATIO)) {
                throw bomb(e.getName());
            }
            declaredTotal += Math.max(0, size);
            if (declaredTotal > MAX_TOTAL_BYTES) {
                throw bomb(e.getName());
            }
            entries.put(e.getName(), e);
        }
    }

    private FileRefusedException bomb(String part) {
        return new FileRefusedException(FileRefusedException.Cause.ZIP_BOMB, "import.refused.bomb", null,
                file.getFileName(), part);
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The part's bytes as they inflate, cut off with a refusal past any limit; null when there is no such part. */
    InputStream open(String name) throws IOException {
        ZipEntry e = entries.get(name);
        if (e == null) {
            return null;
        }
        InputStream raw;
        try {
            raw = zip.getInputStream(e);
        } catch (ZipException ex) {
            throw refusedOpening(file, ex);
        }
        long declared = e.getSize();
        long limit = Math.min(MAX_ENTRY_BYTES, declared >= 0 ? declared : MAX_ENTRY_BYTES);
        long packed = Math.max(1, e.getCompressedSize());
        return new FilterInputStream(raw) {
            private long count;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (java.io.EOFException ex) {
                    throw new FileRefusedException(FileRefusedException.Cause.TRUNCATED, "import.refused.truncated", ex,
                            file.getFileName());
                } catch (ZipException ex) {
                    throw new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", ex,
                            file.getFileName(), ex.getMessage());
                }
                if (n > 0) {
                    count += n;
                    // No part inflates past what the directory declared, so the declared total bounds the whole.
                    if (count > limit || (count > RATIO_GRACE && count > packed * MAX_RATIO)) {
                        throw bomb(name);
                    }
                }
                return n;
            }
        };
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Only a read handle: nothing is lost if closing it fails.
        }
    }
}
