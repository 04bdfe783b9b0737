package org.xinye.ledger.store.rollup;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Private working folders for submissions on their way in or out (they hold personal data). */
public final class TempFiles {
    private static final System.Logger LOG = System.getLogger(TempFiles.class.getName());

    private TempFiles() {
    }

    /** A new folder only this user can read (the JDK creates temp folders owner-only on POSIX systems). */
    public static Path folder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new org.xinye.ledger.store.StoreException(org.xinye.ledger.store.StoreException.Kind.IO,
                    "store.cannotWrite", e, System.getProperty("java.io.tmpdir"), e.getMessage());
        }
    }

    /** Removes a folder and everything in it; what cannot be removed is logged, never thrown. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not remove {0}: {1}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove {0}: {1}", dir, e.getMessage());
        }
    }
}
